"""An assault by a person no actor stands for, on a thing no actor stands for ("a man set fire to a mosque", "a
lone attacker torched a shelter"): an incident whose doer the actor base does not know, kept as an event."""

from __future__ import annotations

from .config import CoderConfig
from .constants import NOUN_POS, Token
from .lexicon import person_nouns
from .roles import people_noun
from .triggers import Trigger

_ASSAULT_CODES = ("18", "19", "20", "1712")


def lone_doer(tok: Token, trig: Trigger, config: CoderConfig) -> bool:
    """An assault by a person no actor stands for, on a thing no actor stands for: "a man set fire to a
    mosque", "a lone attacker torched a shelter" is an incident with its doer unknown to the actor base."""
    if not trig.code.startswith(_ASSAULT_CODES):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]  # "A neo-Nazi sympathiser"
    return any(people_noun(s, config) or s.lemma_.lower() in person_nouns() for s in subjects)

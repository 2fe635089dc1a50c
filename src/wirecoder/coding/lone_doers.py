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
    return any(_individual(s, config) for s in subjects)


def _individual(tok: Token, config: CoderConfig) -> bool:
    """A noun for persons ("a man", "a neo-Nazi sympathiser", "two attackers"), not a body that acts as one ("the
    election commission targets turnout of 70 percent")."""
    lemma = tok.lemma_.lower()
    if lemma in person_nouns():
        return True
    endings = tuple(config.span_source_people.get("endings", ()))
    return people_noun(tok, config) and lemma.endswith(endings)

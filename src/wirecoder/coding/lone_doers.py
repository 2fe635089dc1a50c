"""An assault by a person no actor stands for, on a thing no actor stands for ("a man set fire to a mosque", "a
lone attacker torched a shelter"): an incident whose doer the actor base does not know, kept as an event."""

from __future__ import annotations

from .config import CoderConfig
from .constants import NOUN_POS, Token
from .lexicon import person_nouns
from .numbers import lexicon
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


#: Kinds of harm a "left X wounded" tells (``victim_words`` of ``data/lexicon/quantity_kinds.yaml``).
_HARM_KINDS = frozenset({"dead", "killed", "wounded", "injured"})


def left_harmed(tok: Token, config: CoderConfig) -> bool:
    """An attack noun that left one person, uncounted, dead or hurt: "a grenade attack on a bar left its owner
    wounded", "the ambush left a driver dead". The person is the toll (quantities count only numbers); a thing
    left damaged ("left the shop in ruins") or no state told is none."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in config.result_verbs:
        return False
    victims = lexicon().victim_words
    for obj in (c for c in head.children if c.dep_ in {"dobj", "obj"} and c.pos_ in NOUN_POS):
        if not (obj.lemma_.lower() in person_nouns() or people_noun(obj, config)):
            continue
        states = [c for c in head.children if c.i > obj.i and c.dep_ in {"oprd", "acomp", "advcl", "xcomp", "ccomp"}]
        states += [c for c in obj.children if c.i > obj.i and c.dep_ in {"amod", "acl"}]
        if any(victims.get(s.lower_) in _HARM_KINDS for s in states):
            return True
    return False

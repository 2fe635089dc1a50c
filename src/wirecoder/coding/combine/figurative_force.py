"""Verbs of force said of things and of games hurt no one: "the Senate killed the bill", "the dispute sank
the deal", "Liverpool stormed to a 4-0 victory", "she swept to the title". A violent trigger whose object is
a bill, a plan or a hope, or that runs "to" a victory or a title with no object, gives no event. Words in
``data/lexicon/figurative_force.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@dataclass(frozen=True)
class Words:
    undone_things: frozenset[str]
    undoing_verbs: frozenset[str]
    winning_words: frozenset[str]
    charging_verbs: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("figurative_force", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def undone_thing(verb: Token) -> bool:
    """ "killed the bill", "sank the deal": a verb of undoing whose object is a plan, a law or a hope."""
    w = words()
    if _lemma(verb) not in w.undoing_verbs:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    objs += [o for p in verb.children if p.lower_ == "off" for o in p.children if o.dep_ == "pobj"]  # "killed off X"
    return bool(objs) and all(o.ent_type_ not in {"PERSON", "NORP"} and _lemma(o) in w.undone_things for o in objs)


def charged_to_a_win(verb: Token) -> bool:
    """ "stormed to a 4-0 victory", "swept to the title": a verb of charging, no object, "to" a win."""
    w = words()
    if _lemma(verb) not in w.charging_verbs or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "into"}:
            if any(o.dep_ == "pobj" and _lemma(o) in w.winning_words for o in prep.children):
                return True
    return False


@combine_passes.register("combine.figurative_force.v1")
def figurative_force(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb of force that undoes a plan or charges to a win gives no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS or trig.means:
            continue
        if undone_thing(trig.token) or charged_to_a_win(trig.token):
            trig.suppressed = True
            trig.notes.append("figurative")

"""A verb of force done by a doer of the stage, the shop floor or the playing field is a figure: "the band stormed
the charts", "the comedian killed it at a packed show", "the runner destroyed the field", "tourists invaded the
beaches", "sales reps pounded the streets". No event, unless the verb hits a person ("the singer shot his manager"),
the doer is marked armed ("a militant star"), or the sentence tells a harm ("the rapper opened fire, wounding two").
Words in ``data/lexicon/stage_doers.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_OBJECTS = frozenset({"dobj", "obj", "pobj", "dative"})
_PEOPLE_ENTS = frozenset({"PERSON", "NORP"})


@dataclass(frozen=True)
class Words:
    stage_doers: frozenset[str]
    armed_marks: frozenset[str]
    people_objects: frozenset[str]
    harm_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("stage_doers", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _stage_doer(noun: Token) -> bool:
    """The subject is a performer, a work, a seller, a tourist or an athlete, with no armed mark on it."""
    w = words()
    if noun.ent_type_ in _PEOPLE_ENTS | {"ORG", "GPE"} and noun.pos_ == "PROPN":
        return False
    if _lemma(noun) not in w.stage_doers and noun.lower_ not in w.stage_doers:
        return False
    return not any(_lemma(t) in w.armed_marks for t in noun.subtree if t.i != noun.i)


def _hits_person(verb: Token) -> bool:
    """The verb, or a preposition or particle of it, holds a person ("shot his manager", "punched Smith")."""
    w = words()
    held = [c for c in verb.children if c.dep_ in _OBJECTS]
    held += [o for p in verb.children if p.dep_ in {"prep", "prt"} for o in p.children if o.dep_ in _OBJECTS]
    return any(
        o.ent_type_ in _PEOPLE_ENTS or _lemma(o) in w.people_objects or o.lower_ in w.people_objects for o in held
    )


def stage_figure(verb: Token) -> bool:
    """``verb`` is a verb of force whose every subject is a doer of the stage, with no person hit and no harm
    told in its sentence."""
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_stage_doer(s) for s in subjects) or _hits_person(verb):
        return False
    harm = words().harm_words
    return not any(_lemma(t) in harm or t.lower_ in harm for t in verb.sent if t.i != verb.i)


@combine_passes.register("combine.stage_doer.v1")
def stage_doer(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb of force by a band, a comedian, a seller, a tourist or an athlete, hitting no one: no event."""
    for trig in triggers:
        if trig.suppressed or trig.means or trig.code[:2] not in FORCE_ROOTS:
            continue
        if stage_figure(trig.token):
            trig.suppressed = True
            trig.notes.append("figurative")

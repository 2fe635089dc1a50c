"""Violence told as said at an earlier time, or as part of an act pointed back to, is retold history: "dozens of
insurgents were killed in that offensive, the army said at the time" (a past report of a past offensive), "three
soldiers died in that ambush" (the ambush a profile or an explainer named before, with its year). Such a violent
trigger gives no event: its toll belongs to the earlier act. "Said on Monday", "killed in the offensive" and
"killed in an offensive on Monday" stay. Words in ``data/lexicon/told_then.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .war_tolls import dated_to_a_day


@dataclass(frozen=True)
class Words:
    then_preps: frozenset[str]
    then_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    pointing_dets: frozenset[str]
    act_nouns: frozenset[str]
    act_preps: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("told_then", Words)


def _said_then(verb: Token) -> bool:
    """``verb`` reports "at the time": "the army said at the time"."""
    w = words()
    if verb.lemma_.lower() not in w.reporting_verbs:
        return False
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in w.then_preps:
            for o in p.children:
                if o.lower_ in w.then_nouns and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children):
                    return True
    return False


def _in_that_act(verb: Token) -> bool:
    """``verb`` happened "in that offensive", "during those raids": an act pointed back to."""
    w = words()
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in w.act_preps:
            for o in p.children:
                if o.dep_ == "pobj" and o.lower_ in w.act_nouns:
                    if any(d.dep_ == "det" and d.lower_ in w.pointing_dets for d in o.children):
                        return True
    return False


def told_then(verb: Token) -> bool:
    """``verb`` is violence reported at an earlier time or told as part of an act pointed back to, with no
    day of its own."""
    if dated_to_a_day(verb):
        return False
    return _in_that_act(verb) or any(_said_then(a) for a in verb.ancestors)


@combine_passes.register("combine.told_then.v1")
def told_then_acts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence "the army said at the time", or killed "in that offensive": history, no event."""
    suppress_force(triggers, told_then)

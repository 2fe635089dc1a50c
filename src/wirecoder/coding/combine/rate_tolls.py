"""Deaths told as a rate or as a vague running total are statistics, not an incident's toll.

"The city averages 10 killings a week", "an average of 75 murders a day", "gangs kill 30 people a month": a rate
of many acts, no event (summed by country and year it would add a week's or a day's average as one incident). In
the present perfect a vague magnitude counts a running total: "violence between herders and farmers has killed
thousands", "thousands have been killed in the fighting" (the day's incident is told in its own clause); a
definite single act keeps its toll ("the blast has killed hundreds"). Words: ``data/lexicon/rate_tolls.yaml``.
"""

from __future__ import annotations

from functools import cache

from ..constants import FORCE_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .war_tolls import words

_PRESENT_HAVE = frozenset({"have", "has", "'ve", "'s"})
_ONE_ACT_DETS = frozenset({"the", "this", "that"})
_NOT_RATE = frozenset({"after", "before", "later", "earlier", "ago", "into", "of"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("rate_tolls")[key])


def _per_unit(tok: Token) -> bool:
    """``tok`` is a unit of time told as a rate: "a week", "each day", "per month"."""
    if tok.lemma_.lower() not in _words("time_units"):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if any(c.lower_ in _NOT_RATE for c in tok.children) or (after is not None and after.lower_ in _NOT_RATE):
        return False  # "a day after the raid", "a week later": a time, no rate
    if tok.dep_ == "pobj" and tok.head.lower_ == "per":
        return True
    return tok.dep_ in {"npadvmod", "nmod", "dobj"} and any(
        c.dep_ == "det" and c.lower_ in _words("rate_words") for c in tok.children
    )


def rate_told(tok: Token) -> bool:
    """``tok`` (a toll verb or an event noun) is told as a rate: its clause or its count has a unit of time per
    which it is counted ("10 killings a week", "kills 30 a month", "died at a rate of 12 per day"), or it is the
    count of an average ("averages 10 killings", "an average of 75 murders")."""
    near = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "prep"})]
    for word in near:
        for c in word.children:
            if _per_unit(c) or any(_per_unit(g) for g in c.children if c.lower_ == "per"):
                return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "an average of 75 killings"
    return head.i != tok.i and head.lower_ in _words("average_words")


def vague_running_total(verb: Token) -> bool:
    """``verb`` is a present perfect toll of a vague magnitude ("has killed thousands", "hundreds have been
    killed"), not told of one definite act ("the blast has killed hundreds")."""
    if verb.lemma_.lower() not in words().toll_lemmas:
        return False  # "have tortured scores of refugees": an act, told of a toll verb only
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.children):
        return False
    counts = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _words("magnitudes")]
    if not counts:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(
        s.tag_ in {"NN", "NNP"} and any(d.dep_ in {"det", "poss"} and d.lower_ in _ONE_ACT_DETS for d in s.children)
        for s in subjects
    )


@combine_passes.register("combine.rate_toll.v1")
def rate_tolls(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act counted as a rate ("averages 10 killings a week") or as a vague running total ("has killed
    thousands"): no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if rate_told(trig.token) or vague_running_total(trig.token):
            trig.suppressed = True
            trig.notes.append("background")

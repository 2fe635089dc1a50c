"""The dead counted in a tally are no act: in "the number of journalists killed in Mexico this year rose to
12" or "the attack brings to 45 the number of soldiers killed this month", "killed" describes whom the tally
counts, over a stretch of many acts. The casualty verb, a reduced relative on the noun a tally word ("number",
"toll", "tally", "total", "count") is "of", over a stretch of time ("this year", "since January"), gives no
event; one attack's toll ("the toll of soldiers killed in X reached 11") and the day's own attack stay."""

from __future__ import annotations

from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force

_TALLY_WORDS = frozenset({"number", "toll", "tally", "total", "count", "figure", "list"})
_STRETCHES = frozenset({"year", "month", "week", "decade", "season"})
_STRETCH_DETS = frozenset({"this", "last", "past"})


def counted_in_a_tally(verb: Token) -> bool:
    """``verb`` ("killed") hangs on the noun a tally word counts: "the number of journalists killed"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    counted = verb.head
    tallied = counted.lemma_.lower() in _TALLY_WORDS or (  # the parser may hang it on "number" itself
        counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lemma_.lower() in _TALLY_WORDS
    )
    return tallied and (_over_a_stretch(verb) or _tally_over_a_stretch(counted))


def _tally_over_a_stretch(counted: Token) -> bool:
    """The verb the tally is the subject of runs over a stretch: "the number of journalists killed worldwide
    fell to 45 last year"."""
    holder = next((a for a in counted.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if holder is None:
        return False
    return any(
        c.lemma_.lower() in _STRETCHES and any(d.lower_ in _STRETCH_DETS for d in c.children) for c in holder.children
    )


def _over_a_stretch(verb: Token) -> bool:
    """The dead are counted over a stretch of time: "killed this year", "killed since January", "so far".
    ("The death toll of soldiers killed in Bolan reached 11" is one attack's toll, and stays.)"""
    for tok in verb.subtree:
        if tok.lemma_.lower() in _STRETCHES and any(d.lower_ in _STRETCH_DETS for d in tok.children):
            return True
        if tok.dep_ == "prep" and tok.lower_ == "since":
            return True
        if tok.lower_ in {"far", "date"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"so", "to"}:
            return True
    return False


@combine_passes.register("combine.counted_dead.v1")
def counted_dead(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A casualty verb describing whom a tally counts: no event."""
    suppress_force(triggers, counted_in_a_tally)

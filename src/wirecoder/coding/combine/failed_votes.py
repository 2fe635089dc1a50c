"""A lost vote is an event when the sentence names no voter: "the motion failed", "the censure motion failed to
pass", "the amendment failed to win enough votes" (CAMEO 120, the body that
voted rejects it; PLOVER REJECT with no actor, as the news coders record it).

The trigger is the ``motion-fails`` frame on the subject (verbs.yaml: a motion, bill or bid that fails); without a
"by" agent or a target no event was emitted. Kept only when nothing follows "failed to" or what follows says the
vote was lost (``passing_verbs`` of ``data/lexicon/failed_votes.yaml``): "the bill failed to address poverty" is a
judgement, no vote. Negated, future and hypothetical failures stay as they were.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: The note that lets a trigger make an event with no actor (coding/events.py reads the prefix).
ACTORLESS_NOTE = "actorless:failed vote"
_REJECT_ROOT = "12"


@cache
def passing_verbs() -> frozenset[str]:
    return word_set(load("failed_votes")["passing_verbs"])


@combine_passes.register("combine.failed_vote.v1")
def failed_vote(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Note a standing "X failed (to pass)" rejection whose frame checked the subject (a motion, bill, bid)."""
    for trig in triggers:
        frame, tok = trig.frame, trig.token
        if trig.suppressed or frame is None or not frame.subj or not (trig.code or "").startswith(_REJECT_ROOT):
            continue
        flags = ctx.flags_of(tok)
        if flags.get("future") or flags.get("hypothetical"):
            continue
        then = fr.children(tok, {"xcomp"})
        if then and not any(v.lemma_.lower() in passing_verbs() for v in then):
            continue
        trig.notes.append(ACTORLESS_NOTE)

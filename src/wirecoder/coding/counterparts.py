"""Counterparts of a meeting told together: "A and her counterparts B and C met / gathered to discuss X".

A meeting (CAMEO 04) whose conjoined sources are its only participants is coded as news coders code it: the
first named is the source, each other one a target (A->B, A->C), not each of them meeting no one. A target
the pattern found among the objects of a word of talk ("discussed Libya") is the topic, not a counterpart.
"""

from __future__ import annotations

from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext

_MEETING_ROOT = "04"


@target_fallbacks.register("targets.meeting_counterparts.v1")
def meeting_counterparts(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The conjoined sources after the first as the meeting's targets; the first stays the only source
    (``ctx.sources`` is shortened in place: it is the event's list of sources)."""
    trig, sources = ctx.trig, ctx.sources
    if trig.code[:2] != _MEETING_ROOT or len(sources) < 2 or ctx.nominal:
        return targets
    if targets and ctx.token.lemma_.lower() not in ctx.config.solitary_consult_verbs:
        return targets  # "A and B met C": C is whom they met
    counterparts = sources[1:]
    del sources[1:]
    return counterparts

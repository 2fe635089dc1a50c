"""Counterparts of a talk told together: "A and her counterparts B and C gathered to discuss X".

The object of a word of talk (``solitary_consult_verbs``: "discussed the crisis in X") is the topic, not a
counterpart: with conjoined sources, the first named is the source and each other one a target (A->B, A->C),
as news coders code it, not each of them discussing X. "A and B met" (no target) stays each meeting, PLOVER's
reading of a mutual act.
"""

from __future__ import annotations

from typing import Any

from .registry import target_fallbacks
from .roles import Slot

_MEETING_ROOT = "04"


@target_fallbacks.register("targets.meeting_counterparts.v1")
def meeting_counterparts(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The conjoined sources after the first as the talk's targets; the first stays the only source (``ctx``,
    a ``targets.TargetContext``, which imports this module; ``ctx.sources`` is shortened in place: it is the
    event's list of sources)."""
    trig, sources = ctx.trig, ctx.sources
    if trig.code[:2] != _MEETING_ROOT or len(sources) < 2 or ctx.nominal:
        return targets
    if not targets or ctx.token.lemma_.lower() not in ctx.config.solitary_consult_verbs:
        return targets  # "A and B met C": C is whom they met; "A and B met": each met (PLOVER's mutual act)
    counterparts = sources[1:]
    del sources[1:]
    return counterparts

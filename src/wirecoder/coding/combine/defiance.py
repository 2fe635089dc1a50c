"""Pressure refused in the passive is a rejection by the one pressed, spoken by its speaker: "the minister said
Europe would not be intimidated by Moscow" (120, the minister -> Russia), "Taiwan will not be bullied by Beijing"
(120, Taiwan -> China), not an intimidation by the agent.

The patterns say which verbs of pressure read so: a ``negated`` frame whose target is the ``agent`` (verbs.yaml,
``harass``, ``pressure-to``, ``defy-pressure``). This pass gives such a trigger, told in a clause a speech verb
governs, the speaker as source ("said Europe would not be ..."); with no speaker the passive subject stays the
source ("Taiwan will not be bullied").
"""

from __future__ import annotations

from .. import frames as fr
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .judgements import judge


def _refused(trig: Trigger) -> bool:
    """A passive trigger matched by a negated frame aimed at its agent ("would not be intimidated by X")."""
    frame = trig.frame
    if frame is None or not frame.negated or frame.target != ("agent",):
        return False
    return bool(fr.children(trig.token, {"auxpass"})) and bool(fr.role_tokens(trig.token, "agent"))


@combine_passes.register("combine.refused_pressure.v1")
def refused_pressure(triggers: list[Trigger], ctx: CombineContext) -> None:
    """The speaker of a clause that refuses pressure is the refusal's source."""
    for trig in triggers:
        if trig.suppressed or not _refused(trig):
            continue
        speaker = judge(trig.token, frozenset())
        if speaker is not None:
            trig.source_from = speaker

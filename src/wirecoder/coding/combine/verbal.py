"""Passes over verbal acts (appeals, demands) and the event nouns they name."""

from __future__ import annotations

from ..clauses import speech_act_over
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.requested_act.v1")
def requested_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun in the object of an appeal or demand is what is asked for, not an act done, even when it
    names its actor: "called for the minister's resignation" (no resignation; the minister is the target),
    "demanded Russia's withdrawal" (a demand on Russia)."""
    roots = ctx.config.requested_act_roots
    for trig in triggers:
        if trig.pattern.kind != "noun":
            continue
        gov = speech_act_over(trig.token, ctx.by_token, ctx.config, True)
        if gov is not None and gov.code[:2] in roots and trig not in gov.topics:
            trig.suppressed = True  # (spoken_topic may have suppressed it already, without the topic)
            gov.topics.append(trig)

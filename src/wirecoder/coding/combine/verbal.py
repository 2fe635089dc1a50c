"""Passes over verbal acts (appeals, demands) and the event nouns they name."""

from __future__ import annotations

from .. import frames as fr
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


@combine_passes.register("combine.same_act_purpose.v1")
def same_act_purpose(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A purpose clause that names the same kind of act as its governor is that act, told twice: "the
    ministers met in X to discuss the crisis" is one consultation (its target may come from the purpose)."""
    roots, by_token = ctx.config.same_purpose_roots, ctx.by_token
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in roots or tok.dep_ != "advcl":
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in fr.children(tok, {"aux"})):
            continue
        owner = by_token.get(tok.head.i)
        if owner is not None and not owner.suppressed and owner.code[:2] == trig.code[:2]:
            trig.suppressed = True
            owner.absorbed.append(trig)

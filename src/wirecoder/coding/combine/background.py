"""Passes that leave background uncoded: topics inside another event's phrase, background clauses."""

from __future__ import annotations

from ..clauses import background_boundary, foreground_trigger, participle_on_verbal_act
from ..occurrence import told_as_cause
from ..registry import combine_passes
from ..roles import nominal_source_tokens
from ..told_after import told_after
from ..triggers import Trigger
from .alleged import conditional_participle, told_refusal
from .context import CombineContext


@combine_passes.register("combine.topic_in_phrase.v1")
def topic_in_phrase(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun with no agent of its own inside another coded event's phrase is what that event is
    about: "the parties agreed to mediation in the talks with X" (one agreement)."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "noun" or trig.token.dep_ not in {"pobj", "dobj", "obj", "conj"}:
            continue
        if _other_kind_conjunct(trig, ctx) or told_as_cause(trig.token, ctx.config, trig.code):
            continue  # "a curfew was imposed after rioting": the rioting took place, no topic of the curfew
        src, _ = nominal_source_tokens(trig.token, trig.pattern, ctx.config)
        if not src and foreground_trigger(trig.token, ctx.by_token) is not None:
            trig.suppressed = True
            trig.notes.append("topic")


def _other_kind_conjunct(trig: Trigger, ctx: CombineContext) -> bool:
    """An event noun conjoined to another of another kind is an event of its own, no topic of it: "protests and
    riots continued" (a protest and a riot), "clashes and protests erupted" (a clash and a protest)."""
    head = ctx.by_token.get(trig.token.head.i) if trig.token.dep_ == "conj" else None
    if head is None or head.pattern.kind != "noun" or head.suppressed:
        return False
    return head.code[:2] != trig.code[:2] or (head.code[:2] == "14" and head.code != trig.code)


@combine_passes.register("combine.background.v1")
def background(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A relative, conditional, temporal or reason clause, or a bare participle on a verbal act, is
    background to the main clause's event: "nurses marched in the town, where two were shot last year"."""
    for trig in triggers:
        if trig.suppressed or "incident" in trig.notes:
            continue  # "killed when a bomb exploded": the clause is the incident (combine.violent_clause.v1)
        if told_as_cause(trig.token, ctx.config, trig.code):
            continue  # "a curfew was imposed after rioting": the rioting is what the story tells
        if conditional_participle(trig.token):  # "if convicted, X could face ...": nothing happened
            trig.suppressed = True
            trig.notes.append("background")
            continue
        boundary = background_boundary(trig.token, ctx.config)
        if boundary is not None and told_refusal(trig, boundary):
            continue  # "the court, which rejected X's appeal": a refusal reported, not a description
        if boundary is not None and told_after(trig.token, boundary, trig.code):
            continue  # "struck Lebanon after Hezbollah fired rockets": the firing is an act of its own
        if boundary is not None and foreground_trigger(boundary, ctx.by_token, absorbed=True) is not None:
            trig.suppressed = True
            trig.notes.append("background")
            continue
        if participle_on_verbal_act(trig, ctx.by_token, ctx.config):
            trig.suppressed = True
            trig.notes.append("background")

"""A source cited for a fact is no act of its own: "180 people were killed, according to a UN investigation",
"according to a police inquiry". The noun after "according to" names where the fact comes from; the inquiry
itself is not told as happening (a sentence that tells it, "the UN opened an investigation", keeps it)."""

from __future__ import annotations

from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.cited_source.v1")
def cited_source(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun that is the object of "according to" is a source cited, no event."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "to" and prep.head.lower_ == "according" and prep.head.i == prep.i - 1:
            trig.suppressed = True
            trig.notes.append("cited source")

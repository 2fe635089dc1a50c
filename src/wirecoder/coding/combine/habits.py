"""Acts told as what is usual or as a habit are no events: "it is commonplace for new juntas to suspend
parliament", "governments in the region often impose curfews during unrest"; so is a request told only by its
possessor outside a reason phrase ("regarding Iran's request"; coding/generic_acts.py)."""

from __future__ import annotations

from ..generic_acts import generic_act, passing_request
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.generic_act.v1")
def generic_acts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act told as a rule ("it is usual for X to V", "X often V") tells no event."""
    for trig in triggers:
        if not trig.suppressed and generic_act(trig.token):
            trig.suppressed = True
            trig.notes.append("generic")


@combine_passes.register("combine.passing_request.v1")
def passing_requests(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A request named only by its possessor ("regarding Iran's request") is mentioned in passing; "at X's
    request, Y did Z" and "the request of X" stay."""
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "noun" and passing_request(trig.token):
            trig.suppressed = True
            trig.notes.append("passing")

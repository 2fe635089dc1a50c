"""What people are suspected of is no new event: "a court sought three traders thought to have taken part in
the lynching", "arrested five men suspected of the bombing". The act named inside a participle of suspicion on
a noun says who the people are; the coded act of the sentence (the warrants, the arrest) is the event."""

from __future__ import annotations

from ..clauses import background_boundary
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_SUSPICION = frozenset({"believe", "suspect", "accuse", "allege", "think", "say", "charge", "wanted", "want"})


@combine_passes.register("combine.suspected_of.v1")
def suspected_of(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act inside a participle of suspicion on a noun ("traders thought to have taken part in X") is no
    event of its own when another act of the sentence stands."""
    standing = [t for t in triggers if not t.suppressed]
    for trig in standing:
        boundary = background_boundary(trig.token, ctx.config)
        if boundary is None or boundary.dep_ != "acl" or boundary.lemma_.lower() not in _SUSPICION:
            continue
        if any(other is not trig and not other.suppressed for other in standing):
            trig.suppressed = True
            trig.notes.append("suspected of")

"""Parties named together after "from" meet each other: "Delegations from Ethiopia and Somalia met in Ankara",
"officials from Serbia and Kosovo held talks" (ETH->SOM; SRB->XKX).

The subject of a meeting or talk is one noun whose "from" phrase joins two or more states; the actor base takes the
first for the noun's country, and the others are its counterparts: the targets, as with "talks between A and B".
Only for a meeting or a consultation (CAMEO root 04) that found no target, and only counterparts of a country other
than the source's. Registered in :data:`wirecoder.coding.registry.target_fallbacks` (targets.from_counterparts.v1),
before targets.mutual_subjects.v1.
"""

from __future__ import annotations

from typing import Any

from .registry import target_fallbacks
from .roles import Slot

_MEETING_ROOT = "04"


def _from_conjuncts(head: Any) -> list[Any]:
    """The states joined after the first in the noun's "from" phrase ("from Sudan and South Sudan": South Sudan)."""
    out: list[Any] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        for first in (o for o in prep.children if o.dep_ == "pobj"):
            out.extend(first.conjuncts)
    return [t for t in out if t.i > head.i]


@target_fallbacks.register("targets.from_counterparts.v1")
def from_counterparts(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The other states of the source noun's "from" phrase as the meeting's targets (``ctx``: a
    ``targets.TargetContext``)."""
    if targets or ctx.trig.code[:2] != _MEETING_ROOT or len(ctx.sources) != 1:
        return targets
    source = ctx.sources[0]
    index = source.mention.head if source.mention is not None else source.head
    if index is None:
        return targets
    found = ctx.slots(_from_conjuncts(ctx.token.doc[index]))
    country = source.participant.country
    found = [s for s in found if s.participant.country is not None and s.participant.country != country]
    return found or targets

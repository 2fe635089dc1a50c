"""A measure the source calls its own is aimed further in: "The EU extended its sanctions against Belarus" is
aimed at Belarus, not at "its" (the EU). When the only target found is a possessive pronoun on the verb's
object that stands for the source, the object's own "against" / "on" / "upon" phrase names the target; with
none ("announced his plan to run"), the self-target stays for ``targets.not_self.v1`` to drop.
"""

from __future__ import annotations

from typing import Any

from . import frames as fr
from .registry import target_fallbacks
from .roles import Slot

_AIMED = ("against", "on", "upon")


@target_fallbacks.register("targets.own_measure.v1")
def own_measure(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named object of the measure's "against"/"on" phrase, in place of a pronoun owner that is the source
    (``ctx``, a ``targets.TargetContext``)."""
    if len(targets) != 1 or not targets[0].pronoun or ctx.nominal:
        return targets
    own = {x.participant.actor_id or x.participant.name for x in ctx.sources} - {None}
    if (targets[0].participant.actor_id or targets[0].participant.name) not in own:
        return targets
    objs = [o for o in fr.children(ctx.token, {"dobj", "obj"}) if fr.children(o, {"poss"})]
    found = [
        t
        for t in ctx.slots([p for o in objs for prep in _AIMED for p in fr.prep_objects(o, prep)])
        if (t.participant.country or t.participant.actor_id) and not t.pronoun
    ]
    return found[:1] or targets

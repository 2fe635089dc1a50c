"""Who a said thing came from, when an act takes it as its object: "Argentina rejected criticism from the IMF"
is aimed at the IMF, "Seoul welcomed an offer from Tokyo" at Tokyo (``made_from_objects`` in the pattern
config: criticism, demands, offers, accusations...); "Kenya received aid from Japan" names no said thing.
"""

from __future__ import annotations

from typing import Any

from . import frames as fr
from .registry import target_fallbacks
from .roles import Slot


@target_fallbacks.register("targets.object_maker.v1")
def object_maker(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named "from" object of a said-thing object of the trigger, when no target is found yet (``ctx``, a
    ``targets.TargetContext``)."""
    if targets or ctx.nominal:
        return targets
    objs = [o for o in fr.children(ctx.token, {"dobj", "obj"}) if o.lemma_.lower() in ctx.config.made_from_objects]
    found = ctx.slots([f for o in objs for f in fr.prep_objects(o, "from")])
    return [t for t in found if t.participant.name]

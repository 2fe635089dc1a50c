"""Who a said thing came from, when an act takes it as its object: "Argentina rejected criticism from the IMF"
is aimed at the IMF, "Seoul welcomed an offer from Tokyo" at Tokyo (``made_from_objects`` in the pattern
config: criticism, demands, offers, accusations...); "Kenya received aid from Japan" names no said thing. The
said thing may also be the object of the act's preposition: "warned of threats from Moscow", "complained about
pressure from X" (``made_from_preps``), where the parser may hang the "from" phrase on the verb itself.
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
    held = fr.children(ctx.token, {"dobj", "obj"}) + [
        o for p in fr.children(ctx.token, {"prep"}) if p.lower_ in ctx.config.made_from_preps for o in p.children
    ]
    objs = [o for o in held if o.dep_ != "prep" and o.lemma_.lower() in ctx.config.made_from_objects]
    makers = [f for o in objs for f in fr.prep_objects(o, "from")]
    if objs and not makers:  # "complained of provocations from X": the parser hangs "from" on the verb
        makers = [o for p in fr.children(ctx.token, {"prep"}) if p.lower_ == "from" for o in fr.children(p, {"pobj"})]
    found = ctx.slots(makers)
    return [t for t in found if t.participant.name]

"""A foiled attack fought off: "soldiers foiled an attack on their base, killing four attackers". When the
foiling comes with violence told in a participle, the attack was met with force and a fight took place (ACLED's
Armed clash, the participle's event), not a disrupted weapons use; "police foiled a bomb plot, arresting three"
and a bare "foiled an attack" stay the foiling."""

from __future__ import annotations

from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_FOIL_PATTERNS = frozenset({"foil-attack"})
#: Roots of force against people (assault, fight, mass violence); an arrest (17) is no fight.
_FORCE_ROOTS = frozenset({"18", "19", "20"})


@combine_passes.register("combine.foiled_fight.v1")
def foiled_fight(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a foiling whose clause goes on with a violent participle; the participle is the event."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.id.split("#")[0] not in _FOIL_PATTERNS:
            continue
        for child in trig.token.children:
            other = ctx.by_token.get(child.i)
            if (
                other is not None
                and not other.suppressed
                and child.dep_ in {"advcl", "conj"}
                and child.tag_ == "VBG"
                and other.code[:2] in _FORCE_ROOTS
            ):
                trig.suppressed = True  # "foiled an attack, killing four attackers": the fight is the event
                break

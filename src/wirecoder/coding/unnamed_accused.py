"""An accusation whose accused the sentence does not name has no target.

'"They rigged the count," the opposition leader told reporters', '"Critics are being silenced," X said': the
speaker accuses, but the sentence names no one accused (a pronoun, a passive without its agent; coding/alleged.py),
so the event has no target, as the GUIDE codes it: not the audience told ("reporters", "the crowd"), nor anyone
another fallback would find. Registered last in ``target_fallbacks`` (``targets.unnamed_accused.v1``).
"""

from __future__ import annotations

from .registry import target_fallbacks
from .roles import Slot
from .statements import unnamed_accused
from .targets import TargetContext


@target_fallbacks.register("targets.unnamed_accused.v1")
def no_unnamed_target(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """No target for an accusation of no one the sentence names; the targets found otherwise."""
    return [] if unnamed_accused(ctx.trig) else targets

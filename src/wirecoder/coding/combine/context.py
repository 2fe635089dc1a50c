"""What every combination pass sees: the pattern set's config, triggers by token, and clause modality."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..config import CoderConfig
from ..constants import FORCE_ROOTS, Token
from ..triggers import Trigger


@dataclass
class CombineContext:
    """The state the passes share for one sentence (the triggers themselves carry what a pass decides)."""

    config: CoderConfig
    by_token: dict[int, Trigger]
    flags_of: Callable[[Token], Mapping[str, Any]]  # negated / future / hypothetical of a clause

    @classmethod
    def of(
        cls, triggers: list[Trigger], config: CoderConfig, flags_of: Callable[[Token], Mapping[str, Any]]
    ) -> CombineContext:
        return cls(config, {t.token.i: t for t in triggers}, flags_of)


def suppress_force(triggers: list[Trigger], test: Callable[[Token], bool], note: str = "background") -> None:
    """Suppress every violent trigger (``FORCE_ROOTS``) whose token passes ``test``, with ``note``: the shape of
    the passes that find violence told of something other than an act of today (a tally, a memory)."""
    for trig in triggers:
        if not trig.suppressed and trig.code[:2] in FORCE_ROOTS and test(trig.token):
            trig.suppressed = True
            trig.notes.append(note)


def suppress_governed(triggers: list[Trigger], governor: Callable[[Token], Token | None], note: str) -> None:
    """Suppress every standing trigger whose clause a word other than its own token governs (``governor`` finds
    it: a verb of denying, of keeping from), with ``note``: the shape of the passes that find acts told as not done."""
    for trig in triggers:
        if trig.suppressed:
            continue
        gov = governor(trig.token)
        if gov is not None and gov.i != trig.token.i:
            trig.suppressed = True
            trig.notes.append(note)

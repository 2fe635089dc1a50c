"""Tolls told twice in one sentence: an event with no actor whose casualty figures another violent event of the
sentence reports too is that event told again ("al-Shabaab stormed a hotel; the siege left 9 dead")."""

from __future__ import annotations

from typing import Any

from ..article import Event
from .combine.told import TOLD
from .constants import CASUALTY_KINDS, VIOLENT_ROOTS


def without_repeated_tolls(events: list[Event]) -> list[Event]:
    """Without the events that have no actor and whose casualty figures another violent event of the sentence
    reports too ("al-Shabaab stormed a hotel; the siege left 9 dead": one incident, not two). An act that
    kills no one by itself holds no one's dead: in "police arrested 12 people after clashes left three dead" the
    clashes, told as an incident of their own (combine.told_violence.v1), keep their toll."""

    def figures(e: Event) -> set[tuple[Any, ...]]:
        return {(q.start, q.end, q.kind) for q in e.quantities if q.kind in CASUALTY_KINDS and q.value}

    def holds(o: Event, e: Event) -> bool:
        return _may_kill(o) or TOLD not in str(e.pattern or "").split("+")

    kept = []
    for e in events:
        own = figures(e)
        if (
            e.source is None
            and e.target is None
            and own
            and any(
                o is not e and (o.source is not None or o.target is not None) and own <= figures(o) and holds(o, e)
                for o in events
            )
        ):
            continue
        kept.append(e)
    return kept


def _may_kill(e: Event) -> bool:
    """Can the event's own act have dead: violence, or coercion that harms (CAMEO 175, 1712); not a verbal act,
    an arrest or a curfew."""
    code = str((e.cameo or {}).get("code") or "")
    if code[:2] not in VIOLENT_ROOTS:
        return False
    return not code.startswith("17") or code.startswith(("175", "1712"))

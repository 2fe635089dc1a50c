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

    # "... hurled rocks at one another; several people were injured": the harm verb's event, whose only side is its
    # own victims, is the toll of the act before it, not an act that holds that act's toll
    tolls_only = {id(o) for o in events if _bare_toll(o)}
    replaced = {
        id(o)
        for e in events
        if e.source is None and e.target is None and figures(e) and _may_kill(e) and id(e) not in tolls_only
        for o in events
        if id(o) in tolls_only and figures(e) == figures(o) and _semicolon_between(e, o)
    }
    kept = []
    for e in events:
        own = figures(e)
        if id(e) in replaced:
            continue
        if (
            e.source is None
            and e.target is None
            and own
            and any(
                o is not e
                and id(o) not in replaced
                and (o.source is not None or o.target is not None)
                and own <= figures(o)
                and holds(o, e)
                for o in events
            )
        ):
            continue
        kept.append(e)
    return kept


def _semicolon_between(first: Event, then: Event) -> bool:
    """Whether ``then``'s trigger follows ``first``'s across a semicolon of their sentence (the parser may read the
    clause before it as a complement of the harm verb after it)."""
    a, b, ev = first.trigger or {}, then.trigger or {}, first.evidence or {}
    if a.get("end") is None or b.get("start") is None or ev.get("start") is None:
        return False
    sentence = str(ev.get("sentence") or "")
    return a["end"] <= b["start"] and ";" in sentence[a["end"] - ev["start"] : b["start"] - ev["start"]]


def _bare_toll(e: Event) -> bool:
    """An event with no source whose target is one of its own casualty figures ("six people were injured")."""
    t = e.target
    if e.source is not None or t is None or t.start is None or t.end is None:
        return False
    return any(
        q.kind in CASUALTY_KINDS and q.start is not None and q.end is not None and q.start <= t.end and t.start <= q.end
        for q in e.quantities
    )


def _may_kill(e: Event) -> bool:
    """Can the event's own act have dead: violence, or coercion that harms (CAMEO 175, 1712); not a verbal act,
    an arrest or a curfew."""
    code = str((e.cameo or {}).get("code") or "")
    if code[:2] not in VIOLENT_ROOTS:
        return False
    return not code.startswith("17") or code.startswith(("175", "1712"))

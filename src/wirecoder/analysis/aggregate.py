"""Aggregates for analysis tables: events and summed fatalities grouped by any of country, year, month,
event type, admin1, actor, dyad … (``wirecoder stats --by country,year,event_type --sum fatalities``).

Rows are read with the ``EventQuery`` filters (by default factual, current events only: negated,
hypothetical, future and background events are left out) and grouped in one streaming pass, so a
dimension can be any field of the event record, also those without a database column (admin1). An
incident reported by several stories (``wirecoder.incidents``) counts once, with its fatality figure; so does
an attack retold in later sentences of its story (``coding/aftermath.py``) that no incident merged.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from ..export.csvsafe import safe_dict
from ..incidents import incident_index, one_per_incident, retold_index
from ..query import DEFAULT_INCLUDE, EventQuery, QueryError, conditions, iter_events

if TYPE_CHECKING:
    from ..store import Store

UNKNOWN = "unknown"


def _side(record: dict[str, Any], key: str) -> dict[str, Any]:
    return record.get(key) or {}


def _actor(p: dict[str, Any]) -> str:
    return str(p.get("name") or p.get("cameo") or p.get("country") or "") or UNKNOWN


def _month(record: dict[str, Any]) -> str:
    value = record.get("date") or ""
    return value[:7] if len(value) >= 7 else UNKNOWN


def _dyad(record: dict[str, Any]) -> str:
    a, b = _side(record, "source").get("country"), _side(record, "target").get("country")
    if not a or not b:
        return UNKNOWN
    return f"{a}-{b}" if a <= b else f"{b}-{a}"


# dimension -> what it reads from an event record
DIMENSIONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "country": lambda r: _side(r, "location").get("country") or UNKNOWN,
    "admin1": lambda r: _side(r, "location").get("admin1") or UNKNOWN,
    "year": lambda r: (r.get("date") or "")[:4] or UNKNOWN,
    "month": _month,
    "event_type": lambda r: _side(r, "acled").get("event_type") or UNKNOWN,
    "sub_event_type": lambda r: _side(r, "acled").get("sub_event_type") or UNKNOWN,
    "plover": lambda r: _side(r, "plover").get("type") or UNKNOWN,
    "cameo_root": lambda r: _side(r, "cameo").get("root") or UNKNOWN,
    "quad_class": lambda r: str(_side(r, "cameo").get("quad_class") or UNKNOWN),
    "actor": lambda r: _actor(_side(r, "source")),
    "target": lambda r: _actor(_side(r, "target")),
    "dyad": _dyad,
    "date_precision": lambda r: r.get("date_precision") or UNKNOWN,
    "location_precision": lambda r: _side(r, "location").get("precision") or UNKNOWN,
}
# summed measure -> its value in one event record
MEASURES: dict[str, Callable[[dict[str, Any]], float]] = {
    "fatalities": lambda r: int(r.get("fatalities") or 0),
    "goldstein": lambda r: float(_side(r, "cameo").get("goldstein") or 0.0),
}


def aggregate_dimensions() -> list[str]:
    """The names ``--by`` accepts."""
    return list(DIMENSIONS)


def parse_list(value: str | Iterable[str] | None, allowed: Iterable[str], name: str) -> list[str]:
    """``"country,year"`` -> ["country", "year"], each checked against ``allowed``."""
    if value is None:
        return []
    words = value.split(",") if isinstance(value, str) else list(value)
    words = [w.strip().lower() for w in words if w.strip()]
    choices = list(allowed)
    for w in words:
        if w not in choices:
            raise QueryError(f"--{name} {w!r} is not one of {', '.join(choices)}")
    return list(dict.fromkeys(words))


def aggregate(
    store: Store,
    by: str | Iterable[str],
    sums: str | Iterable[str] | None = ("fatalities",),
    q: EventQuery | None = None,
) -> list[dict[str, Any]]:
    """One row per combination of the ``by`` dimensions that has events: the dimensions, ``events``
    (how many) and each summed measure; sorted by the dimensions. ``q`` filters (its limit is ignored);
    without one, only factual, current events count (``DEFAULT_INCLUDE``)."""
    dims = parse_list(by, DIMENSIONS, "by")
    if not dims:
        raise QueryError(f"--by needs at least one of {', '.join(DIMENSIONS)}")
    measures = parse_list(sums, MEASURES, "sum")
    q = q or EventQuery(include=DEFAULT_INCLUDE)
    incidents = incident_index(store.engine)
    retold = retold_index(store.engine, incidents, conditions(q))
    cells: dict[tuple[str, ...], dict[str, Any]] = {}
    for record in one_per_incident(iter_events(store, replace(q, limit=0, offset=0)), incidents, retold):
        key = tuple(DIMENSIONS[d](record) for d in dims)
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = {**dict(zip(dims, key, strict=True)), "events": 0, **{m: 0 for m in measures}}
        cell["events"] += 1
        for m in measures:
            cell[m] += MEASURES[m](record)
    rows = [cells[k] for k in sorted(cells, key=lambda k: tuple((v == UNKNOWN, v) for v in k))]
    for row in rows:
        if "goldstein" in row:
            row["goldstein"] = round(row["goldstein"], 2)
    return rows


def write_csv(rows: list[dict[str, Any]], out: IO[str], columns: list[str] | None = None) -> int:
    """The aggregate rows as CSV with a header (the dimensions, events, the sums)."""
    if columns is None:
        columns = list(rows[0]) if rows else []
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_dict(r) for r in rows)
    return len(rows)

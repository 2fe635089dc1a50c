"""Dyad time series: events, summed Goldstein, PLOVER types and quad classes per week or month.

Periods are labelled by their first day for weeks (ISO weeks start on Monday: "2023-01-02") and by
"YYYY-MM" for months. An event dated only to a month counts in monthly series but not in weekly
ones; events dated only to a year, or undated, are left out. Gaps between the first and the last
period are filled with empty periods so a chart's x axis is continuous.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, select

from ..query import EventQuery, QueryError, conditions, dyad_condition
from ..store import schema

if TYPE_CHECKING:
    from ..store import Store

E = schema.events
FREQS = ("week", "month")


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise QueryError(f"frequency {freq!r} is not one of {', '.join(FREQS)}")
    return freq


def period_of(value: str | None, freq: str) -> str | None:
    """The period label of an ISO date (``None`` when the date is too coarse or malformed)."""
    if not value:
        return None
    if freq == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return (day - timedelta(days=day.weekday())).isoformat()


def _next(period: str, freq: str) -> str:
    if freq == "week":
        return (date.fromisoformat(period) + timedelta(days=7)).isoformat()
    year, month = int(period[:4]), int(period[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{year:04d}-{month:02d}"


def periods_between(first: str, last: str, freq: str) -> list[str]:
    """Every period label from ``first`` to ``last`` inclusive."""
    out = [first]
    while out[-1] < last:
        out.append(_next(out[-1], freq))
    return out


def factual() -> list[ColumnElement[bool]]:
    """Conditions leaving out negated and hypothetical events (NULL counts as false)."""
    return [E.c.negated.isnot(True), E.c.hypothetical.isnot(True)]


def empty_bucket(period: str) -> dict[str, Any]:
    return {"period": period, "events": 0, "goldstein_sum": 0.0, "by_plover": {}, "by_quad": {1: 0, 2: 0, 3: 0, 4: 0}}


def dyad_series(
    store: Store, a: str, b: str, freq: str = "week", filters: EventQuery | None = None
) -> list[dict[str, Any]]:
    """Per period, events between ``a`` and ``b`` (either direction; country, CAMEO code or actor id):
    ``{period, events, goldstein_sum, by_plover: {TYPE: n}, by_quad: {1..4: n}}``. ``filters`` (its
    confidence, flag and precision fields) replaces the default of leaving out negated and hypothetical
    events, so a chart counts what the event list beside it shows."""
    check_freq(freq)
    where = conditions(filters) if filters is not None else factual()
    stmt = select(E.c.date, E.c.goldstein, E.c.quad_class, E.c.plover_type).where(dyad_condition(a, b), *where)
    buckets: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(stmt):
            period = period_of(row.date, freq)
            if period is None:
                continue
            bucket = buckets.setdefault(period, empty_bucket(period))
            bucket["events"] += 1
            bucket["goldstein_sum"] += row.goldstein or 0.0
            if row.plover_type:
                bucket["by_plover"][row.plover_type] = bucket["by_plover"].get(row.plover_type, 0) + 1
            if row.quad_class in (1, 2, 3, 4):
                bucket["by_quad"][row.quad_class] += 1
    if not buckets:
        return []
    labels = periods_between(min(buckets), max(buckets), freq)
    out = [buckets.get(p) or empty_bucket(p) for p in labels]
    for bucket in out:
        bucket["goldstein_sum"] = round(bucket["goldstein_sum"], 3)
    return out

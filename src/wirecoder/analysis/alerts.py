"""Escalation alerts: a period whose conflict intensity for a dyad jumps above its trailing baseline.

The statistic, per unordered dyad (each side keyed by country, else CAMEO actor code, else actor id)
and per period (week or month):

- conflict intensity ``x_t`` = the sum of ``-goldstein`` over the period's events with a negative
  Goldstein score (an accusation adds 2, an aerial attack 10; cooperation adds nothing);
- baseline = the mean ``m`` and sample standard deviation ``s`` of ``x`` over the ``window`` periods
  before ``t`` (at least ``MIN_HISTORY`` of them; periods with no events count as 0, from the
  store's first dated period on);
- ``z = (x_t - m) / max(s, SD_FLOOR)``; an alert is raised when ``x_t > 0``, ``z >= threshold`` and the
  baseline is not all zeros.

A dyad's first conflict after a silent baseline is no alert: with nothing to compare with, z would only
measure the event's Goldstein score (an air strike scored z = 10 on any dyad's first event). ``SD_FLOOR``
(one Goldstein point) keeps a steady baseline from dividing by zero.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..query import dyad_condition, split_dyad
from ..store import schema
from .series import check_freq, factual, period_of, periods_between

if TYPE_CHECKING:
    from ..store import Store

E = schema.events
SD_FLOOR = 1.0
MIN_HISTORY = 2
MAX_EVENT_IDS = 20


def side_key(country: str | None, cameo: str | None, actor_id: str | None) -> str | None:
    """How one side of an event is named in a dyad: country, else CAMEO code, else actor id."""
    return country or cameo or actor_id


def _span(conn: Any, freq: str) -> tuple[str, str] | None:
    """The first and last period of the whole store (every dyad's baseline starts there)."""
    size = 10 if freq == "week" else 7
    stmt = select(func.min(func.substr(E.c.date, 1, size)), func.max(func.substr(E.c.date, 1, size))).where(
        func.length(E.c.date) >= size, *factual()
    )
    first, last = conn.execute(stmt).one()
    a, b = period_of(first, freq), period_of(last, freq)
    return (a, b) if a and b else None


def alerts(
    store: Store,
    freq: str = "week",
    window: int = 8,
    threshold: float = 2.0,
    dyad: str | None = None,
) -> list[dict[str, Any]]:
    """Escalation alerts, newest first then strongest: ``{dyad, a, b, period, intensity, events,
    conflict_events, goldstein_sum, baseline_mean, baseline_sd, z, event_ids}``."""
    check_freq(freq)
    if window < 1:
        raise ValueError("window must be at least 1 period")
    stmt = select(
        E.c.id,
        E.c.date,
        E.c.goldstein,
        E.c.quad_class,
        E.c.source_country,
        E.c.source_cameo,
        E.c.source_actor_id,
        E.c.target_country,
        E.c.target_cameo,
        E.c.target_actor_id,
    ).where(*factual())
    if dyad:
        stmt = stmt.where(dyad_condition(*split_dyad(dyad)))
    # per dyad, per period: [intensity, events, conflict events, goldstein sum, event ids]
    cells: dict[tuple[str, str], dict[str, list[Any]]] = defaultdict(dict)
    with store.engine.connect() as conn:
        span = _span(conn, freq)
        if span is None:
            return []
        periods: dict[str, str | None] = {}
        for event_id, day, g, quad, sc, scam, sid, tc, tcam, tid in conn.execute(stmt):
            period = periods.get(day, "") if day is not None else None
            if period == "":
                period = periods[day] = period_of(day, freq)
            if period is None:
                continue
            a, b = sc or scam or sid, tc or tcam or tid
            if not a or not b:
                continue
            by_period = cells[(a, b) if a <= b else (b, a)]
            cell = by_period.get(period)
            if cell is None:
                cell = by_period[period] = [0.0, 0, 0, 0.0, []]
            g = g or 0.0
            cell[1] += 1
            cell[3] += g
            if g < 0:
                cell[0] -= g
                if len(cell[4]) < MAX_EVENT_IDS:
                    cell[4].append(event_id)
            if quad == 3 or quad == 4:
                cell[2] += 1
    labels = periods_between(span[0], span[1], freq)
    out: list[dict[str, Any]] = []
    for (a, b), by_period in cells.items():
        series = [by_period.get(p, [0.0])[0] for p in labels]
        for t, period in enumerate(labels):
            x = series[t]
            history = series[max(0, t - window) : t]
            if x <= 0 or len(history) < MIN_HISTORY or not any(history):
                continue
            mean = sum(history) / len(history)
            sd = math.sqrt(sum((h - mean) ** 2 for h in history) / (len(history) - 1))
            z = (x - mean) / max(sd, SD_FLOOR)
            if z < threshold:
                continue
            cell = by_period[period]
            out.append(
                {
                    "dyad": f"{a}-{b}",
                    "a": a,
                    "b": b,
                    "period": period,
                    "freq": freq,
                    "intensity": round(x, 3),
                    "events": cell[1],
                    "conflict_events": cell[2],
                    "goldstein_sum": round(cell[3], 3),
                    "baseline_mean": round(mean, 3),
                    "baseline_sd": round(sd, 3),
                    "z": round(z, 3),
                    "threshold": threshold,
                    "window": len(history),
                    "event_ids": list(cell[4]),
                }
            )
    out.sort(key=lambda r: (r["period"], r["z"]), reverse=True)
    return out

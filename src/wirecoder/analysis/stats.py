"""Counts over the whole store: by PLOVER type, CAMEO root, quad class, ACLED type, month, country."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..store import schema

if TYPE_CHECKING:
    from ..store import Store

E = schema.events


def _group(conn: Any, col: Any) -> dict[str, int]:
    rows = conn.execute(select(col, func.count()).group_by(col).order_by(func.count().desc(), col)).all()
    return {("unknown" if k is None else str(k)): int(n) for k, n in rows}


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def stats(store: Store) -> dict[str, Any]:
    """``{articles, events, quotes, actors, rejects, by_plover, by_quad, by_cameo_root, by_acled,
    by_month, by_country, by_location_country, by_dyad, negated, hypothetical}``.

    ``by_country`` counts events involving a country on either side (once per event, also when both
    sides are the same country); ``by_dyad`` counts events per unordered country pair ("AFG-PAK",
    either direction, "PAK-PAK" for events within one country); ``by_month`` uses the event date (undated events under "unknown").
    Columns without an index are counted in one pass over the table.
    """
    out: dict[str, Any] = dict(store.counts())
    month = func.substr(E.c.date, 1, 7)
    with store.engine.connect() as conn:
        out["by_plover"] = _group(conn, E.c.plover_type)
        months = conn.execute(select(month, func.count()).group_by(month).order_by(month)).all()
        out["by_month"] = {("unknown" if m is None else m): int(n) for m, n in months}
        # either side, once per event: source + target - events where both are that country
        by_country: dict[str, int] = {}
        for col in (E.c.source_country, E.c.target_country):
            for k, n in conn.execute(select(col, func.count()).where(col.isnot(None)).group_by(col)):
                by_country[k] = by_country.get(k, 0) + int(n)
        same = select(E.c.source_country, func.count()).where(E.c.source_country == E.c.target_country)
        for k, n in conn.execute(same.group_by(E.c.source_country)):
            by_country[k] -= int(n)
        out["by_country"] = _sorted(by_country)
        out["by_location_country"] = _group(conn, E.c.location_country)
        dyads: dict[str, int] = {}
        pair = select(E.c.source_country, E.c.target_country, func.count()).where(
            E.c.source_country.isnot(None), E.c.target_country.isnot(None)
        )
        for a, b, n in conn.execute(pair.group_by(E.c.source_country, E.c.target_country)):
            key = f"{a}-{b}" if a <= b else f"{b}-{a}"
            dyads[key] = dyads.get(key, 0) + int(n)
        out["by_dyad"] = _sorted(dyads)
        cols = (E.c.quad_class, E.c.cameo_root, E.c.acled_event_type, E.c.negated, E.c.hypothetical)
        by: dict[str, dict[str, int]] = {"by_quad": {}, "by_cameo_root": {}, "by_acled": {}}
        negated = hypothetical = 0
        for quad, root, acled, neg, hyp, n in conn.execute(select(*cols, func.count()).group_by(*cols)):
            for key, value in (("by_quad", quad), ("by_cameo_root", root), ("by_acled", acled)):
                label = "unknown" if value is None else str(value)
                by[key][label] = by[key].get(label, 0) + int(n)
            negated += int(n) if neg else 0
            hypothetical += int(n) if hyp else 0
        out.update({k: _sorted(v) for k, v in by.items()})
        out["negated"], out["hypothetical"] = negated, hypothetical
    return out

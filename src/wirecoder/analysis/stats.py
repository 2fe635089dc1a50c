"""Counts over the whole store: by PLOVER type, CAMEO root, quad class, ACLED type, month, country."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, union_all

from ..store import schema

if TYPE_CHECKING:
    from ..store import Store

E = schema.events


def _group(conn: Any, col: Any) -> dict[str, int]:
    rows = conn.execute(select(col, func.count()).group_by(col).order_by(func.count().desc(), col)).all()
    return {("unknown" if k is None else str(k)): int(n) for k, n in rows}


def stats(store: Store) -> dict[str, Any]:
    """``{articles, events, quotes, actors, rejects, by_plover, by_quad, by_cameo_root, by_acled,
    by_month, by_country, by_location_country, negated, hypothetical}``.

    ``by_country`` counts events involving a country on either side (once per event, also when both
    sides are the same country); ``by_month`` uses the event date (undated events under "unknown").
    """
    out: dict[str, Any] = dict(store.counts())
    sides = union_all(
        select(E.c.id.label("id"), E.c.source_country.label("country")).where(E.c.source_country.isnot(None)),
        select(E.c.id.label("id"), E.c.target_country.label("country")).where(E.c.target_country.isnot(None)),
    ).subquery()
    pairs = select(sides.c.id, sides.c.country).distinct().subquery()
    month = func.substr(E.c.date, 1, 7)
    with store.engine.connect() as conn:
        out["by_plover"] = _group(conn, E.c.plover_type)
        out["by_quad"] = _group(conn, E.c.quad_class)
        out["by_cameo_root"] = _group(conn, E.c.cameo_root)
        out["by_acled"] = _group(conn, E.c.acled_event_type)
        months = conn.execute(select(month, func.count()).group_by(month).order_by(month)).all()
        out["by_month"] = {("unknown" if m is None else m): int(n) for m, n in months}
        out["by_country"] = _group(conn, pairs.c.country)
        out["by_location_country"] = _group(conn, E.c.location_country)
        out["negated"] = int(conn.execute(select(func.count()).select_from(E).where(E.c.negated.is_(True))).scalar_one())
        out["hypothetical"] = int(conn.execute(select(func.count()).select_from(E).where(E.c.hypothetical.is_(True))).scalar_one())
    return out

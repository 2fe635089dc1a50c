"""Small read-only aggregates the dashboard needs and the query layer does not offer.

Parameterised SQLAlchemy Core over the ``events`` table: the dyads and countries to offer in the
dyad picker, and event counts per place for the map.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select, union

from ..store import Store, schema

E = schema.events


def top_dyads(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The (source country, target country) pairs with the most events, most first."""
    n = func.count().label("events")
    query = (
        select(E.c.source_country, E.c.target_country, n)
        .where(and_(E.c.source_country.is_not(None), E.c.target_country.is_not(None)))
        .where(E.c.source_country != E.c.target_country)
        .group_by(E.c.source_country, E.c.target_country)
        .order_by(n.desc(), E.c.source_country, E.c.target_country)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [{"a": a, "b": b, "events": c} for a, b, c in conn.execute(query)]


def countries(store: Store) -> list[str]:
    """Every country code that is the source or target of an event, sorted."""
    query = union(
        select(E.c.source_country.label("c")).where(E.c.source_country.is_not(None)),
        select(E.c.target_country.label("c")).where(E.c.target_country.is_not(None)),
    )
    with store.engine.connect() as conn:
        return sorted(r[0] for r in conn.execute(query) if r[0])


def event_places(store: Store, since: str | None = None, until: str | None = None, limit: int = 2000) -> dict[str, Any]:
    """Event counts per located place (``points``, with lat/lon) and per country (``countries``).

    The map draws a point at lat/lon where the coder found one and at the country's centroid
    otherwise; ``unplaced`` counts events with neither.
    """
    where = []
    if since:
        where.append(E.c.date >= since)
    if until:
        where.append(E.c.date <= until)
    n = func.count().label("events")
    located = and_(E.c.lat.is_not(None), E.c.lon.is_not(None))
    points_q = (
        select(E.c.location_name, E.c.location_country, E.c.lat, E.c.lon, n)
        .where(located, *where)
        .group_by(E.c.location_name, E.c.location_country, E.c.lat, E.c.lon)
        .order_by(n.desc())
        .limit(limit)
    )
    countries_q = (
        select(E.c.location_country, n)
        .where(E.c.location_country.is_not(None), ~located, *where)
        .group_by(E.c.location_country)
        .order_by(n.desc())
    )
    unplaced_q = select(func.count()).select_from(E).where(E.c.location_country.is_(None), ~located, *where)
    with store.engine.connect() as conn:
        points = [
            {"name": name, "country": country, "lat": lat, "lon": lon, "events": c}
            for name, country, lat, lon, c in conn.execute(points_q)
        ]
        by_country = [{"country": country, "events": c} for country, c in conn.execute(countries_q)]
        unplaced = conn.execute(unplaced_q).scalar_one()
    return {"points": points, "countries": by_country, "unplaced": unplaced}

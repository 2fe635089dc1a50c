"""Small read-only aggregates the dashboard needs and the query layer does not offer.

Parameterised SQLAlchemy Core over the ``events`` table: the dyads and countries to offer in the
dyad picker, and event counts per place for the map.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, or_, select, union

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


def place_country(name: str | None) -> str | None:
    """The country of a place name the coder left without one ("Islamabad" -> PAK), from the actor KB."""
    if not name:
        return None
    try:
        from ..actors.kb import load_kb

        hits = load_kb().lookup(name)
    except Exception:  # the KB is an optional refinement of the map, never a reason to fail the page
        return None
    for hit in hits:
        if hit.kind in ("country", "capital", "place"):
            return hit.key
    return None


def event_places(store: Store, since: str | None = None, until: str | None = None, limit: int = 2000) -> dict[str, Any]:
    """Event counts per located place (``points``, with lat/lon and the place's ``precision``: place,
    district, province or country centroid) and per country (``countries``).

    The map draws a point at lat/lon where the coder found one and at the country's centroid
    otherwise (the location's country, or the country of its place name in the actor KB);
    ``unplaced`` counts events with neither.
    """
    where = []
    if since:
        where.append(E.c.date >= since)
    if until:
        where.append(E.c.date <= until)
    n = func.count().label("events")
    located = and_(E.c.lat.is_not(None), E.c.lon.is_not(None))
    # how exact the point is: the location record's "precision" (a key only the location has)
    precision = case(
        *[(E.c.record.contains(f'"precision": "{p}"'), p) for p in ("country", "province", "district")],
        else_="place",
    ).label("precision")
    points_q = (
        select(E.c.location_name, E.c.location_country, E.c.lat, E.c.lon, precision, n)
        .where(located, *where)
        .group_by(E.c.location_name, E.c.location_country, E.c.lat, E.c.lon, precision)
        .order_by(n.desc(), E.c.location_name, E.c.location_country, E.c.lat, E.c.lon)
        .limit(limit)
    )
    countries_q = (
        select(E.c.location_country, E.c.location_name, n)
        .where(~located, *where)
        .where(or_(E.c.location_country.is_not(None), E.c.location_name.is_not(None)))
        .group_by(E.c.location_country, E.c.location_name)
        .order_by(E.c.location_country, E.c.location_name)
    )
    unplaced_q = (
        select(func.count())
        .select_from(E)
        .where(E.c.location_country.is_(None), E.c.location_name.is_(None), ~located, *where)
    )
    with store.engine.connect() as conn:
        points = [
            {"name": name, "country": country, "lat": lat, "lon": lon, "precision": prec, "events": c}
            for name, country, lat, lon, prec, c in conn.execute(points_q)
        ]
        per_country: dict[str, int] = {}
        unplaced = conn.execute(unplaced_q).scalar_one()
        for country, name, c in conn.execute(countries_q):
            country = country or place_country(name)
            if country:
                per_country[country] = per_country.get(country, 0) + c
            else:
                unplaced += c
    by_country = [{"country": k, "events": v} for k, v in sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"points": points, "countries": by_country, "unplaced": unplaced}

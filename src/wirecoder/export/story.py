"""POLECAT's story fields: the people, organisations and places an article mentions, from its resolved
mentions (as stored) and its events' places.

People and organisations are the article's named mentions (``name`` or ``acronym``) resolved to an
entry of the actor base of that type, by the entry's name; a country, a generic actor ("Pakistan
(government)") or an actor outside the base is neither. Locations are the places of the article's
events and the places named as actors ("Kabul said"). Each list is in order of first mention, without
repeats.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select

from ..store import schema

_NAMED = ("name", "acronym")


@lru_cache(maxsize=1)
def _entry_types() -> dict[str, tuple[str, str]]:
    """Actor id -> (type, name) for every entry of the actor base."""
    from ..actors.kb import load_kb

    return {k: (e.type, e.name) for k, e in load_kb().entries.items()}


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(" ".join(name.split()))
    return out


def story_facts(conn: Any, article_id: str) -> dict[str, list[str]]:
    """``{"people": [...], "organizations": [...], "locations": [...]}`` of one stored article."""
    m, e = schema.mentions, schema.events
    rows = conn.execute(
        select(m.c.kind, m.c.text, m.c.actor_id).where(m.c.article_id == article_id).order_by(m.c.start, m.c.idx)
    ).all()
    places = conn.execute(
        select(e.c.location_name)
        .where(e.c.article_id == article_id, e.c.location_name.isnot(None))
        .order_by(e.c.sentence_index, e.c.evidence_start)
    ).all()
    types = _entry_types()
    people: list[str] = []
    orgs: list[str] = []
    named_places: list[str] = []
    for kind, text, actor_id in rows:
        if kind == "place":
            named_places.append(text)
            continue
        entry = types.get(actor_id or "") if kind in _NAMED else None
        if entry is None:
            continue
        (people if entry[0] == "person" else orgs if entry[0] == "org" else []).append(entry[1])
    return {
        "people": _unique(people),
        "organizations": _unique(orgs),
        "locations": _unique([p[0] for p in places] + named_places),
    }

"""POLECAT's story fields: the people, organisations and places an article mentions, from its resolved
mentions (as stored) and its events' places.

People and organisations are the article's named mentions (``name`` or ``acronym``) resolved to an
entry of the actor base of that type, by the entry's name; a country, a generic actor ("Pakistan
(government)") or an actor outside the base is neither. An entry converted from the PETRARCH2
dictionaries (the base's secondary part, whose types and short aliases are less sure) counts only when
the article names it in two words or more ("John Brennan", not "Brennan" or an acronym). Locations
are the places of the article's events, by the gazetteer's names (as the Placename column). Each list
is in order of first mention, without repeats.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select

from ..store import schema

_NAMED = ("name", "acronym")


@lru_cache(maxsize=1)
def _entry_types() -> dict[str, tuple[str, str, bool]]:
    """Actor id -> (type, name, converted from PETRARCH2) for every entry of the actor base."""
    from ..actors.kb import load_kb

    kb = load_kb()
    return {k: (e.type, e.name, k in kb.secondary_ids) for k, e in kb.entries.items()}


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
    for kind, text, actor_id in rows:
        entry = types.get(actor_id or "") if kind in _NAMED else None
        if entry is None or (entry[2] and len(text.split()) < 2):
            continue
        (people if entry[0] == "person" else orgs if entry[0] == "org" else []).append(entry[1])
    return {
        "people": _unique(people),
        "organizations": _unique(orgs),
        "locations": _unique([p[0] for p in places]),
    }

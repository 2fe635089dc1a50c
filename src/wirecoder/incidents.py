"""One event per incident across stories: events that different articles report about the same incident
are merged into one incident with its mentions, as GDELT's Mentions table and ACLED's de-duplication do.

Two reports are the same incident when they have the same event family (ACLED event type, else PLOVER
type), compatible actors (each side unknown in one of them, or the same actor, or the same country and a
sector of the same ACLED actor type, an unidentified armed group matching any non-state armed group;
either order in a battle), dates within ``window_days`` and places within ``radius_km`` (or one of them a
province that holds the other). Only reports that can be placed and dated are merged: factual, current events dated to
the day and located at least to a province; the others stay incidents of their own (no row here).

Fatalities of an incident follow one documented rule, never the sum: the figure of the most recently
published report that gives one (later reports update tolls); among reports published the same day, the
most common figure, then the higher.

``update(store)`` is incremental and exactly-once: it assigns the events that have no incident yet, one
article per transaction, in a fixed order (publication date, article id, sentence), so a killed run
loses nothing and a rerun assigns each event once. Two tables beside the store's: ``incidents`` and
``incident_mentions`` (created on first use; the store does not need to know them).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy import update as sql_update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ColumnElement

from .store import schema as store_schema
from .store import shield

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "MergeRule",
    "Retold",
    "ensure_tables",
    "incident_index",
    "one_per_incident",
    "retells",
    "retold_index",
    "update",
]

metadata = MetaData()

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),  # the id of its first event (stable across runs)
    Column("family", String(64), nullable=False),
    Column("date", String(10), nullable=False, index=True),
    Column("country", String(3)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(16)),
    Column("source", Text),  # JSON {"actor_id", "country", "sector"} of the first report that names it
    Column("target", Text),
    Column("fatalities", Integer),
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("num_sources", Integer, nullable=False),
)

incident_mentions = Table(
    "incident_mentions",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("incident_id", String(64), nullable=False, index=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("sentence_index", Integer),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("date", String(10)),
    Column("fatalities", Integer),
)


@dataclass(frozen=True)
class MergeRule:
    """How close two reports must be to be one incident."""

    window_days: int = 1
    radius_km: float = 50.0
    # families whose two sides are not directional (ACLED's battles): either order is the same incident
    symmetric: tuple[str, ...] = ("Battles",)


E, A = store_schema.events, store_schema.articles


def ensure_tables(engine: Engine) -> None:
    """Create the incident tables if they are missing (idempotent)."""
    metadata.create_all(engine)


# ------------------------------------------------------------------------------------------ matching
def family(record: dict[str, Any]) -> str | None:
    acled = record.get("acled") or {}
    plover = record.get("plover") or {}
    return acled.get("event_type") or plover.get("type") or None


def _side(p: dict[str, Any] | None) -> dict[str, Any] | None:
    if not p or not (p.get("actor_id") or p.get("country") or p.get("sector")):
        return None
    return {"actor_id": p.get("actor_id"), "country": p.get("country"), "sector": p.get("sector")}


# Unidentified armed men ("gunmen") may be any non-state armed group of the same story.
_UNIDENTIFIED = "UAF"
_ARMED_NON_STATE = {"REB", "INS", "SEP", "PMIL", "CRM", "UAF"}


def compatible_sides(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Unknown on one side; the same actor; or the same country (where both say) and sectors of the same
    ACLED actor type (military and police are both state forces), an unidentified armed group matching
    any non-state armed group."""
    from .export.codes import sector_entry

    if a is None or b is None:
        return True
    if a.get("actor_id") and a.get("actor_id") == b.get("actor_id"):
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    sa, sb = a.get("sector"), b.get("sector")
    if not sa or not sb or sa == sb:
        return True
    if _UNIDENTIFIED in (sa, sb):
        return {sa, sb} <= _ARMED_NON_STATE
    kind = sector_entry(sa).get("acled_inter")
    return kind is not None and kind == sector_entry(sb).get("acled_inter")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def same_place(loc: dict[str, Any], inc: dict[str, Any], radius_km: float) -> float | None:
    """The distance between a report's place and an incident's when they can be the same place, else None.
    A province holds the places in it (same country and admin1) at distance 0."""
    if loc.get("country") != inc["country"]:
        return None
    d = distance_km(loc["lat"], loc["lon"], inc["lat"], inc["lon"])
    if d <= radius_km:
        return d
    province = loc.get("precision") == "province" or inc["precision"] == "province"
    if province and loc.get("admin1") and loc.get("admin1") == inc["admin1"]:
        return 0.0
    return None


def candidate(record: dict[str, Any]) -> bool:
    """A report that can be merged: factual, current, dated to the day, placed at least to a province."""
    if any(record.get(f) for f in ("negated", "hypothetical", "future", "background")):
        return False
    loc = record.get("location") or {}
    return (
        record.get("date_precision") == "day"
        and bool(record.get("date"))
        and family(record) is not None
        and loc.get("lat") is not None
        and loc.get("lon") is not None
        and loc.get("precision") in ("place", "district", "province")
    )


def fatality_rule(reports: Iterable[tuple[str | None, int | None]]) -> int | None:
    """(published, fatalities) of each report -> the incident's figure: from the latest reports that give
    one, the most common figure, then the higher. Never the sum."""
    given = [(p or "", f) for p, f in reports if f is not None]
    if not given:
        return None
    latest = max(p for p, _ in given)
    figures = Counter(f for p, f in given if p == latest)
    return max(figures, key=lambda f: (figures[f], f))


def retells(record: dict[str, Any]) -> bool:
    """An event that retells an earlier attack of its own article (coding/aftermath.py marks its pattern)."""
    return "aftermath" in str(record.get("pattern") or "").split("+")


def _outlet(url: str | None, source: str | None) -> str:
    host = urlparse(url).hostname if url else None
    return (host or "").removeprefix("www.") or (source or "")


# ------------------------------------------------------------------------------------------ updating
def _pending(conn: Connection) -> list[tuple[Any, ...]]:
    """Events with no incident that may be merged, in assignment order (SQL does the cheap filtering)."""
    assigned = select(incident_mentions.c.event_id)
    stmt = (
        select(E.c.id, E.c.record, A.c.id, A.c.published, A.c.url, A.c.source)
        .join(A, A.c.id == E.c.article_id)
        .where(
            E.c.id.not_in(assigned),
            E.c.date_precision == "day",
            E.c.lat.is_not(None),
            E.c.negated.is_not(True),
            E.c.hypothetical.is_not(True),
            E.c.future.is_not(True),
        )
        .order_by(A.c.published, A.c.id, E.c.sentence_index, E.c.id)
    )
    return list(conn.execute(stmt))


def _find(conn: Connection, record: dict[str, Any], article_id: str, rule: MergeRule) -> str | None:
    """The incident this report belongs to, or None: the nearest compatible one in place, then date."""
    day = date.fromisoformat(record["date"])
    lo, hi = (day - timedelta(days=rule.window_days)).isoformat(), (day + timedelta(days=rule.window_days)).isoformat()
    rows = conn.execute(
        select(incidents).where(
            incidents.c.family == family(record), and_(incidents.c.date >= lo, incidents.c.date <= hi)
        )
    ).mappings()
    src, tgt = _side(record.get("source")), _side(record.get("target"))
    symmetric = family(record) in rule.symmetric
    best: tuple[float, int, str] | None = None
    for inc in rows:
        isrc, itgt = json.loads(inc["source"] or "null"), json.loads(inc["target"] or "null")
        direct = compatible_sides(src, isrc) and compatible_sides(tgt, itgt)
        if not direct and not (symmetric and compatible_sides(src, itgt) and compatible_sides(tgt, isrc)):
            continue
        d = same_place(record["location"], dict(inc), rule.radius_km)
        if d is None:
            continue
        same_article = conn.execute(
            select(incident_mentions.c.event_id).where(
                incident_mentions.c.incident_id == inc["id"], incident_mentions.c.article_id == article_id
            )
        ).first()
        if same_article is not None and not retells(record):  # one article reports an incident once; its
            continue  # other events are others, but for a sentence that retells its attack ("the toll rose to 14")
        key = (d, abs((date.fromisoformat(inc["date"]) - day).days), inc["id"])
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _refresh(conn: Connection, incident_id: str) -> None:
    """Recompute an incident's counts, fatalities and unknown sides from its mentions."""
    rows = conn.execute(
        select(
            incident_mentions.c.article_id,
            incident_mentions.c.outlet,
            incident_mentions.c.published,
            incident_mentions.c.fatalities,
        ).where(incident_mentions.c.incident_id == incident_id)
    ).all()
    conn.execute(
        sql_update(incidents)
        .where(incidents.c.id == incident_id)
        .values(
            num_mentions=len(rows),
            num_articles=len({r[0] for r in rows}),
            num_sources=len({r[1] for r in rows}),
            fatalities=fatality_rule((r[2], r[3]) for r in rows),
        )
    )


def _assign(conn: Connection, event_id: str, record: dict[str, Any], art: tuple[Any, ...], rule: MergeRule) -> str:
    article_id, published, url, source = art
    found = _find(conn, record, article_id, rule)
    loc, ev = record["location"], record.get("evidence") or {}
    if found is None:
        found = event_id
        conn.execute(
            insert(incidents).values(
                id=event_id,
                family=family(record),
                date=record["date"],
                country=loc.get("country"),
                admin1=loc.get("admin1"),
                lat=loc["lat"],
                lon=loc["lon"],
                precision=loc.get("precision"),
                source=json.dumps(_side(record.get("source"))),
                target=json.dumps(_side(record.get("target"))),
                num_mentions=0,
                num_articles=0,
                num_sources=0,
            )
        )
    else:  # a side the first report left unknown is named by a later one
        inc = conn.execute(select(incidents.c.source, incidents.c.target).where(incidents.c.id == found)).one()
        for col, value, side in (("source", inc[0], "source"), ("target", inc[1], "target")):
            if json.loads(value or "null") is None and _side(record.get(side)) is not None:
                conn.execute(
                    sql_update(incidents).where(incidents.c.id == found).values({col: json.dumps(_side(record[side]))})
                )
    conn.execute(
        insert(incident_mentions).values(
            event_id=event_id,
            incident_id=found,
            article_id=article_id,
            sentence_index=record.get("sentence_index"),
            evidence_start=ev.get("start"),
            evidence_end=ev.get("end"),
            outlet=_outlet(url, source),
            published=published,
            date=record["date"],
            fatalities=record.get("fatalities"),
        )
    )
    _refresh(conn, found)
    return found


def _prune(conn: Connection) -> None:
    """Forget mentions of events no longer stored (an article re-coded or removed); refresh their incidents."""
    gone = conn.execute(
        select(incident_mentions.c.event_id, incident_mentions.c.incident_id).where(
            incident_mentions.c.event_id.not_in(select(E.c.id))
        )
    ).all()
    for event_id, incident_id in gone:
        conn.execute(delete(incident_mentions).where(incident_mentions.c.event_id == event_id))
        left = conn.execute(
            select(incident_mentions.c.event_id).where(incident_mentions.c.incident_id == incident_id)
        ).first()
        if left is None:
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))
        else:
            _refresh(conn, incident_id)


def update(store: Store, rule: MergeRule | None = None) -> dict[str, int]:
    """Assign every stored event without an incident (see the module docstring); return how many events
    were assigned, how many joined an existing incident, and how many incidents there are now."""
    rule = rule or MergeRule()
    engine = store.engine
    ensure_tables(engine)
    with shield.begin(engine) as conn:
        _prune(conn)
    with engine.connect() as conn:
        pending = _pending(conn)
    assigned = joined = 0
    by_article: dict[str, list[tuple[Any, ...]]] = {}
    for row in pending:
        by_article.setdefault(row[2], []).append(row)
    for rows in by_article.values():  # insertion order is the assignment order
        with shield.begin(engine) as conn:  # one article per transaction: all its events or none
            for event_id, text, *art in rows:
                record = json.loads(text)
                if not candidate(record):
                    continue
                if _assign(conn, event_id, record, tuple(art), rule) != event_id:
                    joined += 1
                assigned += 1
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
    return {"assigned": assigned, "joined": joined, "incidents": int(total)}


def incident_index(engine: Engine) -> dict[str, dict[str, Any]]:
    """``{event_id: {"incident_id", "representative", "fatalities", "num_mentions", "num_articles",
    "num_sources"}}`` for every merged event ({} when no incidents were computed). The representative is
    the incident's first event."""
    from sqlalchemy import inspect

    if not inspect(engine).has_table("incident_mentions"):
        return {}
    stmt = select(
        incident_mentions.c.event_id,
        incidents.c.id,
        incidents.c.fatalities,
        incidents.c.num_mentions,
        incidents.c.num_articles,
        incidents.c.num_sources,
    ).join(incidents, incidents.c.id == incident_mentions.c.incident_id)
    with engine.connect() as conn:
        return {
            eid: {
                "incident_id": iid,
                "representative": eid == iid,
                "fatalities": fat,
                "num_mentions": nm,
                "num_articles": na,
                "num_sources": ns,
            }
            for eid, iid, fat, nm, na, ns in conn.execute(stmt)
        }


# ------------------------------------------------------------------------------------------ retellings
_ATTACK_ROOTS = ("18", "19", "20")


@dataclass
class Retold:
    """Retellings of an attack in its own article that no incident merged (an attack placed only in its
    country makes no incident): ``into`` maps each to the event whose row counts it (the attack, or the
    attack's incident), ``toll`` maps that event to the largest figure its retellings give."""

    into: dict[str, str] = field(default_factory=dict)
    toll: dict[str, int] = field(default_factory=dict)


def retold_index(engine: Engine, index: dict[str, dict[str, Any]], where: Sequence[ColumnElement[bool]] = ()) -> Retold:
    """The retellings among the events matching ``where`` (an ``EventQuery``'s conditions) that no incident
    merged, each folded into the attack it retells: the last earlier attack of its article that is not a
    retelling itself (``coding/aftermath.py`` copies that one). A retelling whose attack does not match
    ``where`` stays a row of its own."""
    with engine.connect() as conn:
        told = [
            (eid, aid, sent, record)
            for eid, aid, sent, record in _attack_rows(conn, E.c.record.like("%aftermath%"), *where)
            if eid not in index and retells(record)
        ]
        if not told:
            return Retold()
        attacks: dict[str, list[tuple[int, str]]] = {}
        flagged = [E.c[f].is_not(True) for f in ("negated", "hypothetical", "future", "background")]
        for chunk in _chunks(sorted({t[1] for t in told})):
            for eid, aid, sent, record in _attack_rows(conn, E.c.article_id.in_(chunk), *flagged):
                if not retells(record):
                    attacks.setdefault(aid, []).append((sent, eid))
        into: dict[str, str] = {}
        for eid, aid, sent, _ in told:
            earlier = [(s, a) for s, a in attacks.get(aid, []) if s < sent]
            if earlier:  # the first attack of the last sentence that told one
                attack = next(a for s, a in earlier if s == earlier[-1][0])
                into[eid] = (index.get(attack) or {}).get("incident_id") or attack
        shown = {
            r[0]
            for chunk in _chunks(sorted(set(into.values())))
            for r in conn.execute(select(E.c.id).where(E.c.id.in_(chunk), *where))
        }
    result = Retold()
    for eid, _, _, record in told:
        if into.get(eid) in shown:
            result.into[eid] = into[eid]
            figure = int(record.get("fatalities") or 0)
            result.toll[into[eid]] = max(result.toll.get(into[eid], 0), figure)
    return result


def _attack_rows(conn: Connection, *where: ColumnElement[bool]) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """(id, article id, sentence, record) of the attacks (CAMEO 18-20) matching ``where``, in story order."""
    stmt = (
        select(E.c.id, E.c.article_id, E.c.sentence_index, E.c.record)
        .where(E.c.cameo_root.in_(_ATTACK_ROOTS), *where)
        .order_by(E.c.article_id, E.c.sentence_index, E.c.evidence_start, E.c.id)
    )
    for eid, aid, sent, text in conn.execute(stmt):
        yield eid, aid, sent or 0, json.loads(text)


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    """``values`` in pieces small enough for one IN list (SQLite caps bound parameters)."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def one_per_incident(
    records: Iterable[dict[str, Any]], index: dict[str, dict[str, Any]], retold: Retold, collapse: bool = True
) -> Iterator[dict[str, Any]]:
    """Each record with its ``incident_id`` and, for a retelling no incident merged, ``retells`` (the id of
    the row that counts it); with ``collapse``, one record per incident (its first report, with the
    incident's counts and fatality figure) and per retold attack (the attack, with the larger of its own
    and its retellings' figures: a later toll updates the first, never adds to it)."""
    for record in records:
        eid = record.get("id") or ""
        info = index.get(eid)
        if info is not None:
            record["incident_id"] = info["incident_id"]
        if eid in retold.into:
            record["retells"] = retold.into[eid]
            if collapse:
                continue
        if not collapse:
            yield record
            continue
        if info is not None:
            if not info["representative"]:
                continue
            record["fatalities"] = info["fatalities"]
            record.update(
                num_mentions=info["num_mentions"], num_articles=info["num_articles"], num_sources=info["num_sources"]
            )
        if retold.toll.get(eid, 0) > int(record.get("fatalities") or 0):
            record["fatalities"] = retold.toll[eid]
        yield record

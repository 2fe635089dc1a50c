"""Read the store: filtered event records, one article with its evidence, actors, quotes.

These functions are what the CLI (``wirecoder events``), the exports and the REST API call; they take
a ``Store`` and return plain JSON-ready dicts. All SQL is built with SQLAlchemy Core (bound
parameters only) and runs unchanged on SQLite and PostgreSQL.

Filter semantics (``EventQuery``), all case-insensitive and combined with AND:

- ``actor``: either side of the event is that actor: a country name or ISO-3 code ("Pakistan",
  "PAK") matches the actor's country; an upper-case CAMEO actor code matches the codes it prefixes
  ("PAKMIL" matches "PAKMIL" and "PAKMILSPY"); an id with a colon ("kb:ttp") matches the actor id;
  anything else is a substring of the actor's name or of the text that named it ("taliban").
- ``dyad``: "PAK-AFG" (or "PAK,AFG"), either direction; each side is a country (ISO-3 or name), a
  CAMEO actor code ("PAKMIL", exact) or an actor id.
- ``type``: digits are a CAMEO code prefix ("19", "112"); an ACLED event or sub-event type by name
  ("Battles", "armed clash"); otherwise a PLOVER type ("ACCUSE").
- ``since`` / ``until``: ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; an event dated only to a
  month or year counts when its period overlaps the range. Undated events never match a date filter.
- ``place``: a country (ISO-3 or name) matches the location's country; anything else is a substring
  of the location's name.
- ``min_confidence``: the coder's confidence is at least this (0-1).
- ``include``: which of the flagged kinds of event to keep: ``negated``, ``hypothetical``, ``future``,
  ``background`` (recounted from well before publication). ``None`` keeps them all; the CLI and the
  statistics pass ``DEFAULT_INCLUDE`` (none of them) unless told otherwise.
- ``precision``: only events dated to one of these precisions (``day``, ``week``, ``month``, ``year``).

Events come newest first (undated last), then in article and sentence order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy.sql import Select

from .errors import WirecoderError
from .store import schema
from .yamlfiles import data_path, read_csv, read_yaml

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "DEFAULT_INCLUDE",
    "FLAGS",
    "PRECISIONS",
    "EventQuery",
    "QueryError",
    "actors",
    "article",
    "count_events",
    "country_code",
    "events",
    "iter_events",
    "quotes",
    "split_dyad",
]

MAX_LIMIT = 10_000
FLAGS = ("negated", "hypothetical", "future", "background")
DEFAULT_INCLUDE: tuple[str, ...] = ()  # the CLI's and the statistics' default: factual, current events only
PRECISIONS = ("day", "week", "month", "year")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

E = schema.events
A = schema.articles
Q = schema.quotes


class QueryError(WirecoderError, ValueError):
    """A filter that cannot be used (bad date, malformed dyad), with the expected form."""


@dataclass
class EventQuery:
    """Filters for stored events (see the module docstring for their exact meaning)."""

    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    article_id: str | None = None
    limit: int = 100
    offset: int = 0
    min_confidence: float | None = None
    include: tuple[str, ...] | None = None
    precision: tuple[str, ...] | None = None


# -- helpers ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased country names, aliases, adjectives and ISO-3 codes -> ISO-3 (from the actor KB)."""
    table: dict[str, str] = {}
    for _, row in read_csv(data_path("actors", "countries.csv"), required=("iso3",)):
        iso = row["iso3"].strip().upper()
        names = [iso, row.get("cameo", ""), row.get("name", ""), row.get("adjective", "")]
        names += row.get("aliases", "").split("|") + row.get("demonyms", "").split("|")
        for name in names:
            if name.strip():
                table.setdefault(name.strip().lower(), iso)
    return table


def country_code(text: str | None) -> str | None:
    """ISO-3 for a country name, alias, adjective or code ("Pakistan", "afghan", "PAK"), else None."""
    if not text:
        return None
    return _country_names().get(text.strip().lower())


def split_dyad(dyad: str) -> tuple[str, str]:
    """Split "PAK-AFG" or "PAK,AFG" into its two sides."""
    text = dyad.strip()
    parts = text.split(",") if "," in text else text.split("-")
    parts = [p.strip() for p in parts]
    if len(parts) != 2 or not all(parts):
        raise QueryError(f"dyad {dyad!r} is not two actors: write it as PAK-AFG or, for ids with hyphens, A,B")
    return parts[0], parts[1]


def parse_choices(value: str | None, allowed: tuple[str, ...], name: str) -> tuple[str, ...] | None:
    """``"negated,future"`` -> ("negated", "future"); "none" -> (); None -> None; an unknown word is a
    ``QueryError`` naming the choices."""
    if value is None:
        return None
    words = tuple(w.strip().lower() for w in value.split(",") if w.strip())
    if words in ((), ("none",)):
        return ()
    if words == ("all",):
        return allowed
    bad = [w for w in words if w not in allowed]
    if bad:
        raise QueryError(f"--{name} {bad[0]!r} is not one of {', '.join(allowed)} (or all, none)")
    return words


def check_confidence(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise QueryError(f"--min-confidence {value} is not between 0 and 1")
    return value


def check_date(value: str, name: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists (2023-13-45 does not)."""
    value = value.strip()
    if _DATE.match(value):
        parts = [int(x) for x in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            raise QueryError(f"--{name} {value!r} is not a real date: use YYYY-MM-DD, YYYY-MM or YYYY") from None
        return value
    raise QueryError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")


def _side_cols(table: Any, prefix: str) -> dict[str, Any]:
    return {k: table.c[f"{prefix}_{k}"] for k in ("text", "actor_id", "name", "country", "sector", "cameo")}


_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")


def _code_prefix(col: Any, code: str) -> ColumnElement[bool]:
    """``col`` starts with ``code`` (as a range, so an index on ``col`` serves it)."""
    return and_(col >= code, col < code + "~")


def _actor_match(cols: dict[str, Any], value: str) -> ColumnElement[bool]:
    """One side (source, target or speaker columns) is the actor ``value``.

    A country name or ISO-3 code matches the country; an upper-case CAMEO code ("PAKGOV") matches
    codes it prefixes; an id with a colon ("kb:ttp") matches the actor id; anything else is a
    case-insensitive substring of the actor's name or of the text that named it. The first three
    use indexes; the substring scans.
    """
    value = value.strip()
    iso = country_code(value)
    if iso:
        return cols["country"] == iso
    if ":" in value:
        return cols["actor_id"] == value
    if _CODE.match(value):
        return or_(_code_prefix(cols["cameo"], value), _state_code(cols, value))
    return or_(
        cols["name"].icontains(value, autoescape=True),
        cols["text"].icontains(value, autoescape=True),
        cols["actor_id"] == value,
    )


def _side_match(cols: dict[str, Any], value: str) -> ColumnElement[bool]:
    """One side of a dyad is ``value``: a country (ISO-3 or name), CAMEO actor code or actor id."""
    value = value.strip()
    iso = country_code(value)
    if iso:
        return cols["country"] == iso
    if _CODE.match(value.upper()) and ":" not in value:
        up = value.upper()
        if len(up) == 3:
            return cols["country"] == up
        return or_(cols["cameo"] == up, _state_code(cols, up))
    return cols["actor_id"] == value


def _state_code(cols: dict[str, Any], code: str) -> ColumnElement[bool]:
    """A state named bare carries the bare CAMEO code ("PAK") but its sector ("GOV"): "PAKGOV" finds it too."""
    if len(code) != 6:
        return false()
    return and_(cols["cameo"] == code[:3], cols["country"] == code[:3], cols["sector"] == code[3:])


def dyad_condition(a: str, b: str) -> ColumnElement[bool]:
    """Events between ``a`` and ``b`` in either direction."""
    src, tgt = _side_cols(E, "source"), _side_cols(E, "target")
    return or_(
        and_(_side_match(src, a), _side_match(tgt, b)),
        and_(_side_match(src, b), _side_match(tgt, a)),
    )


@lru_cache(maxsize=1)
def _acled_names() -> dict[str, tuple[str, str]]:
    """Lower-cased ACLED event and sub-event type -> ("event_type"|"sub_event_type", canonical name),
    from the packaged ACLED typology (``data/ontology/acled.yaml``, validated by the ontology loader)."""
    types = (read_yaml(data_path("ontology", "acled.yaml")) or {}).get("event_types") or {}
    names: dict[str, tuple[str, str]] = {}
    for etype, subs in types.items():
        names[etype.lower()] = ("event_type", etype)
        for sub in subs:
            names.setdefault(sub.lower(), ("sub_event_type", sub))
    return names


def _type_match(value: str) -> ColumnElement[bool]:
    """A CAMEO code prefix (digits), an ACLED (sub-)event type by name, or a PLOVER type."""
    value = value.strip()
    if value.isdigit():
        return _code_prefix(E.c.cameo_code, value)
    acled = _acled_names().get(value.lower())
    if acled:
        field, name = acled
        return (E.c.acled_event_type if field == "event_type" else E.c.acled_sub_event_type) == name
    return E.c.plover_type == value.upper()


def _place_match(value: str) -> ColumnElement[bool]:
    """A country (ISO-3 or name) matches the location's country; else a substring of its name."""
    iso = country_code(value)
    if iso:
        return E.c.location_country == iso
    return E.c.location_name.icontains(value.strip(), autoescape=True)


def since_condition(value: str) -> ColumnElement[bool]:
    # an event dated "2023-01" overlaps since="2023-01-15": its date is a prefix of the bound
    return or_(E.c.date >= value, func.substr(value, 1, func.length(E.c.date)) == E.c.date)


def until_condition(value: str) -> ColumnElement[bool]:
    # until="2023-01" includes "2023-01-31"
    return or_(E.c.date <= value, E.c.date.startswith(value, autoescape=True))


def conditions(q: EventQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on the events table) for a query."""
    conds: list[ColumnElement[bool]] = []
    if q.actor:
        conds.append(
            or_(_actor_match(_side_cols(E, "source"), q.actor), _actor_match(_side_cols(E, "target"), q.actor))
        )
    if q.dyad:
        conds.append(dyad_condition(*split_dyad(q.dyad)))
    if q.type:
        conds.append(_type_match(q.type))
    if q.since:
        conds.append(since_condition(check_date(q.since, "since")))
    if q.until:
        conds.append(until_condition(check_date(q.until, "until")))
    if q.place:
        conds.append(_place_match(q.place))
    if q.article_id:
        conds.append(E.c.article_id == q.article_id)
    if q.min_confidence is not None:
        conds.append(E.c.confidence >= check_confidence(q.min_confidence))
    if q.include is not None:
        for flag in FLAGS:
            if flag not in q.include:
                col = E.c[flag]
                conds.append(or_(col.is_(None), col == false()))
    if q.precision is not None:
        conds.append(E.c.date_precision.in_(q.precision))
    return conds


def _limit(n: int) -> int:
    if n < 0:
        raise QueryError(f"limit {n} is negative")
    return min(n, MAX_LIMIT)


def _article_ref(row: Any) -> dict[str, Any]:
    return {"id": row.a_id, "title": row.a_title, "url": row.a_url, "published": row.a_published}


def _order(dialect: str = "postgresql") -> list[Any]:
    """Newest first, undated last. SQLite already sorts NULL last in DESC order, and the plain form
    lets it walk the date index instead of sorting every match."""
    newest = E.c.date.desc() if dialect == "sqlite" else E.c.date.desc().nulls_last()
    return [newest, E.c.article_id, E.c.sentence_index, E.c.id]


def _article_columns() -> tuple[ColumnElement[Any], ...]:
    """The article's id, title, URL and publication date beside an event (``_article_ref`` reads them)."""
    return (
        A.c.id.label("a_id"),
        A.c.title.label("a_title"),
        A.c.url.label("a_url"),
        A.c.published.label("a_published"),
    )


def _events_select(q: EventQuery, dialect: str = "postgresql") -> Select[Any]:
    return (
        select(
            E.c.record,
            *_article_columns(),
        )
        .join(A, A.c.id == E.c.article_id)
        .where(*conditions(q))
        .order_by(*_order(dialect))
    )


# -- public functions ------------------------------------------------------------------------------


def events(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """Event records (DESIGN.md's JSON) matching ``q``, each with ``"article": {id,title,url,published}``."""
    # pick the page by narrow columns first, then read the (large) records of that page only
    page = (
        select(E.c.id)
        .where(*conditions(q))
        .order_by(*_order(store.engine.dialect.name))
        .limit(_limit(q.limit))
        .offset(max(q.offset, 0))
    )
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(page)]
        if not ids:
            return []
        stmt = (
            select(
                E.c.id,
                E.c.record,
                *_article_columns(),
            )
            .join(A, A.c.id == E.c.article_id)
            .where(E.c.id.in_(ids))
        )
        rows = {r.id: r for r in conn.execute(stmt)}
    return [{**json.loads(rows[i].record), "article": _article_ref(rows[i])} for i in ids if i in rows]


def iter_events(
    store: Store, q: EventQuery | None = None, batch: int = 5000, with_coded_at: bool = False
) -> Iterator[dict[str, Any]]:
    """Every matching event record (limit and offset ignored), streamed in batches: for exports.
    ``with_coded_at`` adds the article's ``coded_at`` and ``source`` to its ``"article"`` dict."""
    q = q or EventQuery()
    stmt = _events_select(q, store.engine.dialect.name).add_columns(
        A.c.coded_at.label("a_coded_at"), A.c.source.label("a_source")
    )
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(stmt)
        for r in result:
            ref = _article_ref(r)
            if with_coded_at:
                ref.update(coded_at=r.a_coded_at, source=r.a_source)
            yield {**json.loads(r.record), "article": ref}


def count_events(store: Store, q: EventQuery) -> int:
    """How many events match ``q`` (ignoring limit and offset)."""
    stmt = select(func.count()).select_from(E).where(*conditions(q))
    with store.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def _quote_dict(row: Any) -> dict[str, Any]:
    speaker = {k: row[f"speaker_{k}"] for k in ("text", "actor_id", "name", "country", "sector", "cameo")}
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "speaker": speaker if any(v is not None for v in speaker.values()) else None,
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "verb": row["verb"],
        "date": row["date"],
    }


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One stored article with its text, what the cleaner removed, its events, quotes and mentions."""
    with store.engine.connect() as conn:
        row = conn.execute(select(A).where(A.c.id == article_id)).mappings().first()
        if row is None:
            return None
        records = [
            json.loads(r[0])
            for r in conn.execute(
                select(E.c.record)
                .where(E.c.article_id == article_id)
                .order_by(E.c.sentence_index, E.c.evidence_start, E.c.id)
            )
        ]
        quote_rows = (
            conn.execute(select(Q).where(Q.c.article_id == article_id).order_by(Q.c.start, Q.c.id)).mappings().all()
        )
        mention_rows = (
            conn.execute(
                select(schema.mentions)
                .where(schema.mentions.c.article_id == article_id)
                .order_by(schema.mentions.c.idx)
            )
            .mappings()
            .all()
        )
    out = dict(row)
    for key in ("removed", "warnings"):
        out[key] = json.loads(out[key]) if out.get(key) else []
    out["events"] = records
    out["quotes"] = [_quote_dict(q) for q in quote_rows]
    out["mentions"] = [{k: v for k, v in dict(m).items() if k != "article_id"} for m in mention_rows]
    return out


def actors(store: Store, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Known actors with ``n_source``, ``n_target`` and ``n_events`` (most active first)."""
    act = schema.actors
    n_source = select(func.count()).select_from(E).where(E.c.source_actor_id == act.c.actor_id).scalar_subquery()
    n_target = select(func.count()).select_from(E).where(E.c.target_actor_id == act.c.actor_id).scalar_subquery()
    stmt = select(act, n_source.label("n_source"), n_target.label("n_target"))
    if search:
        s = search.strip()
        conds: list[ColumnElement[bool]] = [
            act.c.actor_id.icontains(s, autoescape=True),
            act.c.name.icontains(s, autoescape=True),
            func.upper(act.c.cameo).startswith(s.upper(), autoescape=True),
        ]
        iso = country_code(s)
        if iso:
            conds.append(act.c.country == iso)
        stmt = stmt.where(or_(*conds))
    stmt = stmt.order_by((n_source + n_target).desc(), act.c.name, act.c.actor_id).limit(_limit(limit))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return [{**dict(r), "n_events": r["n_source"] + r["n_target"]} for r in rows]


def quotes(
    store: Store, speaker: str | None = None, about: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Quotes, with their article; ``speaker`` filters who said it (as ``EventQuery.actor``), ``about``
    keeps quotes whose text mentions it or whose sentence holds an event targeting that actor."""
    stmt = select(Q, *_article_columns()).join(A, A.c.id == Q.c.article_id)
    if speaker:
        stmt = stmt.where(_actor_match(_side_cols(Q, "speaker"), speaker))
    if about:
        targeted = exists().where(
            E.c.article_id == Q.c.article_id,
            E.c.sentence_index == Q.c.sentence_index,
            _actor_match(_side_cols(E, "target"), about),
        )
        stmt = stmt.where(or_(Q.c.text.icontains(about.strip(), autoescape=True), targeted))
    stmt = stmt.order_by(A.c.published.desc().nulls_last(), Q.c.article_id, Q.c.start, Q.c.id)
    stmt = stmt.limit(_limit(limit)).offset(max(offset, 0))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return [
        {
            **_quote_dict(r),
            "article": {"id": r["a_id"], "title": r["a_title"], "url": r["a_url"], "published": r["a_published"]},
        }
        for r in rows
    ]

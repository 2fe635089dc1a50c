"""Exports of stored events: flat tables (CSV, JSON Lines, Parquet) and the column layouts of GDELT 2.0,
ICEWS, ACLED and POLECAT, so existing scripts can read wirecoder's output. ``docs/exports.md`` documents each
mapping.

``export(store, "gdelt", "out.tsv", EventQuery(dyad="PAK-AFG"))`` writes every matching event (no
limit) and returns how many rows it wrote. Each format is a module with ``write(records, out) -> int``
registered in ``WRITERS``; a new format is a new module and one line here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigError
from ..incidents import Retold, incident_index, one_per_incident, retold_index
from . import acled, gdelt, icews, parquet, polecat, text

if TYPE_CHECKING:
    from ..query import EventQuery
    from ..store import Store

Writer = Callable[[Iterable[dict[str, Any]], IO[Any]], int]

# name -> (writer, binary output?, file suffix)
WRITERS: dict[str, tuple[Writer, bool, str]] = {
    "csv": (text.write_csv, False, ".csv"),
    "jsonl": (text.write_jsonl, False, ".jsonl"),
    "parquet": (parquet.write, True, ".parquet"),
    "gdelt": (gdelt.write, False, ".export.CSV"),
    "icews": (icews.write, False, ".tab"),
    "acled": (acled.write, False, ".csv"),
    "polecat": (polecat.write, False, ".tsv"),
}
# Dataset layouts write one row per incident and per retold attack (the flat formats keep every report, with
# its incident_id and retells).
_PER_INCIDENT = {"gdelt", "icews", "acled", "polecat"}
# Formats that read the article's text (tone) and language beside each record.
_NEEDS_ARTICLE = {"gdelt", "polecat"}
FORMATS = tuple(WRITERS)

__all__ = ["FORMATS", "WRITERS", "export", "write_records"]


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[Any]) -> int:
    """Write event records (``query.events`` dicts) in ``fmt`` to an open stream; return the row count."""
    if fmt not in WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return WRITERS[fmt][0](records, out)


def export(store: Store, fmt: str, target: str | Path | IO[Any], query: EventQuery | None = None) -> int:
    """Write every stored event matching ``query`` to ``target`` (a path, "-" for stdout, or a stream)."""
    from ..query import EventQuery, conditions, iter_events

    if fmt not in WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    _, binary, _ = WRITERS[fmt]
    q = replace(query or EventQuery(), limit=0, offset=0)
    records: Iterable[dict[str, Any]] = iter_events(store, q, with_coded_at=True)
    incidents = incident_index(store.engine)
    retold = retold_index(store.engine, incidents, conditions(q))
    if incidents or retold.into:
        records = with_incidents(records, incidents, collapse=fmt in _PER_INCIDENT, retold=retold)
    if fmt in _NEEDS_ARTICLE:
        records = with_article_facts(store, records, story=fmt == "polecat")
    if fmt == "parquet":
        runs = store.run_provenance()

        def writer(recs: Iterable[dict[str, Any]], out: IO[Any]) -> int:
            return parquet.write(recs, out, {"runs": runs})

        return _write_to(writer, True, records, target)
    return _write_to(WRITERS[fmt][0], binary, records, target)


def with_incidents(
    records: Iterable[dict[str, Any]],
    index: dict[str, dict[str, Any]],
    collapse: bool,
    retold: Retold | None = None,
) -> Iterable[dict[str, Any]]:
    """Each record with its ``incident_id`` (and ``retells``); with ``collapse``, one record per incident and
    per retold attack, with its fatality figure (``incidents.one_per_incident``)."""
    return one_per_incident(records, index, retold or Retold(), collapse)


def with_article_facts(
    store: Store, records: Iterable[dict[str, Any]], story: bool = False
) -> Iterable[dict[str, Any]]:
    """Each record with its article's ``tone`` (``tone.py``) and ``language``, read once per article; with
    ``story``, also the people, organisations and places the article mentions (``story.py``)."""
    from sqlalchemy import select

    from ..store import schema
    from .story import story_facts
    from .tone import tone

    facts: dict[str, tuple[float | None, str | None]] = {}
    stories: dict[str, dict[str, list[str]]] = {}
    articles = schema.articles
    for record in records:
        art = record.get("article") or {}
        aid = str(art.get("id") or record.get("article_id") or "")
        if aid not in facts:
            with store.engine.connect() as conn:
                row = conn.execute(select(articles.c.text, articles.c.language).where(articles.c.id == aid)).first()
                if story:
                    stories[aid] = story_facts(conn, aid)
            facts[aid] = (tone(row[0]), row[1]) if row else (None, None)
        record["article"] = {**art, "tone": facts[aid][0], "language": facts[aid][1]}
        if story:
            record["article"]["story"] = stories.get(aid) or {}
        yield record


def _write_to(writer: Writer, binary: bool, records: Iterable[dict[str, Any]], target: str | Path | IO[Any]) -> int:
    if not isinstance(target, (str, Path)):
        return writer(records, target)
    if str(target) == "-":
        return writer(records, sys.stdout.buffer if binary else sys.stdout)
    path = Path(target)
    if binary:
        with path.open("wb") as fh:
            return writer(records, fh)
    with path.open("w", encoding="utf-8", newline="") as fh:
        return writer(records, fh)

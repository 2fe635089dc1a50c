"""Cross-story incidents for shard mode (``wirecoder ingest --engine dask --shards DIR``): after the
partitions are coded, the parent merges every shard's events into incidents with the same rule and the
same code as the database path (``incidents.update``), on a scratch SQLite store it builds from the
shards, and writes the result beside them:

* ``incidents.parquet``          one row per incident (id, family, date, place, counts, fatality figure);
* ``incident_mentions.parquet``  one row per merged report (event id -> incident id, article, sentence,
  offsets, outlet, its own figure).

The merge reads only complete partitions and is recomputed from them on every run (events are assigned
in publication-date, article and sentence order, so the same shards give the same incidents); both
files are written under temporary names and renamed, and only when they change.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from ..incidents import MergeRule, incident_mentions, incidents, update
from ..store import shield

_SIDE = ("text", "actor_id", "name", "country", "sector", "cameo")


def _iso(value: Any) -> str | None:
    """A shard's date (a ``datetime.date`` read from Parquet, or text) as ``YYYY-MM-DD``."""
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value else None)


def record_from_flat(row: dict[str, Any]) -> dict[str, Any]:
    """An event record (the fields the incident merge reads) from a flat shard row."""
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "sentence_index": row.get("sentence_index"),
        "date": _iso(row.get("date")),
        "date_precision": row.get("date_precision"),
        **{p: {k: row.get(f"{p}_{k}") for k in _SIDE} for p in ("source", "target")},
        "acled": {"event_type": row.get("acled_event_type"), "sub_event_type": row.get("acled_sub_event_type")},
        "plover": {"type": row.get("plover_type"), "mode": row.get("plover_mode")},
        "location": {
            "name": row.get("location_name"),
            "country": row.get("location_country"),
            "admin1": row.get("location_admin1"),
            "admin2": row.get("location_admin2"),
            "precision": row.get("location_precision"),
            "lat": row.get("latitude"),
            "lon": row.get("longitude"),
        },
        "fatalities": row.get("fatalities"),
        **{f: bool(row.get(f)) for f in ("negated", "hypothetical", "future", "background")},
        "evidence": {"start": row.get("evidence_start"), "end": row.get("evidence_end")},
    }


def _rows(paths: list[Path]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return [r for p in paths if p.is_file() for r in pq.read_table(p).to_pylist()]


def merge_shards(shards: Path, names: list[str], rule: MergeRule | None = None) -> dict[str, int]:
    """Merge the events of partitions ``names`` under ``shards`` into incidents; write the two Parquet
    files; return ``incidents.update``'s counts."""
    from ..store import Store, schema

    articles = _rows([shards / f"articles-{n}.parquet" for n in names])
    events = _rows([shards / f"events-{n}.parquet" for n in names])
    with tempfile.TemporaryDirectory(prefix="wirecoder-incidents-") as tmp:
        store = Store(Path(tmp) / "incidents.db")
        try:
            with shield.begin(store.engine) as conn:
                seen: set[str] = set()
                for a in articles:  # a copy in two partitions has one id: store it once
                    if a["id"] in seen:
                        continue
                    seen.add(a["id"])
                    conn.execute(
                        insert(schema.articles).values(
                            id=a["id"],
                            source=a.get("key"),
                            url=a.get("url"),
                            title=a.get("title"),
                            published=a.get("published"),
                            content_hash=a.get("content_hash") or "",
                            text="",
                        )
                    )
                done: set[str] = set()
                for row in events:
                    if row["id"] in done:
                        continue
                    done.add(row["id"])
                    conn.execute(insert(schema.events).values(_event_columns(record_from_flat(row))))
            counts = update(store, rule)
            with store.engine.connect() as conn:
                inc = [dict(r) for r in conn.execute(select(incidents).order_by(incidents.c.id)).mappings()]
                men = [
                    dict(r)
                    for r in conn.execute(select(incident_mentions).order_by(incident_mentions.c.event_id)).mappings()
                ]
        finally:
            store.close()
    _write(shards / "incidents.parquet", inc, incidents)
    _write(shards / "incident_mentions.parquet", men, incident_mentions)
    return counts


def _event_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The events-table columns the merge's SQL reads, with the record as JSON."""
    loc = record["location"]
    return {
        "id": record["id"],
        "article_id": record["article_id"],
        "sentence_index": record.get("sentence_index"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "negated": record["negated"],
        "hypothetical": record["hypothetical"],
        "future": record["future"],
        "evidence_start": record["evidence"].get("start"),
        "record": json.dumps(record, ensure_ascii=False),
    }


def _write(path: Path, rows: list[dict[str, Any]], table: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [c.name for c in table.columns]
    data = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]) if rows else None
    if data is None:
        data = pa.table({c: pa.array([], type=pa.string()) for c in columns})
    if path.is_file() and pq.read_table(path).to_pylist() == data.to_pylist():
        return  # a rerun over the same shards rewrites nothing
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        pq.write_table(data, tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()

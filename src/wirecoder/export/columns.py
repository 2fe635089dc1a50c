"""Shared helpers for the writers: the flat row of an event record, country names, sector names."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import IO, Any
from urllib.parse import urlparse

from ..errors import DataError
from ..yamlfiles import data_path, read_csv, read_yaml
from .csvsafe import safe_row

# A side's columns; country_basis says how its country was obtained ("stated", or inferred: see the README).
PARTICIPANT_KEYS = ("text", "actor_id", "name", "country", "country_basis", "sector", "cameo")
FLAT_COLUMNS = [
    "id",
    "article_id",
    "incident_id",
    "retells",
    "sentence_index",
    "date",
    "date_precision",
    *[f"source_{k}" for k in PARTICIPANT_KEYS],
    *[f"target_{k}" for k in PARTICIPANT_KEYS],
    "cameo_code",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "acled_event_type",
    "acled_sub_event_type",
    "location_name",
    "location_country",
    "location_admin1",
    "location_admin2",
    "location_precision",
    "location_from",
    "latitude",
    "longitude",
    "fatalities",
    "quantities",
    "negated",
    "hypothetical",
    "future",
    "background",
    "reported_by",
    "evidence_sentence",
    "evidence_start",
    "evidence_end",
    "confidence",
    "pattern",
    "article_title",
    "article_url",
    "article_published",
]


def side(record: dict[str, Any], key: str) -> dict[str, Any]:
    return record.get(key) or {}


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat dict with ``FLAT_COLUMNS`` (lists as JSON text)."""
    row: dict[str, Any] = {
        k: record.get(k) for k in ("id", "article_id", "incident_id", "retells", "sentence_index", "date_precision")
    }
    day = event_day(record)
    row["date"] = day.isoformat() if day else None
    for prefix in ("source", "target"):
        p = side(record, prefix)
        for k in PARTICIPANT_KEYS:
            row[f"{prefix}_{k}"] = p.get(k)
    cameo, plover, acled = side(record, "cameo"), side(record, "plover"), side(record, "acled")
    loc, ev, art = side(record, "location"), side(record, "evidence"), side(record, "article")
    reported = side(record, "reported_by")
    row.update(
        cameo_code=cameo.get("code"),
        cameo_root=cameo.get("root"),
        cameo_name=cameo.get("name"),
        goldstein=cameo.get("goldstein"),
        quad_class=cameo.get("quad_class"),
        plover_type=plover.get("type"),
        plover_mode=plover.get("mode"),
        acled_event_type=acled.get("event_type"),
        acled_sub_event_type=acled.get("sub_event_type"),
        location_name=loc.get("name"),
        location_country=loc.get("country"),
        location_admin1=loc.get("admin1"),
        location_admin2=loc.get("admin2"),
        location_precision=location_precision(loc),
        location_from=loc.get("via") or loc.get("from"),
        latitude=loc.get("lat"),
        longitude=loc.get("lon"),
        fatalities=record.get("fatalities"),
        quantities=json.dumps(record.get("quantities") or [], ensure_ascii=False),
        negated=bool(record.get("negated")),
        hypothetical=bool(record.get("hypothetical")),
        future=bool(record.get("future")),
        background=bool(record.get("background")),
        reported_by=reported.get("name") or reported.get("text"),
        evidence_sentence=ev.get("sentence"),
        evidence_start=ev.get("start"),
        evidence_end=ev.get("end"),
        confidence=record.get("confidence"),
        pattern=record.get("pattern"),
        article_title=art.get("title"),
        article_url=art.get("url"),
        article_published=art.get("published"),
    )
    return row


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    """English pronouns (``data/export/pronouns.yaml``): mentions that are not names."""
    data = read_yaml(data_path("export", "pronouns.yaml")) or {}
    return frozenset(str(w).casefold() for w in data.get("en") or [])


def actor_name(p: dict[str, Any]) -> str:
    """The actor's resolved name, else the text that named it unless that is only a pronoun ("they")."""
    if not p:
        return ""
    if p.get("name"):
        return str(p["name"])
    text = " ".join(str(p.get("text") or "").split())
    return "" if text.casefold() in pronouns() else text


def location_precision(loc: dict[str, Any]) -> str | None:
    """place | district | province | country; a coder-only record (no gazetteer match) is a place when
    it names one, the country when it names only that."""
    if not loc or not (loc.get("name") or loc.get("country")):
        return None
    if loc.get("precision"):
        return str(loc["precision"])
    return "place" if loc.get("name") and loc.get("name") != country_name(loc.get("country")) else "country"


def factual(record: dict[str, Any]) -> bool:
    """Not negated and not hypothetical: what the dataset layouts (GDELT, ICEWS, ACLED) hold."""
    return not record.get("negated") and not record.get("hypothetical")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO-3 -> English short name, from the actor KB's country table."""
    rows = read_csv(data_path("actors", "countries.csv"), required=("iso3", "name"))
    return {r["iso3"].strip().upper(): r["name"].strip() for _, r in rows if r["iso3"]}


def country_name(iso3: str | None) -> str:
    return country_names().get((iso3 or "").upper(), iso3 or "")


@lru_cache(maxsize=1)
def sector_names() -> dict[str, str]:
    """Sector code -> its name in the actor KB ("GOV" -> "government")."""
    try:
        data = read_yaml(data_path("actors", "sectors.yaml")) or {}
    except DataError:
        return {}
    return {code: str(v.get("name") or code) for code, v in data.items() if isinstance(v, dict)}


def sector_name(code: str | None) -> str:
    if not code:
        return ""
    return sector_names().get(code, code).title()


def event_day(record: dict[str, Any]) -> date | None:
    """The event date as a day (the first day of its month or year when coarser), else None."""
    value = record.get("date")
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def coded_at(record: dict[str, Any]) -> datetime | None:
    value = side(record, "article").get("coded_at")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def publisher(record: dict[str, Any]) -> str:
    """The publisher: the host of the article URL, else its source name."""
    art = side(record, "article")
    url = art.get("url") or ""
    host = urlparse(url).hostname if url else None
    return (host or "").removeprefix("www.") or str(art.get("source") or "")


def numeric_id(event_id: str, digits: int = 12) -> int:
    """A stable integer from a hex event id (the first ``digits`` hex digits: 48 bits by default)."""
    try:
        return int(event_id[:digits], 16)
    except ValueError:
        return int.from_bytes(event_id.encode("utf-8")[:6], "big")


def write_tsv(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    row: Callable[[dict[str, Any]], list[Any]],
    header: list[str] | None,
) -> int:
    """The factual records as ``row`` lays them out, one TSV line each (after ``header`` when given);
    returns how many were written."""
    if header is not None:
        out.write(tsv_line(header))
    n = 0
    for record in records:
        if factual(record):
            out.write(tsv_line(safe_row(row(record))))
            n += 1
    return n


def tsv_line(values: list[Any]) -> str:
    """One line of plain tab-separated text (no quoting, as GDELT and ICEWS files are): tabs and
    line breaks inside a value become spaces."""
    return "\t".join(" ".join(str(v).split()) if isinstance(v, str) else str(v) for v in values) + "\n"

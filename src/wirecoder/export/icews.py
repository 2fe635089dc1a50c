"""The ICEWS coded event file layout: 20 tab-separated columns with a header row.

One row per factual event. Countries are written as English names (ICEWS does), sectors as their
names from the actor KB; "Intensity" is the CAMEO Goldstein score; "Story ID" is the article id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .columns import country_name, event_day, factual, numeric_id, publisher, sector_name, side, tsv_line
from .csvsafe import safe_row

COLUMNS = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
]


def _actor(p: dict[str, Any]) -> list[str]:
    if not p:
        return ["", "", ""]
    name = p.get("name") or p.get("text") or ""
    return [name, sector_name(p.get("sector")), country_name(p.get("country"))]


def row(record: dict[str, Any]) -> list[Any]:
    day = event_day(record)
    cameo, loc = side(record, "cameo"), side(record, "location")
    src, tgt = _actor(side(record, "source")), _actor(side(record, "target"))
    sentence = record.get("sentence_index")
    return [
        numeric_id(record["id"]),
        day.isoformat() if day else "",
        *src,
        cameo.get("name") or "",
        cameo.get("code") or "",
        "" if cameo.get("goldstein") is None else cameo["goldstein"],
        *tgt,
        record.get("article_id") or "",
        "" if sentence is None else sentence + 1,  # ICEWS numbers sentences from 1
        publisher(record),
        loc.get("name") or "",
        "",
        loc.get("admin1") or "",
        country_name(loc.get("country")) if loc else "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    out.write(tsv_line(COLUMNS))
    n = 0
    for record in records:
        if factual(record):
            out.write(tsv_line(safe_row(row(record))))
            n += 1
    return n

"""The ICEWS coded event file layout: 20 tab-separated columns with a header row.

One row per factual event. Countries are written as English names (ICEWS does), sectors as ICEWS lists
them (several, comma-separated, from ``data/export/sectors.yaml``); "Intensity" is the CAMEO Goldstein
score; "Story ID" is a number derived from the article id; a pronoun is never written as a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .codes import sector_entry
from .columns import actor_name, country_name, event_day, numeric_id, publisher, sector_name, side, write_tsv

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
    name = actor_name(p)
    if not name:
        return ["", "", ""]
    sectors = sector_entry(p.get("sector")).get("icews") or ([sector_name(p.get("sector"))] if p.get("sector") else [])
    return [name, ",".join(sectors), country_name(p.get("country"))]


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
        numeric_id(record.get("article_id") or ""),
        "" if sentence is None else sentence + 1,  # ICEWS numbers sentences from 1
        publisher(record),
        loc.get("name") if loc.get("precision") == "place" else "",
        loc.get("admin2") or "",
        loc.get("admin1") or "",
        country_name(loc.get("country")) if loc else "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """ICEWS event rows after a header line."""
    return write_tsv(records, out, row, header=COLUMNS)

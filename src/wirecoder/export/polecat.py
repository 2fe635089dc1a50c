"""The POLECAT event layout (PLOVER-coded, as the POLECAT weekly files): 40 tab-separated columns with a
header row. One row per factual event; ``docs/exports.md`` maps every column."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .. import __version__
from .codes import cow_code, place_feature, sector_entry
from .columns import actor_name, country_name, event_day, factual, publisher, side, tsv_line
from .csvsafe import safe_row

_ACTOR = ["Name", "Country", "COW", "Primary Sector", "Sectors", "Title", "Name Raw", "Wikipedia ID"]
COLUMNS = (
    ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts"]
    + [f"Actor {c}" for c in _ACTOR]
    + [f"Recipient {c}" for c in _ACTOR]
    + ["Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID"]
    + ["Raw Placename", "Feature Type", "Source", "Publication Date"]
    + ["Story People", "Story Organizations", "Story Locations", "Language", "Version"]
)
QUAD = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}
# GeoNames feature codes of the gazetteer's precisions
FEATURE = {"place": "PPL", "district": "ADM2", "province": "ADM1", "country": "PCLI"}


def contexts(record: dict[str, Any]) -> str:
    """PLOVER contexts implied by the sides' sectors (``plover_context`` in ``data/export/sectors.yaml``),
    semicolon-separated; "" when neither side implies one."""
    found = [sector_entry(side(record, k).get("sector")).get("plover_context") for k in ("source", "target")]
    return ";".join(sorted({c for c in found if c}))


def _actor(p: dict[str, Any]) -> list[Any]:
    name = actor_name(p)
    if not name:
        return [""] * len(_ACTOR)
    sector = sector_entry(p.get("sector")).get("polecat") or ""
    cow = cow_code(p.get("country"))
    raw = " ".join(str(p.get("text") or "").split())
    return [name, country_name(p.get("country")), "" if cow is None else cow, sector, sector, "", raw, ""]


def row(record: dict[str, Any]) -> list[Any]:
    day = event_day(record)
    cameo, plover, loc, art = (side(record, k) for k in ("cameo", "plover", "location", "article"))
    precision = loc.get("precision") or ""
    feature = place_feature(loc) if precision == "place" else None
    return [
        record["id"],
        day.isoformat() if day else "",
        (plover.get("type") or "").lower(),
        (plover.get("mode") or "").lower(),
        "" if cameo.get("goldstein") is None else cameo["goldstein"],
        QUAD.get(cameo.get("quad_class") or 0, ""),
        contexts(record),
        *_actor(side(record, "source")),
        *_actor(side(record, "target")),
        loc.get("name") or "",
        loc.get("name") if precision == "place" else "",
        loc.get("admin2") or "",
        loc.get("admin1") or "",
        country_name(loc.get("country")) if loc.get("country") else "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
        feature.geonames_id if feature else "",
        " ".join(str(loc.get("text") or "").split()),
        FEATURE.get(precision, ""),
        publisher(record),
        art.get("published") or "",
        *(";".join((art.get("story") or {}).get(k) or []) for k in ("people", "organizations", "locations")),
        art.get("language") or "",
        f"wirecoder {__version__}",
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    out.write(tsv_line(safe_row(COLUMNS)))
    n = 0
    for record in records:
        if factual(record) and side(record, "plover").get("type"):
            out.write(tsv_line(safe_row(row(record))))
            n += 1
    return n

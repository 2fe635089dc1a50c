"""The GDELT 2.0 event table layout: 61 tab-separated columns, no header (like ``*.export.CSV``).

One row per factual event (negated and hypothetical events are left out). Columns GDELT fills from
its own aggregation (NumMentions, NumSources, NumArticles) are 1, AvgTone is empty (wirecoder does
not score tone), and the *Geo_CountryCode columns carry ISO-3 codes where GDELT has FIPS 10-4.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .columns import coded_at, event_day, factual, numeric_id, side, tsv_line
from .csvsafe import safe_row

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR]
    + [f"Actor2{c}" for c in _ACTOR]
    + [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    + [f"Actor1Geo_{c}" for c in _GEO]
    + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)


def _actor(p: dict[str, Any]) -> list[Any]:
    cameo = p.get("cameo") or ""
    name = (p.get("name") or p.get("text") or "").upper() if p else ""
    return [cameo, name, p.get("country") or "", "", "", "", "", p.get("sector") or "", "", ""]


def _geo(loc: dict[str, Any]) -> list[Any]:
    if not loc or not (loc.get("name") or loc.get("country")):
        return [0, "", "", "", "", "", "", ""]
    # GDELT geo types: 1 country, 4 world city, 5 world state/ADM1
    name = loc.get("name") or ""
    gtype = 1 if not loc.get("lat") and not loc.get("admin1") else (5 if loc.get("admin1") == name else 4)
    full = ", ".join(x for x in (name, loc.get("admin1") if loc.get("admin1") != name else None) if x)
    return [
        gtype,
        full,
        loc.get("country") or "",
        loc.get("admin1") or "",
        "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
        "",
    ]


def row(record: dict[str, Any]) -> list[Any]:
    day = event_day(record)
    cameo = side(record, "cameo")
    code = cameo.get("code") or ""
    stamp = coded_at(record)
    fraction = round(day.year + (day.timetuple().tm_yday / 365.0), 4) if day else ""
    loc = side(record, "location")
    return [
        numeric_id(record["id"], 15),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        fraction,
        *_actor(side(record, "source")),
        *_actor(side(record, "target")),
        1 if record.get("sentence_index") == 0 else 0,
        code,
        code[:3],
        cameo.get("root") or code[:2],
        cameo.get("quad_class") or "",
        "" if cameo.get("goldstein") is None else cameo["goldstein"],
        1,
        1,
        1,
        "",
        *_geo({}),  # wirecoder locates the event, not each actor
        *_geo({}),
        *_geo(loc),
        stamp.strftime("%Y%m%d%H%M%S") if stamp else "",
        side(record, "article").get("url") or "",
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        if factual(record):
            out.write(tsv_line(safe_row(row(record))))
            n += 1
    return n

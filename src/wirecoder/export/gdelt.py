"""The GDELT 2.0 event table layout: 61 tab-separated columns, no header (like ``*.export.CSV``).

One row per factual event (negated and hypothetical events are left out). Geo country codes are FIPS
10-4 and ADM1 codes GDELT's (FIPS country + GeoNames admin1 code, "USPA"); AvgTone is the article's tone
(``tone.py``); NumMentions/NumSources/NumArticles come from the record when the store merged it with
other reports, else 1. ``docs/exports.md`` maps every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .codes import admin1_code, fips, place_feature
from .columns import actor_name, coded_at, country_name, event_day, numeric_id, side, write_tsv

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
    """Code, name, country, type: the name only beside a code (GDELT has no uncoded named actors), so an
    unresolved mention ("they") leaves the side empty; a bare country is coded by its ISO-3 (CAMEO's)."""
    code = (p.get("cameo") or p.get("country") or "") if p else ""
    if not code:
        return ["", "", "", "", "", "", "", "", "", ""]
    name = actor_name(p).upper()
    return [code, name, p.get("country") or "", "", "", "", "", p.get("sector") or "", "", ""]


def geo_type(loc: dict[str, Any]) -> int:
    """GDELT geo type from the location's precision: 1 country, 2 US state, 3 US city, 4 world city,
    5 world state (provinces and districts)."""
    precision = loc.get("precision")
    if not precision:  # a coder-only record: a named place without a gazetteer match
        precision = "place" if loc.get("name") and loc.get("name") != country_name(loc.get("country")) else "country"
    us = loc.get("country") == "USA"
    if precision == "country":
        return 1
    if precision == "place":
        return 3 if us else 4
    return 2 if us else 5


def _geo(loc: dict[str, Any]) -> list[Any]:
    if not loc or not loc.get("country"):
        return [0, "", "", "", "", "", "", ""]
    gtype = geo_type(loc)
    country = fips(loc["country"])
    lat, lon = loc.get("lat"), loc.get("lon")
    if gtype == 1:
        name = country_name(loc["country"])
        return [1, name, country, country, "", "" if lat is None else lat, "" if lon is None else lon, country]
    adm1 = admin1_code(loc)
    adm1 = f"{country}{adm1}" if adm1 and country else country
    names = [loc.get("name")]
    if loc.get("admin1") and loc.get("admin1") != loc.get("name"):
        names.append(loc.get("admin1"))
    names.append(country_name(loc["country"]))
    feature: Any = ""
    if gtype in (3, 4):
        found = place_feature(loc)
        feature = found.geonames_id if found else ""
    elif gtype in (2, 5):
        feature = adm1
    return [
        gtype,
        ", ".join(x for x in names if x),
        country,
        adm1,
        "",
        "" if lat is None else lat,
        "" if lon is None else lon,
        feature,
    ]


def _actor_geo(p: dict[str, Any]) -> list[Any]:
    """An actor's place: its country (type 1) at the gazetteer's country centroid."""
    iso3 = p.get("country") if p else None
    if not iso3 or not fips(iso3):
        return [0, "", "", "", "", "", "", ""]
    lat = lon = None
    try:
        from ..geo.gazetteer import load_gazetteer

        place = load_gazetteer().country(iso3)
        if place is not None:
            lat, lon = place.lat, place.lon
    except (OSError, ValueError):  # no gazetteer: the country without coordinates
        pass
    return _geo({"country": iso3, "precision": "country", "lat": lat, "lon": lon})


def row(record: dict[str, Any]) -> list[Any]:
    day = event_day(record)
    cameo = side(record, "cameo")
    code = cameo.get("code") or ""
    stamp = coded_at(record)
    fraction = round(day.year + (day.timetuple().tm_yday / 365.0), 4) if day else ""
    loc = side(record, "location")
    src, tgt = side(record, "source"), side(record, "target")
    tone = side(record, "article").get("tone")
    return [
        numeric_id(record["id"], 13),  # 52 bits: exact as a double (R, JavaScript)
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        fraction,
        *_actor(src),
        *_actor(tgt),
        1 if record.get("sentence_index") == 0 else 0,
        code,
        code[:3],
        cameo.get("root") or code[:2],
        cameo.get("quad_class") or "",
        "" if cameo.get("goldstein") is None else cameo["goldstein"],
        record.get("num_mentions") or 1,
        record.get("num_sources") or 1,
        record.get("num_articles") or 1,
        "" if tone is None else tone,
        *(_actor_geo(src) if _actor(src)[0] else _geo({})),
        *(_actor_geo(tgt) if _actor(tgt)[0] else _geo({})),
        *_geo(loc),
        stamp.strftime("%Y%m%d%H%M%S") if stamp else "",
        side(record, "article").get("url") or "",
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """GDELT 2.0 event rows (no header line, as GDELT's own files)."""
    return write_tsv(records, out, row, header=None)

"""The ACLED export layout: 31 comma-separated columns with a header row, as the current ACLED codebook
writes them (text actor types and interactions, regions, ACLED-style actor names).

Only factual events that wirecoder coded with an ACLED event type and that have a location are written
(ACLED holds political violence, demonstrations and strategic developments, each at a place; verbal
events have no ACLED type). ``docs/exports.md`` maps every column.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from typing import IO, Any
from urllib.parse import urlparse

from .codes import ACLED_INTER, acled_region, iso_numeric, sector_entry
from .columns import actor_name, coded_at, country_name, event_day, factual, numeric_id, publisher, side
from .csvsafe import safe_row
from .governments import period
from .outlets import source_scale

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

# ACLED time precision: 1 the day is known, 2 the week (or a few days), 3 only the month or a longer period.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def time_precision(record: dict[str, Any]) -> int | str:
    """ACLED's time_precision: 1 a known day, 2 a day known to within the week (a day the text gives as
    approximate, "around 14 March", "10-12 July"), 3 a month or year; "" when undated."""
    precision = _TIME_PRECISION.get(record.get("date_precision") or "", "")
    return 2 if precision == 1 and record.get("date_approximate") else precision


# ACLED geo precision: 1 the town itself, 2 a part of a region (district), 3 only a larger region.
_GEO_PRECISION = {"place": 1, "district": 2, "province": 3, "country": 3}
_POLITICAL_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    if event_type == "Protests":
        return (
            "Political violence; Demonstrations"
            if sub_event_type == "Excessive force against protesters"
            else "Demonstrations"
        )
    if event_type == "Riots":
        return "Political violence; Demonstrations" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def _sector(p: dict[str, Any]) -> str | None:
    # A state named bare ("Turkish drone strike", "France": actor_id = its country) acts through its forces
    # or government; people the text names with no actor ("shopkeepers" of Pakistan, no actor_id) do not.
    return p.get("sector") or ("GOV" if p.get("country") and p.get("actor_id") == p["country"] else None)


def inter_type(p: dict[str, Any], where: str | None, event_type: str | None = None) -> str:
    """ACLED actor type (current codebook label) from the actor's sector; state forces outside their
    own country are External/Other forces; in a protest the demonstrators are Protesters and in a riot
    Rioters, whatever their trade; "" when the sector says nothing."""
    sector = _sector(p) if p else None
    label = sector_entry(sector).get("acled_inter") or ""
    if label == "State forces":
        return "External/Other forces" if where and p.get("country") and p["country"] != where else label
    if event_type in ("Protests", "Riots") and (
        label in ("Civilians", "Protesters") or not (label or p.get("actor_id"))
    ):
        return "Protesters" if event_type == "Protests" else "Rioters"
    return label


def interaction(a: str, b: str) -> str:
    """The two actor types in codebook order joined by a hyphen ("State forces-Rebel group"), or
    "<type> only" for a one-sided event."""
    types = sorted((t for t in (a, b) if t), key=ACLED_INTER.index)
    if not types:
        return ""
    return f"{types[0]} only" if len(types) == 1 else f"{types[0]}-{types[1]}"


def _generic(p: dict[str, Any]) -> bool:
    """An actor known only by country and sector ("Pakistan (rebels)"), not a named group or person."""
    actor_id = p.get("actor_id")
    return not actor_id or actor_id in (p.get("country"), p.get("cameo"), f"{p.get('country')}{p.get('sector')}")


def actor_names(
    p: dict[str, Any], inter: str, event_type: str, where: str | None = None, day: date | None = None
) -> tuple[str, str]:
    """(actor, associated actor) in ACLED's style: state forces and generic actors by their country and
    type ("Military Forces of Pakistan (2022-2023)", with the period of the government in office on
    ``day`` where it is known; "Protesters (Pakistan)"; a non-state group of no known country
    by the event's, ``where``), named non-state actors by name; a named actor replaced by its type
    ("Civilians (Pakistan)") becomes the associated actor."""
    if not p:
        return "", ""
    own = actor_name(p)
    state = inter in ("State forces", "External/Other forces")
    iso3 = p.get("country") or (None if state else where)
    country = country_name(iso3) if iso3 else ""
    if inter in ("Protesters", "Rioters") and event_type in ("Protests", "Riots"):
        template = "Protesters ({country})" if inter == "Protesters" else "Rioters ({country})"
    else:
        template = sector_entry(_sector(p)).get("acled_name") or ""
    if not template or not country:
        return own, ""
    generic = template.format(country=country)
    if state:
        return generic + period(iso3, day), ""
    if _generic(p):
        return generic, ""
    return (generic, own) if inter in ("Civilians", "Protesters", "Rioters") else (own, "")


def _tags(record: dict[str, Any], event_type: str) -> str:
    """ACLED's crowd-size tag on demonstrations: the number of protesters reported, else "no report"."""
    if event_type not in ("Protests", "Riots"):
        return ""
    for q in record.get("quantities") or []:
        if q.get("kind") in ("protesters", "people", "demonstrators", "crowd") and q.get("value"):
            approx = f"{q['approx']} " if q.get("approx") else ""
            return f"crowd size={approx}{q['value']}"
    return "crowd size=no report"


def row(record: dict[str, Any]) -> list[Any]:
    acled, loc, src, tgt = (
        side(record, "acled"),
        side(record, "location"),
        side(record, "source"),
        side(record, "target"),
    )
    day = event_day(record)
    where = loc.get("country")
    etype, sub = acled.get("event_type") or "", acled.get("sub_event_type")
    i1, i2 = inter_type(src, where, etype), inter_type(tgt, where)
    actor1, assoc1 = actor_names(src, i1, etype, where, day)
    actor2, assoc2 = actor_names(tgt, i2, etype, where, day)
    stamp = coded_at(record)
    lat, lon = loc.get("lat"), loc.get("lon")
    civilian = etype == "Violence against civilians" or (etype in _POLITICAL_VIOLENCE and i2 == "Civilians")
    precision = loc.get("precision") or ("country" if loc.get("name") == country_name(where) else "place")
    admin2 = loc.get("admin2") if loc.get("admin2") != loc.get("admin1") else None
    return [
        f"{where}{numeric_id(record['id'])}",
        day.isoformat() if day else "",
        day.year if day else "",
        time_precision(record),
        disorder_type(etype, sub),
        etype,
        sub or "",
        actor1,
        assoc1,
        i1,
        actor2,
        assoc2,
        i2,
        interaction(i1, i2),
        "Civilian targeting" if civilian else "",
        iso_numeric(where) or "",
        acled_region(where),
        country_name(where),
        loc.get("admin1") or "",
        admin2 or "",
        "",  # admin3: the gazetteer has no third-level divisions
        loc.get("name") or country_name(where),
        "" if lat is None else lat,
        "" if lon is None else lon,
        _GEO_PRECISION.get(precision, 3),
        publisher(record),
        source_scale(urlparse(side(record, "article").get("url") or "").hostname or "", where),
        side(record, "evidence").get("sentence") or "",
        record.get("fatalities") or 0,
        _tags(record, etype),
        int(stamp.timestamp()) if stamp else "",
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for record in records:
        if factual(record) and side(record, "acled").get("event_type") and side(record, "location").get("country"):
            writer.writerow(safe_row(row(record)))
            n += 1
    return n

"""The ACLED export layout: 31 comma-separated columns with a header row.

Only factual events that wirecoder coded with an ACLED event type are written (ACLED holds
political violence, demonstrations and strategic developments; verbal events have no ACLED type).
``iso`` is the ISO 3166-1 numeric code (``data/export/iso_numeric.csv``); ``region`` is left empty
(the package has no table of ACLED's regions).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from .columns import coded_at, country_name, event_day, factual, iso_numeric, numeric_id, publisher, side
from .csvsafe import safe_row

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

_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_STATE = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
_REBEL = {"REB", "INS", "SEP"}
_CIVILIAN = {"CVL", "MED", "EDU", "HLH", "REL", "BUS", "NGO", "LAB", "AGR", "REF", "ELI", "JRN", "HRI"}


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


def inter_code(p: dict[str, Any], where: str | None, event_type: str | None = None) -> int | None:
    """ACLED actor type: 1 state forces (8 outside their country), 2 rebels, 3 political militias
    (unidentified armed groups, gangs), 5 rioters, 6 protesters, 7 civilians; None when the sector says
    nothing. In a protest the demonstrators are protesters, in a riot rioters, whatever their trade."""
    if not p:
        return None
    # A state named bare ("Turkish drone strike", "France") acts through its forces or government.
    sector = p.get("sector") or ("GOV" if p.get("country") and p.get("actor_id") in (None, p["country"]) else None)
    if not sector:
        return None
    if sector in _STATE:
        return 8 if where and p.get("country") and p["country"] != where else 1
    if sector in _REBEL:
        return 2
    if sector in ("UAF", "PMIL", "CRM"):
        return 3
    if event_type in ("Protests", "Riots") and sector not in _STATE:
        return 6 if event_type == "Protests" else 5
    if sector in ("PRO", "OPP"):
        return 6
    if sector in _CIVILIAN:
        return 7
    return None


def interaction(a: int | None, b: int | None) -> int | str:
    codes = sorted(c for c in (a, b) if c is not None)
    if not codes:
        return ""
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


def row(record: dict[str, Any]) -> list[Any]:
    acled, loc, src, tgt = (
        side(record, "acled"),
        side(record, "location"),
        side(record, "source"),
        side(record, "target"),
    )
    day = event_day(record)
    where = loc.get("country") or src.get("country") or tgt.get("country")
    etype, sub = acled.get("event_type") or "", acled.get("sub_event_type")
    i1, i2 = inter_code(src, loc.get("country"), etype), inter_code(tgt, loc.get("country"))
    stamp = coded_at(record)
    lat, lon = loc.get("lat"), loc.get("lon")
    civilian = (
        "Civilian targeting"
        if tgt.get("sector") in _CIVILIAN and disorder_type(etype, sub).startswith("Political")
        else ""
    )
    return [
        f"{where or 'XXX'}{numeric_id(record['id'])}",
        day.isoformat() if day else "",
        day.year if day else "",
        _PRECISION.get(record.get("date_precision") or "", ""),
        disorder_type(etype, sub),
        etype,
        sub or "",
        src.get("name") or src.get("text") or "",
        "",
        "" if i1 is None else i1,
        tgt.get("name") or tgt.get("text") or "",
        "",
        "" if i2 is None else i2,
        interaction(i1, i2),
        civilian,
        iso_numeric().get(where or "", ""),
        "",
        country_name(where),
        loc.get("admin1") or "",
        "",
        "",
        loc.get("name") or "",
        "" if lat is None else lat,
        "" if lon is None else lon,
        (1 if loc.get("name") and loc.get("name") != country_name(loc.get("country")) else 3) if loc else "",
        publisher(record),
        "",
        side(record, "evidence").get("sentence") or "",
        record.get("fatalities") or 0,
        "",
        int(stamp.timestamp()) if stamp else "",
    ]


def write(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for record in records:
        if factual(record) and side(record, "acled").get("event_type"):
            writer.writerow(safe_row(row(record)))
            n += 1
    return n

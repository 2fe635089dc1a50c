"""Places told as a distance from a town: "about 15 km east of Dori", "40 kilometres north of the capital
Bamako", "some 20 miles from Goma". The event happened within that distance of the town, so when the
sentence gives nothing finer than a province (an unlisted village, a region), the town is its place, as
long as the distance is short enough for the town to stand for it."""

from __future__ import annotations

import math
import re
from typing import Any

from .gazetteer import Gazetteer, Place

NEAR_ENOUGH_KM = 50.0  # farther than this, the town is no better a point than its province
_MILE_KM = 1.609
_DIRECTION = (
    r"(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?"
    r"|(?:north|south)[- ]?(?:east|west)|NE|NW|SE|SW|N|S|E|W)"
)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_OFFSET = re.compile(
    r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)\b"
    rf"(?:\s+(?:to\s+the\s+)?{_DIRECTION})?\s+(?:of|from|outside)\s+(?:the\s+(?:town|city|village|capital)\s+(?:of\s+)?)?"
    rf"(?P<name>{_NAME})"
)


def offset_anchor(
    text: str, start: int, end: int, gazetteer: Gazetteer, ctx: dict[str, float]
) -> tuple[Place, str] | None:
    """The town a short distance from which the sentence ``text[start:end]`` places something, with its
    name as written; None when there is none, it is too far, or the gazetteer knows no town by that name."""
    for m in _OFFSET.finditer(text, start, end):
        distance = float(m.group("n").replace(",", "."))
        if m.group("unit").startswith("mile"):
            distance *= _MILE_KM
        if distance > NEAR_ENOUGH_KM:
            continue
        words = m.group("name").split()
        for n in range(len(words), 0, -1):  # "Dori, Sahel region" -> "Dori"; "Dera Ismail Khan" whole
            name = " ".join(words[:n])
            place = gazetteer.lookup(name, ctx)
            if place is not None and place.precision == "place":
                return place, name
    return None


def placed_near(record: dict[str, Any] | None) -> bool:
    """Whether ``record`` (a location) is coarser than a town: none, a country or a province."""
    return record is None or record.get("precision") in (None, "country", "province")


def off_anchor(record: dict[str, Any] | None, anchor: Place) -> bool:
    """Whether ``record`` is a place too far from ``anchor`` to be the one the sentence puts a short distance
    from it ("Hassa, 30 km west of Kidal" found as a namesake abroad): the anchor is then the better point."""
    if not record or record.get("lat") is None or record.get("lon") is None:
        return True
    lat1, lon1, lat2, lon2 = map(math.radians, (record["lat"], record["lon"], anchor.lat, anchor.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) > 2 * NEAR_ENOUGH_KM

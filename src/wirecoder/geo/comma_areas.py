"""A province written after a town and a comma whose bare name the gazetteer ranks as a bigger town
abroad: "Santa Cruz, Laguna" (Laguna is a Philippine province and a Californian town), "San Fernando,
Pampanga". The area counts as the town's container when one of the town's namesakes lies in it and the
area's country has no town of that name (else "Kabul, Kandahar and Herat" is a list of towns)."""

from __future__ import annotations

import math
import re

from .gazetteer import Gazetteer, Place
from .names import normalize

_AREAS = frozenset({"district", "province"})
_TOWN_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:\s+(?:de|del|da|do|la)?\s*[A-Z][\w'’.-]*){0,3})\s*$")
_CLOSE_KM = 150.0


def _km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _in_area(town: Place, area: Place) -> bool:
    if not set(town.countries) & set(area.countries):
        return False
    a, b = normalize(town.admin1 or ""), normalize(area.admin1 or "")
    same_admin = bool(a and b) and (a.startswith(b) or b.startswith(a))
    return same_admin and _km(town, area) <= _CLOSE_KM or normalize(town.admin2 or "") == normalize(area.name)


def namesake_area(gazetteer: Gazetteer, text: str, end: int, name: str) -> Place | None:
    """The district or province ``name`` (written after the town that ends at ``end`` of ``text``) in
    which a namesake of that town lies; None when there is none or the name is a town there too."""
    m = _TOWN_BEFORE.search(text[max(0, end - 60) : end])
    if m is None:
        return None
    towns = [p for p in gazetteer.candidates(m.group(1), {}) if p.precision == "place"]
    named = gazetteer.candidates(name, {})
    for area in (p for p in named if p.precision in _AREAS):
        if any(p.precision == "place" and set(p.countries) & set(area.countries) for p in named):
            continue  # a town of that name in the area's country: a list of towns, not a container
        if any(_in_area(town, area) for town in towns):
            return area
    return None

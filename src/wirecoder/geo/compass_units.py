"""Districts named after their seat and a compass word ("Yirol West county", "Tonj North", "Rumbek East
county" in South Sudan; "Kisumu East" in Kenya): when the gazetteer lacks the district, its seat stands for
it, at district precision under the name as written; a compass district of a city ("Karachi West district")
lies in it, so the city stands as itself. Words: ``compass_suffixes`` and ``compass_units`` of
data/places/area_words.yaml."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..yamlfiles import data_path, read_yaml

_SEAT_PRECISIONS = frozenset({"place", "district"})
_CITY_POPULATION = 100_000  # a seat this big is a city its compass districts divide, not a rural county's town


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml(data_path("places", "area_words.yaml"))
    return frozenset(map(str, data["compass_suffixes"])), frozenset(map(str, data["compass_units"]))


def compass_stem(text: str) -> str | None:
    """The seat's name in a compass-named district ("Yirol" of "Yirol West county"), else None."""
    compass, units = _words()
    words = text.split()
    if words and words[-1].lower() in units:
        words = words[:-1]
    if len(words) < 2 or words[-1].lower() not in compass or not words[-1][0].isupper():
        return None
    if not all(w[0].isupper() for w in words[:-1]):
        return None
    return " ".join(words[:-1])


def compass_seat(match: Any, text: str) -> Any | None:
    """A gazetteer match of the seat, turned into the district named ``text`` (same point, district
    precision), the city itself when the seat is a city, or None when the seat is an area wider than a district."""
    if match.place.precision not in _SEAT_PRECISIONS:
        return None
    if match.place.precision == "place" and match.place.population >= _CITY_POPULATION:
        return match
    district = replace(match.place, name=" ".join(text.split()), precision="district", kind="district")
    return replace(match, place=district)

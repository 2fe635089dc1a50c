"""An area written after a town as a second "in" phrase: "in Zamora, in Mexico's western Michoacan state",
"in Kaya, in the Centre-Nord region", "in Zamora, in the western state of Michoacan". Wire copy names the
town's province this way as often as with a bare comma ("Zamora, Michoacan"). The phrase counts as the
town's container only when it is plainly an area: a unit word follows the name ("Michoacan state") or
leads it ("the state of Michoacan"), and the gazetteer knows a district or province of that name (in the
country the possessive names, when one does); "in Kabul, in Kandahar" stays a list of towns."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import Gazetteer, Place

_NAME = r"[A-Z][\w'’.-]*(?:(?:\s+(?:de|del|da|do|dos|du)(?:\s+la)?)?\s+[A-Z][\w'’.-]*){0,3}"
_LOWER = r"(?:[a-z][\w-]*\s+){0,3}"  # "western", "restive north-central"
_OWNER = rf"(?:(?P<owner>{_NAME})['’]s?\s+)"
_AREAS = frozenset({"district", "province"})


def _patterns(units: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    unit = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    after = re.compile(rf"\s*,\s*in\s+(?:the\s+)?{_OWNER}?{_LOWER}(?P<name>{_NAME})\s+(?P<unit>{unit})\b")
    of = re.compile(rf"\s*,\s*in\s+(?:the\s+)?{_OWNER}?{_LOWER}(?P<unit>{unit})\s+of\s+(?:the\s+)?(?P<name>{_NAME})")
    return after, of


def in_container(text: str, end: int, gazetteer: Gazetteer, units: Iterable[str]) -> Place | None:
    """The district or province named by an "in" phrase right after the place ending at ``end``, or None."""
    tail = text[end : end + 120]
    for pattern in _patterns(units):
        m = pattern.match(tail)
        if m is None:
            continue
        owner = m.group("owner")
        countries: set[str] = set()
        if owner:
            place = gazetteer.lookup(owner, alternates=False)
            if place is None or place.precision != "country":
                continue  # "in Ali's home district": no country owns the area
            countries = set(place.countries)
        name, unit = m.group("name"), m.group("unit")
        ctx = {c: 3.0 for c in countries}
        for wording in (f"{name} {unit}", name):
            for area in gazetteer.candidates(wording, ctx):
                if area.precision in _AREAS and (not countries or set(area.countries) & countries):
                    return area
    return None

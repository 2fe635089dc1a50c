"""Places told as a stretch of road between two towns: "on the road between Gao and Ansongo", "on the
highway linking Kaduna and Abuja", "on the route from Zaria to Kano". The event happened on that road; the
first town named is the point to give it when the sentence has nothing finer than a province or a country
(ACLED-style coding places such an event at one end of the stretch). A bare "between Douentza and Boni" of
an ambush or a clash is read the same way (the first town), when both names are towns of one country: "a
clash between Armenia and Azerbaijan" names sides, "talks between Kabul and Islamabad" two governments."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Place

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_ROAD = r"(?:road|highway|motorway|expressway|route|axis|stretch|corridor|track|supply\s+route)"
# A stretch that runs from a town to a frontier ("the road linking Sikasso to the border with Burkina Faso", "the
# route from Kidal towards the Algerian border"): the town is its one named end; the country across is no place.
_FRONTIER = r"the\s+(?:[A-Z][\w'’-]+\s+)?(?:border|frontier)\b"
_BETWEEN = re.compile(
    rf"\b{_ROAD}\s+(?:between|linking|connecting|joining|from)\s+(?:the\s+(?:towns?|cities|city|villages?)\s+of\s+)?"
    rf"(?P<first>{_NAME})\s*(?:,\s*[A-Z][\w'’-]+\s*)?(?:and|to|with|towards)\s+(?:{_FRONTIER}|(?P<second>{_NAME}))"
)
# "ambushed a convoy between Douentza and Boni": no road noun, both ends towns (checked by ``_bare_ends``)
_BARE = re.compile(
    rf"\bbetween\s+(?:the\s+(?:towns?|cities|villages?)\s+of\s+)?(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})"
)
# "the Gao-Ansongo road", "the Kabul–Jalalabad highway"
_JOINED = re.compile(rf"\b(?P<first>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s*[-–]\s*(?P<second>[A-Z][\w'’]+)\s+{_ROAD}\b")


def _town(gazetteer: Gazetteer, name: str, ctx: dict[str, float]) -> Place | None:
    words = name.split()
    for n in range(len(words), 0, -1):
        place = gazetteer.lookup(" ".join(words[:n]), ctx)
        if place is not None and place.precision == "place":
            return place
    return None


def _bare_ends(m: re.Match[str], gazetteer: Gazetteer, ctx: dict[str, float]) -> bool:
    """Whether both ends of a bare "between A and B" are towns of one country."""
    first, second = _town(gazetteer, m.group("first"), ctx), _town(gazetteer, m.group("second"), ctx)
    return first is not None and second is not None and bool(set(first.countries) & set(second.countries))


def _stretches(
    text: str, start: int, end: int, gazetteer: Gazetteer, ctx: dict[str, float], bare: bool
) -> list[re.Match[str]]:
    found = [m for pattern in (_BETWEEN, _JOINED) for m in pattern.finditer(text, start, end)]
    if bare and not found:
        found = [m for m in _BARE.finditer(text, start, end) if _bare_ends(m, gazetteer, ctx)]
    return found


def road_anchor(
    text: str, start: int, end: int, gazetteer: Gazetteer, ctx: dict[str, float], bare: bool = False
) -> tuple[Place, str] | None:
    """The first town of a road stretch named in ``text[start:end]``, with its name as written; None when the
    sentence names no such stretch or the gazetteer knows neither end as a town. ``bare``: a stretch told
    without a road noun counts too (for violent acts)."""
    for m in _stretches(text, start, end, gazetteer, ctx, bare):
        for group in ("first", "second"):
            words = (m.group(group) or "").split()
            for n in range(len(words), 0, -1):  # "Gao and Ansongo": "Gao"; "Dera Ismail Khan" whole
                name = " ".join(words[:n])
                place = gazetteer.lookup(name, ctx)
                if place is not None and place.precision == "place":
                    return place, name
    return None


def second_end(
    text: str, start: int, end: int, name: str, gazetteer: Gazetteer, ctx: dict[str, float], bare: bool = False
) -> bool:
    """Is ``name`` the second town of a road stretch named in ``text[start:end]`` ("between Mopti and Sevare":
    Sevare), which gives way to the first?"""
    for m in _stretches(text, start, end, gazetteer, ctx, bare):
        second = m.group("second")
        if second is not None and (second.startswith(name) or name.startswith(second)):
            return name.split()[0] != m.group("first").split()[0]
    return False

"""Towns the tagger misses before the province that holds them: "clashed in villages outside Kalemie in
Tanganyika province" (the tagger calls Kalemie an organisation and hangs it on "province"), "near Mueda,
Cabo Delgado". The name counts as a town only when the gazetteer files a town of that whole name in the
very province or district written after it, so a man's name ("Musa Bida in Niger State") is no town:
"Musa Bida" is filed nowhere.
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Gazetteer, Place
from .in_containers import _LOWER, _NAME, _OWNER
from .place_words import admin_words, alternation

_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "PRODUCT", "MONEY"})
_AREAS = frozenset({"district", "province"})


def _after() -> re.Pattern[str]:
    unit = alternation(admin_words()["area"])
    return re.compile(rf"\s*(?:,\s*)?(?:in\s+)?(?:the\s+)?{_OWNER}?{_LOWER}(?P<name>{_NAME})(?:\s+(?P<unit>{unit})\b)?")


def contained_towns(
    doc: Any, text: str, sentence: Any, taken: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Any]:
    """``(start, end, first token, end token, areas)`` of each proper name no place span covers that the
    gazetteer files as a town inside the area named right after it."""
    out: list[Any] = []
    pattern = _after()
    for tok in sentence:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ in _NOT_PLACES:
            continue
        first = tok.i
        while first > tok.sent.start and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        start, end = doc[first].idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken) or any(
            doc[i].ent_type_ in _NOT_PLACES for i in range(first, tok.i)
        ):
            continue
        m = pattern.match(text, end)
        if m is None or not (m.group(0).lstrip().startswith((",", "in "))):
            continue
        area = _area(gazetteer, m.group("name"), m.group("unit"))
        if area is None:
            continue
        if _town_in(gazetteer, text[start:end], area) is not None:
            out.append((start, end, first, tok.i + 1, (area,)))
    return out


def _area(gazetteer: Gazetteer, name: str, unit: str | None) -> Place | None:
    for wording in (f"{name} {unit}", name) if unit else (name,):
        for area in gazetteer.candidates(wording):
            if area.precision in _AREAS:
                return area
    return None


def _town_in(gazetteer: Gazetteer, name: str, area: Place) -> Place | None:
    """The town of ``name`` the gazetteer files in ``area`` (its province, or its district's province)."""
    province = area.name if area.precision == "province" else area.admin1
    for place in gazetteer.candidates(name):
        if place.precision == "place" and place.name.lower() == name.lower() and area.country in place.countries:
            if province is not None and place.admin1 is not None and _same(place.admin1, province):
                return place
    return None


def _same(a: str, b: str) -> bool:
    return a.lower().replace("-", " ") == b.lower().replace("-", " ")

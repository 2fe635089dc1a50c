"""The place an incident note writes in its own shape: "in Kisumu town (Kisumu)", "near Bumba (Gombe,
Mbeya)", "in Lamu area of Mpeketoni district (Lamu)". The tagger often misses such a name (it reads a town
as a person or an organisation), so an event of that sentence would be placed by its actor's country. This
reads the shape from the text: the named place inside the bracketed areas, else the unit it is written in
("Mpeketoni district"), else the finest bracketed area the gazetteer knows.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .gazetteer import Gazetteer, Place
from .names import normalize

_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:al-|el-|de |del |da )?[A-Z][\w'’.-]*){0,3}"
_UNITS = (
    "town|city|village|area|district|township|county|locality|region|province|subdistrict|sub-district|tehsil|"
    "municipality|commune|department|governorate|camp|neighbourhood|neighborhood|LGA|upazila|cercle"
)
# Where a note writes its place: after a place preposition, a name, its unit word, the unit it lies in, then
# the bracketed areas, finest first ("in X area of Y district (Z)", "near X (Y, Z)").
_SHAPE = re.compile(
    rf"\b(?:in|near|at|around|outside|between|of|inside|over|across)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<name>{_NAME})(?:\s+(?P<unit>{_UNITS}))?"
    rf"(?:\s+of\s+(?P<cont>{_NAME})(?:\s+(?:{_UNITS}))?)?"
    rf"\s*\((?P<a>{_NAME})(?:,\s*(?P<b>{_NAME}))?(?:,\s*(?P<c>{_NAME}))?\)"
)
_FINER = {"place": 0, "district": 1, "province": 2, "country": 3}


@cache
def _country_names() -> frozenset[str]:
    """Lower-case country names: "(Pakistan)" after an actor's name is its country, not a place's area."""
    import pycountry

    names = {normalize(c.name) for c in pycountry.countries}
    names |= {normalize(getattr(c, "common_name", "")) for c in pycountry.countries}
    return frozenset(n for n in names if n)


def note_place(text: str, gazetteer: Gazetteer) -> tuple[Place, str, tuple[str, ...]] | None:
    """The place of the first note-shaped phrase of ``text`` (one sentence), the words it was read from and
    the bracketed areas' names."""
    for m in _SHAPE.finditer(text):
        areas_text = [m.group(g) for g in ("a", "b", "c") if m.group(g)]
        if any(a.isupper() for a in areas_text):
            continue  # "(AP)", "(UN)": an outlet or an acronym
        if any(normalize(a) in _country_names() for a in areas_text[-1:]) and len(areas_text) == 1:
            continue  # "Turi Tribal Militia (Pakistan)": an actor's country
        areas = [p for p in (_area(gazetteer, a) for a in reversed(areas_text)) if p is not None]
        if not areas:
            continue
        countries = set(areas[0].countries)
        found = _inside(gazetteer, m.group("cont"), areas, countries) if m.group("cont") else None
        named = _inside(gazetteer, m.group("name"), areas, countries)
        if named is not None and (found is None or named.precision == "place"):
            return named, m.group("name"), tuple(areas_text)
        if found is not None:
            return found, m.group("cont"), tuple(areas_text)
        return min(areas, key=lambda p: _FINER.get(p.precision, 4)), m.group(0), tuple(areas_text)
    return None


def _area(gazetteer: Gazetteer, name: str) -> Place | None:
    """The area a bracket names: a district or province first, else a town of that name."""
    found = gazetteer.candidates(name, {})
    areas = [p for p in found if p.precision in {"district", "province"}]
    best = areas or found
    return best[0] if best else None


def _inside(gazetteer: Gazetteer, name: str, areas: list[Place], countries: set[str]) -> Place | None:
    """The namesake of ``name`` in the bracketed areas' country, in one of their provinces when they give one."""
    ctx = {c: 3.0 for c in countries}
    admin1 = {normalize(a.admin1) for a in areas if a.admin1}
    fits = [p for p in gazetteer.candidates(name, ctx) if set(p.countries) & countries]
    inside = [p for p in fits if p.admin1 and normalize(p.admin1) in admin1]
    best = inside or fits
    if not best:
        return None
    best.sort(key=lambda p: _FINER.get(p.precision, 4))
    return best[0]


def mend_note_place(record: dict[str, Any] | None, text: str, gazetteer: Gazetteer, ctx: dict[str, float]) -> Any:
    """``record`` unless the sentence's note-shaped place is finer, the record came from an actor's country,
    or it is only a bracketed area ("(Kirkuk)" read as the city while the note says "Daquq district (Kirkuk)")."""
    found = note_place(text, gazetteer)
    if found is None:
        return record
    place, words, brackets = found
    if record and record.get("from") != "actor":
        bracketed = str(record.get("text") or "") in brackets and words not in brackets
        if not bracketed and _FINER.get(str(record.get("precision")), 4) <= _FINER.get(place.precision, 4):
            return record
    return {**place.location(ctx), "text": words, "via": "sentence", "from": "text"}

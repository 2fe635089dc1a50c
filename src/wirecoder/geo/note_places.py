"""The place an incident note writes in its own shape: "in Kisumu town (Kisumu)", "near Bumba (Gombe,
Mbeya)", "in Lamu area of Mpeketoni district (Lamu)". The tagger often misses such a name (it reads a town
as a person or an organisation), so an event of that sentence would be placed by its actor's country. This
reads the shape from the text: the named place inside the bracketed areas, else the unit it is written in
("Mpeketoni district"), else the finest bracketed area the gazetteer knows.
"""

from __future__ import annotations

import re
from functools import cache
from math import asin, cos, radians, sin, sqrt
from typing import Any

from .gazetteer import Gazetteer, Place
from .names import normalize
from .place_words import name_joints

# a lowercase joint may stand inside a name ("Pachir wa Agam district (Nangarhar)", area_words name_joints)
_JOINTS = "|".join(sorted(map(re.escape, name_joints()), key=len, reverse=True))
_NAME = rf"[A-Z][\w'’.-]*(?:[ -](?:al-|el-|de |del |da |(?:{_JOINTS}) )?[A-Z][\w'’.-]*){{0,3}}"
_UNITS = (
    "town|city|village|area|district|township|county|locality|region|province|subdistrict|sub-district|tehsil|"
    "municipality|commune|department|governorate|camp|neighbourhood|neighborhood|LGA|upazila|cercle|territory|"
    "zone|woreda|prefecture|oblast|raion|chiefdom|state"
)
# a bracketed area may carry its unit word, lower-case: "(Lubero territory, North Kivu)", "(Magway region)"
_AREA = rf"{_NAME}(?:\s+(?:{_UNITS}))?"
# Where a note writes its place: after a place preposition or right after a verb ("recaptured X town (Y)"), a name, its unit word, the unit it lies in, then
# the bracketed areas, finest first ("in X area of Y district (Z)", "near X (Y, Z)").
_SHAPE = re.compile(
    rf"\b(?:(?:in|near|at|around|outside|between|of|inside|over|across)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?|[a-z]+ed\s+)"
    rf"(?P<name>{_NAME})(?:\s+(?P<unit>{_UNITS}))?"
    rf"(?:\s+of\s+(?P<cont>{_NAME})(?:\s+(?:{_UNITS}))?)?"
    rf"\s*\((?P<a>{_AREA})(?:,\s*(?P<b>{_AREA}))?(?:,\s*(?P<c>{_AREA}))?\)"
)
_WIDE_UNITS = frozenset({"region", "province", "state", "oblast", "governorate"})  # "(Magway region)": the region
_GLOSS = re.compile(r"\s*\([^)]*\)")  # "Central Visayas (Region VII)": the bracketed gloss of a province's name
_NEAR_KM = 150.0  # a district's town lies this close to its centroid
_FINER = {"place": 0, "district": 1, "province": 2, "country": 3}


@cache
def _country_names() -> frozenset[str]:
    """Lower-case country names: "(Pakistan)" after an actor's name is its country, not a place's area."""
    import pycountry

    names = {normalize(c.name) for c in pycountry.countries}
    names |= {normalize(getattr(c, "common_name", "")) for c in pycountry.countries}
    return frozenset(n for n in names if n)


#: Compass words that name regions in many countries ("North", "Centre"): alone in a bracket they place nothing
#: unless the town before them is found inside the region.
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "centre", "center", "central", "north-west", "northwest", "north-east"}
    | {"northeast", "south-west", "southwest", "south-east", "southeast"}
)


def note_place(text: str, gazetteer: Gazetteer) -> tuple[Place, str, tuple[str, ...]] | None:
    """The place of the first note-shaped phrase of ``text`` (one sentence), the words it was read from and
    the bracketed areas' names. A name the gazetteer knows in the areas' country but not inside them gives none
    (the bracket is then read wrongly); a bracket naming no area gives none ("(North)" is no town in Utah)."""
    for m in _SHAPE.finditer(text):
        areas_text = [m.group(g) for g in ("a", "b", "c") if m.group(g)]
        if any(a.isupper() for a in areas_text):
            continue  # "(AP)", "(UN)": an outlet or an acronym
        if len(areas_text) == 1 and normalize(areas_text[0]) in _country_names():
            continue  # "Turi Tribal Militia (Pakistan)": an actor's country
        areas = [p for a in reversed(areas_text) for p in _areas(gazetteer, a)]
        if not areas:
            continue
        countries = {_country(gazetteer, m.group("name"), areas_text, areas)}
        areas = [p for p in areas if set(p.countries) & countries]
        found = _inside(gazetteer, m.group("cont"), areas, countries) if m.group("cont") else None
        named = _inside(gazetteer, m.group("name"), areas, countries)
        if named is not None and (found is None or named.precision == "place"):
            return named, m.group("name"), tuple(areas_text)
        if found is not None:
            return found, m.group("cont"), tuple(areas_text)
        known = any(set(p.countries) & countries for p in gazetteer.candidates(m.group("name"), {}))
        if known and not any(a.precision == "district" for a in areas):
            continue  # known in that country, but not in the areas read: trust neither
        if len(areas_text) == 1 and normalize(areas_text[0]) in _DIRECTIONS:
            continue  # "Metula (North)": a bare compass word names a region only for a town found inside it
        return _finest(gazetteer, areas_text, countries), m.group(0), tuple(areas_text)
    return None


def _country(gazetteer: Gazetteer, name: str, areas_text: list[str], areas: list[Place]) -> str:
    """The country the widest bracketed area is in ("Nord" is in Haiti, Burkina Faso and France): the one where
    the other areas and the name are found too, else the first."""
    widest = [c for p in _areas(gazetteer, areas_text[-1]) for c in p.countries]
    named = {c for p in gazetteer.candidates(name, {}) for c in p.countries}

    def fit(country: str) -> int:
        return sum(country in p.countries for p in areas) + 2 * (country in named)

    pool = [*widest, *(c for p in areas for c in p.countries)]  # a name of many provinces lists only some
    return max(pool, key=fit)


def _finest(gazetteer: Gazetteer, areas_text: list[str], countries: set[str]) -> Place:
    """The first bracketed area (in written order) found in ``countries``: the finest written; the last of
    several is the province ("(Kawlin, Sagaing)": the Sagaing region, not its namesake district)."""
    for n, text in enumerate(areas_text):
        found = [p for p in _areas(gazetteer, text) if set(p.countries) & countries]
        found = _in_later(gazetteer, text, found, areas_text[n + 1 :], countries)
        if not found:
            continue
        if (n == len(areas_text) - 1 and n > 0) or text.split()[-1].lower() in _WIDE_UNITS:
            found.sort(key=lambda p: p.precision != "province")
        elif len(areas_text) == 1 and _namesake_of_province(found):
            found.sort(key=lambda p: p.precision != "province")  # "Taxco (Guerrero)": the state, not Chihuahua's
        else:
            found.sort(key=lambda p: _FINER.get(p.precision, 4))
        return found[0]
    raise LookupError(areas_text)  # never: the caller found an area in ``countries``


def _namesake_of_province(found: list[Place]) -> bool:
    """Whether a lone bracket's name is a province's and also a district's lying in another province: "(Guerrero)"
    names the Mexican state, not the namesake municipality of Chihuahua far from it."""
    provinces = {_admin1_key(p.admin1 or p.name) for p in found if p.precision == "province"}
    return bool(provinces) and any(
        p.precision == "district" and _admin1_key(p.admin1 or "") not in provinces for p in found
    )


def _in_later(
    gazetteer: Gazetteer, text: str, found: list[Place], later: list[str], countries: set[str]
) -> list[Place]:
    """``found`` narrowed to the province a later bracket names ("(Bassa LGA, Plateau)": the Bassa of Plateau,
    not the Bassa district of Kogi), with a namesake of any rank there when no area of that name lies in it."""
    provinces = {
        normalize(p.admin1 or p.name) for t in later for p in _areas(gazetteer, t) if p.precision == "province"
    }
    inside = [p for p in found if not provinces or (p.admin1 and normalize(p.admin1) in provinces)]
    if inside:
        return inside
    words = text.split()
    if len(words) < 2 or not re.fullmatch(_UNITS, words[-1], re.IGNORECASE):
        return found  # only a unit-marked area ("Beni territory") is read from its seat town's namesake
    bare = " ".join(words[:-1])
    namesakes = [
        p
        for p in gazetteer.candidates(bare, {})
        if set(p.countries) & countries
        and normalize(p.name) == normalize(bare)
        and (not provinces or (p.admin1 and normalize(p.admin1) in provinces))
    ]
    return namesakes or found


def _areas(gazetteer: Gazetteer, name: str) -> list[Place]:
    """The areas a bracket may name: districts and provinces of that name first, else towns of that very
    name (not a longer name that begins with it)."""
    found = gazetteer.candidates(name, {})
    areas = [p for p in found if p.precision in {"district", "province"}]
    if not areas:  # "(Centre)": keyed as a department or region only with its unit word, not the Alabama town
        areas = [p for p in gazetteer.candidates(f"{name} region", {}) if p.precision in {"district", "province"}]
    words = name.split()
    if not areas and len(words) > 1 and re.fullmatch(_UNITS, words[-1], re.IGNORECASE):
        return _areas(gazetteer, " ".join(words[:-1]))  # "(Maradun LGA, Zamfara)": the LGA, else its seat town
    return areas or [p for p in found if normalize(p.name) == normalize(name)]


def _admin1_key(name: str) -> str:
    """A province's name without a bracketed gloss, as the sources differ in it: "Central Visayas (Region VII)"
    of one is "Central Visayas" of the other."""
    return normalize(_GLOSS.sub("", name))


def _near(place: Place, area: Place) -> bool:
    """Whether ``place`` lies within reach of the district or province ``area`` (GeoNames' province codes are
    out of date in some countries, so a town filed under a neighbour still counts when this close)."""
    if None in (place.lat, place.lon, area.lat, area.lon):
        return False
    dlat = radians(float(area.lat or 0) - float(place.lat or 0))
    dlon = radians(float(area.lon or 0) - float(place.lon or 0))
    a = (
        sin(dlat / 2) ** 2
        + cos(radians(float(place.lat or 0))) * cos(radians(float(area.lat or 0))) * sin(dlon / 2) ** 2
    )
    return 6371.0 * 2 * asin(sqrt(a)) <= _NEAR_KM


def _inside(gazetteer: Gazetteer, name: str, areas: list[Place], countries: set[str]) -> Place | None:
    """The namesake of ``name`` in the bracketed areas' country, in one of their provinces when they give one."""
    ctx = {c: 3.0 for c in countries}
    admin1 = {_admin1_key(a.admin1) for a in areas if a.admin1}
    fits = [p for p in gazetteer.candidates(name, ctx) if set(p.countries) & countries]
    inside = [p for p in fits if p.admin1 and _admin1_key(p.admin1) in admin1]
    if not inside and any(a.precision == "district" for a in areas):  # "Kaura (Maru LGA, Zamfara)": the
        fits = [p for p in fits if any(_near(p, a) for a in areas)]  # Kaura of Kaduna is no namesake of it
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
    foreign = record is not None and record.get("country") not in (
        None,
        *place.countries,
    )  # "Hamra (Beirut)": no UAE town
    if record and record.get("from") != "actor" and not foreign:
        bracketed = str(record.get("text") or "") in brackets and words not in brackets
        abroad = _namesake_abroad(record, place, words)
        if not (bracketed or abroad) and _FINER.get(str(record.get("precision")), 4) <= _FINER.get(place.precision, 4):
            return record
    return {**place.location(ctx), "text": words, "via": "sentence", "from": "text"}


def _namesake_abroad(record: dict[str, Any], place: Place, words: str) -> bool:
    """Whether ``record`` read the note's own name as a namesake in another country than the one its bracket
    puts it in: "Bali (Mezam, North-West)" is the Cameroonian town, not the one in West Bengal."""
    same = normalize(str(record.get("text") or "")) == normalize(words)
    return same and place.precision == "place" and record.get("country") not in place.countries

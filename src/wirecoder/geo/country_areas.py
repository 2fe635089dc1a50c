"""A province or district named through its country or province: "in Cameroon's Far North region",
"Mali's central Mopti region", "Kashmir's Kupwara district". The area is finer than its owner; when the
gazetteer knows an area of that name inside the owner, it is the place (else the owner stays)."""

from __future__ import annotations

from typing import Any

from .gazetteer import Gazetteer, Place
from .names import SUFFIX_HINTS, normalize
from .place_spans import PRECISION_RANK

Token = Any

_UNITS = frozenset(w for w, precision in SUFFIX_HINTS.items() if precision in {"district", "province"}) | {
    "department",
    "territory",
    "municipality",
    "circle",  # Mali's cercle in English: "the Mopti region's Bankass circle"
}
_AREAS = frozenset({"district", "province"})
# Settlement nouns after a possessive owner: "Afghanistan's northern Kunduz city" is the town, not the province.
_TOWNS = frozenset({"city", "town"})
# Units mostly named after their seat town: when the gazetteer has no such unit, the town stands for it.
_SEATED = frozenset(
    {
        "district",
        "tehsil",
        "county",
        "municipality",
        "lga",
        "prefecture",
        "cercle",
        "circle",
        "upazila",
        "township",
        "department",
    }
)


# Words that may stand between an owner's "'s" and the area's name: "Mali's central Mopti region",
# "Pakistan's restive Khyber Pakhtunkhwa province", "Burkina Faso's north-central Centre-Nord region".
_BETWEEN_DEPS = frozenset({"amod", "advmod", "npadvmod", "compound", "punct", "nmod"})


def country_area(gazetteer: Gazetteer, obj: Token) -> tuple[Place, str] | None:
    """The area a unit noun names after a possessive country or province ("Cameroon's Far North region",
    "Mali's central Mopti region", "Kashmir's Kupwara district"), with its text; None when ``obj`` is no
    such phrase or the gazetteer has no area of that name inside the owner."""
    if obj.lower_ not in _UNITS | _TOWNS:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.i < obj.i), None)
    if owner is None or owner.right_edge.i + 1 >= obj.i:
        return None
    doc = obj.doc
    area = _owner_place(gazetteer, doc, owner)
    if area is None:
        return None
    first = owner.right_edge.i + 1
    while first < obj.i and doc[first].dep_ == "case":  # the "'s" of the owner
        first += 1
    while first < obj.i and doc[first].dep_ in _BETWEEN_DEPS and not doc[first].text[:1].isupper():
        first += 1  # "central", "restive", "north-central": the name follows its lowercase modifiers
    if first >= obj.i or not all(t.text[:1].isupper() or t.text in {"-", "'"} for t in doc[first : obj.i]):
        return None  # "Pakistan's northwest region": no name of its own
    name = doc[first : obj.i].text
    text = doc[first : obj.i + 1].text
    context = {c: 3.0 for c in area.countries}
    if obj.lower_ in _TOWNS:  # the best town of that name (or spelling: "Hodeidah") inside the owner
        for place in gazetteer.candidates(name, context):
            if place.precision == "place" and _within(place, area):
                return place, text
        return None
    for wording in (f"{name} {obj.text}", name):
        for place in gazetteer.candidates(wording, context):
            if place.precision in _AREAS and place.id != area.id and _within(place, area):
                return place, text
    if obj.lower_ in _SEATED:  # "Kashmir's Kupwara district", no district record: its namesake seat
        for place in gazetteer.candidates(name, context):
            if place.precision == "place" and normalize(place.name) == normalize(name) and _within(place, area):
                return place, text
    for place in gazetteer.candidates(name, context):  # "Russia's Krasnodar region", no record of the region:
        if _capital_of(place, name) and _within(place, area):  # its namesake capital, in it, stands for it
            return place, text
    if area.precision == "province" and obj.lower_ in _SEATED:  # "Magway's Pauk township", a town the
        return area, text  # gazetteer lacks: the owner province, never a namesake town abroad
    return None


def finest_record(record: dict[str, Any]) -> tuple[int, bool]:
    """Sort key of a tied place record, finest first: by precision, then a real town before a seat town
    standing for its unit ("a camp of the Mopti region's Douentza circle near Hombori" is near Hombori)."""
    words = str(record.get("text") or "").lower().split()
    seat = len(words) > 1 and words[-1] in _SEATED and not str(record.get("name") or "").lower().endswith(words[-1])
    return PRECISION_RANK.get(record.get("precision") or "", 4), seat


def _capital_of(place: Place, name: str) -> bool:
    """Whether ``place`` is the namesake town of a province called ``name``: a town of that name in a province
    whose own name begins with it (Krasnodar in Krasnodar Krai, Odesa in Odessa)."""
    return (
        place.precision == "place"
        and normalize(place.name) == normalize(name)
        and normalize(place.admin1 or "").startswith(normalize(name))
    )


def _owner_place(gazetteer: Gazetteer, doc: Any, owner: Token) -> Place | None:
    """The country or province a possessive names: "Mali" of "Mali's", "Khyber Pakhtunkhwa" of "Khyber
    Pakhtunkhwa's", "Kashmir" of "Indian-administered Kashmir's" (its proper name without lowercase words)."""
    names = [doc[owner.left_edge.i : owner.i + 1].text]
    proper = [t for t in doc[owner.left_edge.i : owner.i + 1] if t.dep_ == "compound" or t.i == owner.i]
    if proper and proper[0].i != owner.left_edge.i:
        names.append(doc[proper[0].i : owner.i + 1].text)
    for text in names:
        place = gazetteer.lookup(text, alternates=False)
        if place is not None and place.country and place.precision in {"country", "province"}:
            return place
    for text in names:  # "Sagaing's", "Daraa's": a province that shares its name with its capital town
        for place in gazetteer.candidates(f"{text} region", {}):
            if (
                place.country
                and place.precision == "province"
                and normalize(text)
                in {
                    normalize(place.name),
                    normalize(place.admin1 or ""),
                }
            ):
                return place
    return None


def _within(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in the owner ``area`` (a country, or a province by its admin1 or its country
    when the province has no admin1 of its own: Kashmir)."""
    if not set(place.countries) & set(area.countries):
        return False
    if area.precision == "country" or not area.admin1 or not place.admin1:
        return True
    return normalize(place.admin1) == normalize(area.admin1) or normalize(place.name) == normalize(area.admin1)


_SETTLEMENTS = frozenset(
    "town village city hamlet locality community settlement district area neighbourhood neighborhood suburb".split()
)


def settlement_appositions(obj: Token) -> list[Token]:
    """The appositions of a place object that say what it is ("Djibasso, a town in X"): their phrases
    place the event as well."""
    return [a for a in obj.children if a.dep_ == "appos" and a.lemma_.lower() in _SETTLEMENTS]

"""A province or district named through its country: "in Cameroon's Far North region", "Burkina Faso's
Boucle du Mouhoun region", "Nigeria's Borno state". The area is finer than the country that owns it;
when the gazetteer knows an area of that name in that country, it is the place (else the country stays)."""

from __future__ import annotations

from typing import Any

from .gazetteer import Gazetteer, Place
from .names import SUFFIX_HINTS

Token = Any

_UNITS = frozenset(w for w, precision in SUFFIX_HINTS.items() if precision in {"district", "province"}) | {
    "department",
    "territory",
    "municipality",
}
_AREAS = frozenset({"district", "province"})


def country_area(gazetteer: Gazetteer, obj: Token) -> tuple[Place, str] | None:
    """The area a unit noun names after a possessive country ("Cameroon's Far North region"), with its
    text; None when ``obj`` is no such phrase or the gazetteer has no area of that name in the country."""
    if obj.lower_ not in _UNITS:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.i < obj.i), None)
    if owner is None or owner.right_edge.i + 1 >= obj.i:
        return None
    doc = obj.doc
    owner_text = doc[owner.left_edge.i : owner.i + 1].text
    country = gazetteer.lookup(owner_text, alternates=False)
    if country is None or country.precision != "country" or not country.country:
        return None
    first = owner.right_edge.i + 1
    while first < obj.i and doc[first].dep_ == "case":  # the "'s" of the owner
        first += 1
    if first >= obj.i or not doc[first].text[:1].isupper():
        return None  # "Pakistan's northwest region": no name of its own
    name = doc[first : obj.i].text
    for text in (f"{name} {obj.text}", name):
        for place in gazetteer.candidates(text, {country.country: 3.0}):
            if place.precision in _AREAS and country.country in place.countries:
                return place, doc[first : obj.i + 1].text
    return None


_SETTLEMENTS = frozenset(
    "town village city hamlet locality community settlement district area neighbourhood neighborhood suburb".split()
)


def settlement_appositions(obj: Token) -> list[Token]:
    """The appositions of a place object that say what it is ("Djibasso, a town in X"): their phrases
    place the event as well."""
    return [a for a in obj.children if a.dep_ == "appos" and a.lemma_.lower() in _SETTLEMENTS]

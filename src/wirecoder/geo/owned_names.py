"""A name written after a possessive country ("Paraguay's Chaco region", "in Spain's Cordoba province") is
inside that country: when the gazetteer files the name only abroad (Chaco, a province of Argentina), the
place is the owner country, never the namesake across the border."""

from __future__ import annotations

from typing import Any

from .gazetteer import Gazetteer, Place

Token = Any
_BETWEEN = frozenset({"amod", "advmod", "npadvmod", "punct"})


def owner_country(gazetteer: Gazetteer, first: Token) -> str | None:
    """ISO-3 of the country a possessive right before the name starting at ``first`` names, with lowercase
    modifiers between ("Paraguay's arid western Chaco"), else None."""
    i = first.i - 1
    doc = first.doc
    while i >= 0 and doc[i].dep_ in _BETWEEN and doc[i].text[:1].islower():
        i -= 1
    if i < 1 or doc[i].dep_ != "case" or doc[i].lower_ not in {"'s", "’s", "'"}:
        return None
    owner = doc[i - 1]
    start = owner.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == owner.i:
        start -= 1
    place = gazetteer.lookup(doc[start : owner.i + 1].text, alternates=False)
    if place is None or place.precision != "country" or not place.country:
        return None
    return str(place.country)


def kept_in_owner(gazetteer: Gazetteer, owner: str | None, place: Place | None) -> Place | None:
    """``place``, or the owner country when the place lies outside it."""
    if owner is None or place is None or owner in place.countries:
        return place
    return gazetteer.country(owner) or place

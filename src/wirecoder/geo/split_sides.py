"""A side of a split place named through a country: "Pakistan's part of Kashmir", "the Indian side of the
Line of Control", "Ukraine's side of the front". The place is read on that country's side wherever the
sentence names it (as the speaker's home in "an official from India's part of the region said ..." too); a bare
"Kashmir" keeps what the gazetteer and the story say."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..mentions import covering
from .gazetteer import Gazetteer

# Nouns of one side of a split place: "<country>'s part of X", "the <demonym> side of X".
SIDE_NOUNS = frozenset({"part", "side", "portion", "half", "sector", "section"})
_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})


def side_country(article: Article, gazetteer: Gazetteer, first: Any) -> str | None:
    """ISO-3 of the country whose side of a place the place's first token ``first`` is said to be, else None."""
    tok = first
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ != "of" or prep.head.lower_ not in SIDE_NOUNS or prep.head.i > first.i:
        return None
    for mod in prep.head.children:
        if mod.dep_ in _MODIFIERS and mod.i < prep.head.i:
            country = _country_of(article, gazetteer, mod)
            if country is not None:
                return country
    return None


def _country_of(article: Article, gazetteer: Gazetteer, tok: Any) -> str | None:
    place = gazetteer.lookup(tok.text, alternates=False)
    if place is not None and place.precision == "country":
        return place.country
    for m in covering(article, tok.idx):
        if m.actor is not None and m.actor.country and m.end - m.start <= len(tok.text) + 1:
            return str(m.actor.country)
    return None

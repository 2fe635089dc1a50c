"""A country, capital or place alias that is only a part of a longer name joined by a lowercase particle
("Praia" of "Mocimboa da Praia", "Lima" of "Ponte de Lima"): the longer name is another place, so the part
names no country (precision first: an actor with no country beats a wrong one)."""

from __future__ import annotations

from functools import cache
from typing import Any

PLACE_HITS = frozenset({"country", "capital", "place"})
# Lowercase joiners inside Romance, Germanic and Arabic place names ("da", "de", "del", "van", "al").
_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "dello", "di", "du", "des", "la", "le", "el", "al", "van", "von"}
)


@cache
def _water_heads() -> frozenset[str]:
    from ...coding.lexicon import load  # the package's lexicon loader (imported when first needed)

    return frozenset(str(w).lower() for w in load("water_bodies").get("heads") or [])


def inside_water_name(doc: Any, start: int, end: int) -> bool:
    """Whether tokens [start, end) lie inside a longer place entity named for a sea or strait ("China" of "the
    South China Sea", "Oman" of "the Gulf of Oman"): the part names no country, the sea is the place."""
    heads = _water_heads()
    for ent in doc.ents:
        if ent.label_ not in {"LOC", "GPE", "FAC"} or not (ent.start <= start and end <= ent.end):
            continue
        if (end - start) < len(ent) and any(t.lower_ in heads and t.is_title for t in ent):
            return True
    return False


def _titled(tok: Any) -> bool:
    return bool(tok.text[:1].isupper() and tok.is_alpha)


def inside_longer_name(doc: Any, start: int, end: int) -> bool:
    """Whether tokens [start, end) are preceded by "<Capitalised> <particle>" or followed by
    "<particle> <Capitalised>" within one name ("Mocimboa da | Praia", "Praia | da Rocha")."""
    if start >= 2 and doc[start - 1].text in _PARTICLES and _titled(doc[start - 2]):
        return True
    return end + 1 < len(doc) and doc[end].text in _PARTICLES and _titled(doc[end + 1])


@cache
def _name_prefixes() -> frozenset[str]:
    from ...coding.lexicon import load  # the package's lexicon loader (imported when first needed)

    return frozenset(str(w).lower() for w in load("name_prefixes").get("prefixes") or [])


def after_region_prefix(doc: Any, start: int) -> bool:
    """Whether the token at ``start`` is joined by a hyphen to a region prefix before it ("American" of "the
    Inter-American Commission", "African" of "the Pan-African Parliament"): the whole word names a region or a
    relation between peoples, not the country of its second part (data: lexicon/name_prefixes.yaml)."""
    if start < 2:
        return False
    hyphen, prefix = doc[start - 1], doc[start - 2]
    return (
        hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_ and prefix.lower_ in _name_prefixes()
    )

"""Country names as words a pattern frame can ask for (``country-name``: "the bloc suspended Madagascar"),
read from the actor KB's country table, whatever entity type the parser gave the name; and named places
(``place-name``: "rebels captured Pinga (Walikale, North Kivu)", "took Kidal"), for verbs that take people or
places ("capture": an arrest of people, the taking of a town)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..yamlfiles import data_path, read_csv


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-case names and name variants of every country in ``actors/countries.csv``."""
    rows = read_csv(data_path("actors", "countries.csv"), required=("iso3", "name"))
    names: set[str] = set()
    for _, row in rows:
        names.add(row["name"].strip().lower())
        names.update(v.strip().lower() for v in (row.get("aliases") or "").split("|") if v.strip())
    return frozenset(n for n in names if n)


def is_country_name(text: str) -> bool:
    """Is ``text`` (a token's phrase) the name of a country?"""
    return text.strip().lower() in country_names()


_PLACE_ENTS = frozenset({"GPE", "LOC"})


def named_place_word(tok: Any, text: str, words: Iterable[str]) -> bool:
    """Does proper noun ``tok`` (its phrase ``text``) match a frame's ``country-name`` or ``place-name``?
    A place name is a country's name, a name the parser tagged as a place, or a name followed by an incident
    note's bracket of areas whose first word is a name ("Pinga (Walikale, North Kivu)", "Bosso (Diffa region)");
    a person's bracket of age or alias ("Musa (35)", "Musa (alias ...)") is none."""
    words = tuple(words)
    if "country-name" in words and is_country_name(text):
        return True
    if "place-name" not in words:
        return False
    if is_country_name(text) or tok.ent_type_ in _PLACE_ENTS:
        return True
    doc = tok.doc
    nxt = tok.i + 1
    return (
        nxt + 1 < len(doc)
        and doc[nxt].text == "("
        and doc[nxt + 1].pos_ == "PROPN"
        and doc[nxt + 1].text[:1].isupper()
        and doc[nxt + 1].ent_type_ not in {"PERSON", "NORP"}
    )

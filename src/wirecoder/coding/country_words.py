"""Country names as words a pattern frame can ask for (``country-name``: "the bloc suspended Madagascar"),
read from the actor KB's country table, whatever entity type the parser gave the name."""

from __future__ import annotations

from functools import lru_cache

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

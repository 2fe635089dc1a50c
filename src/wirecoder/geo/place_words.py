"""The words and name shapes place reading shares: administrative unit nouns (``area_words.yaml``), a
proper name's regex, and what looks like a name ("LoC", a proper noun)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

Token = Any
PART_WORDS = frozenset(
    "upper lower north south east west northern southern eastern western central greater outer inner northwest"
    " northeast southwest southeast northwestern northeastern southwestern southeastern nw ne sw se".split()
)


@cache
def resident_nouns() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["resident_nouns"])


# A proper name of up to four capitalised words, with the lowercase joints of Spanish, Portuguese and French
# names ("Norte de Santander", "Valle del Cauca", "Sao Jose dos Campos").
NAME = r"[A-Z][\w'’.-]*(?:(?:\s+(?:de|del|da|do|dos|das|du|des)(?:\s+(?:la|las|los))?)?\s+[A-Z][\w'’.-]*){0,3}"


@cache
def admin_words() -> dict[str, tuple[str, ...]]:
    """The nouns of administrative units by use (``area_words.yaml``: unit, container, area)."""
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return {use: tuple(str(w).lower() for w in words) for use, words in data["admin_units"].items()}


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first ("refugee camp" before "camp")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def named_by_of_nouns() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["named_by_of"])


@cache
def settlements_of_units() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["settlements_of_units"])


@cache
def name_joints() -> frozenset[str]:
    """Lowercase joints inside a place name ("wa" of "Khost wa Fereng"), ``area_words.yaml`` name_joints."""
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["name_joints"])


@cache
def long_unit_words() -> tuple[str, ...]:
    return tuple(w for w in admin_words()["unit"] if " " in w)


@cache
def unit_words() -> frozenset[str]:
    return frozenset(w for w in admin_words()["unit"] if " " not in w)


def name_like(tok: Token) -> bool:
    """A proper noun, or a token written with two capitals or more ("LoC", "AJK") whatever its tag."""
    return tok.pos_ == "PROPN" or sum(c.isupper() for c in tok.text) >= 2


@lru_cache(maxsize=1)
def area_words() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["words"])

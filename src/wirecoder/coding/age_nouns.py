"""A bare age as a person: "killing a 17-year-old", "two 20-year-olds were stabbed", "the 19-year-old died".

spaCy reads "a 45-year-old" as the adjective "old" with "year" (and its number) hung under it, standing in a noun's
role (object, subject, "of" object). Such an age is a person wherever person nouns are checked (data:
lexicon/age_nouns.yaml). An age that modifies a noun ("a 17-year-old law", "a 40-year-old building") or is a
predicate ("the building is 40 years old") is no person: only the noun it modifies decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import lexicon
from .constants import Token


@dataclass(frozen=True)
class AgeWords:
    heads: frozenset[str]
    units: frozenset[str]
    roles: frozenset[str]


@cache
def age_words() -> AgeWords:
    """The word lists of ``data/lexicon/age_nouns.yaml``."""
    return lexicon.word_lists("age_nouns", AgeWords)


def age_noun(tok: Token) -> bool:
    """``tok`` is the head of a hyphened age ("45-year-old", "eight-month-old") standing as a noun: "old"/"olds"
    in a nominal role with a unit word under it that carries a number and is joined to it by a hyphen."""
    words = age_words()
    if tok.lower_ not in words.heads or tok.dep_ not in words.roles:
        return False
    doc = tok.doc
    for unit in tok.children:
        if unit.dep_ not in {"npadvmod", "compound"} or unit.lemma_.lower() not in words.units or unit.i >= tok.i:
            continue
        hyphened = doc[unit.i + 1].text == "-" and unit.i + 2 == tok.i
        if hyphened and any(c.dep_ == "nummod" or c.like_num for c in unit.children if c.i < unit.i):
            return True
    return False

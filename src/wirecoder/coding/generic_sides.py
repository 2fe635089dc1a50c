"""A conflict's sides named only generically as the subject of an act: "both sides accused each other of
violating the truce", "the two sides agreed to exchange prisoners", "the warring parties traded blame".

The clause subject names no actor, yet it is no thing either ("the remarks", "tensions"): it is the parties of
the story's conflict, left unnamed. Such an act is an event with no actor named (the Wikinews guide codes an
unnamed actor as null) instead of being dropped for want of an actor. A phrase with any other word on it ("the
two sides of the river", "political parties") is not one. Word lists: ``data/lexicon/generic_sides.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .constants import Token
from .lexicon import word_lists


@dataclass(frozen=True)
class SidesWords:
    """The word lists of ``data/lexicon/generic_sides.yaml``."""

    heads: frozenset[str]
    marks: frozenset[str]


@cache
def words() -> SidesWords:
    """The lists, read once per process."""
    return word_lists("generic_sides", SidesWords)


_PAST = frozenset({"VBD", "VBN"})  # "accused", "have agreed"; not "oppose", "accuse"
_MARK_DEPS = frozenset({"det", "predet", "nummod", "amod", "preconj"})
_PLAIN_DEPS = frozenset({"det", "predet", "nummod", "amod", "preconj", "punct", "cc", "conj"})


def generic_sides(tok: Token | None) -> bool:
    """Is ``tok`` the head of a phrase naming a conflict's sides generically ("both sides", "the two sides",
    "the warring parties"), with no other word on it ("the two sides of the river", "opposition parties"), the
    subject of a past act? A present verb tells a standing stance, no act ("both sides oppose the rebels")."""
    if tok is None or tok.lemma_.lower() not in words().heads and tok.lower_ not in words().heads:
        return False
    if tok.head.tag_ not in _PAST:
        return False
    children = list(tok.children)
    if any(c.dep_ not in _PLAIN_DEPS for c in children):
        return False
    marks = [c for c in children if c.dep_ in _MARK_DEPS]
    return any(c.lower_ in words().marks for c in marks) and all(
        c.lower_ in words().marks or c.lower_ in {"the", "these", "those"} for c in marks
    )

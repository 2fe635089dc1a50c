"""Prepositions of two words the parser splits: in "drove the militants out of Mahas" it hangs "out" on the verb
(as a preposition, particle or adverb) and "of Mahas" on "out". :func:`two_word_prep_objects` reads the objects of
such a preposition ("out of") for a frame's preposition condition (coding/frames.py, through
:func:`coding.conjoined_objects.frame_prep_objects`): the objects of the second word's phrase on the first word, the
first word a child of the verb."""

from __future__ import annotations

from .constants import Token

_FIRST_DEPS = frozenset({"prep", "prt", "advmod"})


def two_word_prep_objects(verb: Token, prep: str) -> list[Token]:
    """Objects of two-word preposition ``prep`` ("out of") on ``verb``; empty for a one-word preposition."""
    words = prep.split()
    if len(words) != 2:
        return []
    first, second = words
    return [
        o
        for a in verb.children
        if a.dep_ in _FIRST_DEPS and a.lower_ == first
        for p in a.children
        if p.dep_ == "prep" and p.lower_ == second
        for o in p.children
        if o.dep_ == "pobj"
    ]

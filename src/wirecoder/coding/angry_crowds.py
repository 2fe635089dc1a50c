"""Frame word ``angry-crowd``: a plural common noun told as angry ("aggrieved tenants smashed the windows of the
housing office", "disgruntled bus conductors smashed windscreens") is a crowd with a grievance, whoever the
people are, so the frames that list crowds' subjects take it (data: lexicon/angry_crowds.yaml).

A singular ("an angry tenant"), a proper name ("the Angry Brigade") or a plural with no mood word ("tenants")
is none."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from . import lexicon
from .constants import Token
from .country_words import named_place_word

ANGRY_CROWD = "angry-crowd"


@cache
def moods() -> frozenset[str]:
    """The describing words of a crowd's rage (``moods`` of ``data/lexicon/angry_crowds.yaml``)."""
    return lexicon.word_set(lexicon.load("angry_crowds")["moods"])


def angry_crowd(tok: Token, words: Iterable[str]) -> bool:
    """Do ``words`` list ``angry-crowd`` and is ``tok`` a plural common noun with a mood word among its
    modifiers?"""
    if ANGRY_CROWD not in words or tok.tag_ != "NNS":
        return False
    mood = moods()
    return any(c.dep_ == "amod" and (c.lower_ in mood or c.lemma_.lower() in mood) for c in tok.children)


def named_word(tok: Token, text: str, words: Iterable[str]) -> bool:
    """Does ``tok`` (its phrase ``text``) match one of the frame words that name a kind, not a word:
    ``angry-crowd`` (above), ``country-name`` or ``place-name`` (a proper noun; see country_words)?"""
    words = tuple(words)
    return angry_crowd(tok, words) or (tok.pos_ == "PROPN" and named_place_word(tok, text, words))

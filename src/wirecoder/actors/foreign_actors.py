"""Actors told as from abroad: "The minister accused foreign agents of organising the crowds", "Tehran accused
European governments of meddling" (a region's adjective: a body of many states, not the speaker's). A nominal whose
head carries a lower-case modifier such as "foreign" or "overseas" (an adjective of its own, not part of a
hyphened word: "foreign-funded groups" are funded from abroad but are local) is not of the speaker's or the
story's country, and the sentence names no other for it, so its country is left unknown. Offices of one's own
government that carry the word ("the foreign minister", "the foreign ministry") keep their country.

Words: ``data/lexicon/foreign_actors.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class ForeignWords:
    modifiers: frozenset[str]
    own_offices: frozenset[str]
    regions: frozenset[str]


@cache
def _lists() -> ForeignWords:
    from ..coding import lexicon

    return lexicon.word_lists("foreign_actors", ForeignWords)


def told_as_foreign(head: Any) -> bool:
    """Whether the nominal headed by ``head`` is told as from abroad ("foreign agents", "overseas backers")."""
    words = _lists()
    if head.lemma_.lower() in words.own_offices or head.text.lower() in words.own_offices:
        return False
    for child in _premodifiers(head):
        if child.text not in words.modifiers and not _regional(child, words):
            continue  # lower-case only: "Foreign Intelligence Service" is a name
        if child.i + 1 < len(head.doc) and head.doc[child.i + 1].text == "-":
            continue  # "foreign-funded groups"
        if any(t.text.lower() in words.own_offices for t in head.doc[child.i + 1 : head.i]):
            continue  # "the foreign ministry spokesman"
        return True
    return False


def _regional(tok: Any, words: ForeignWords) -> bool:
    """Is ``tok`` a region's adjective standing alone ("European governments", "Arab leaders"), not a word of a
    name ("European Union officials", "Western Cape police")?"""
    return (
        tok.text[:1].isupper() and tok.lower_ in words.regions and tok.ent_type_ in ("", "NORP") and tok.ent_iob_ != "I"
    )


def _premodifiers(head: Any) -> list[Any]:
    """The adjectives and nouns before ``head`` that modify it or a noun modifying it ("foreign drug cartels")."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.dep_ in {"amod", "compound"} and child.i < tok.i:
                out.append(child)
                todo.append(child)
    return out

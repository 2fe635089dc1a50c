"""The toll of an event told with its end: "The attack ended with 16 miners dead", "a raid by militants on a
village ended with 11 dead", "the ambush ended with no casualties". The event noun is the subject of an ending
verb (``ending_verbs`` of ``data/lexicon/quantity_kinds.yaml``) with a "with" phrase; that clause holds the
event's figures as the clause of an outcome verb does ("the attack left 16 miners dead"). An end told without a
"with" phrase ("the fighting ended after two days") or under negation or a modal gives no clause, nor does the
end of a siege ("the siege ended with 22 dead", ``coding/siege_ends.py``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from .lexicon import load, word_set


@cache
def _ending_verbs() -> frozenset[str]:
    return word_set(load("quantity_kinds")["ending_verbs"])


@cache
def _siege_nouns() -> frozenset[str]:
    """A siege's end is ``coding/siege_ends.py``'s (its dead go to the attack that began it)."""
    sieges = load("sieges")
    return word_set(sieges["siege_nouns"]) | word_set(sieges["ordeal_nouns"])


def ended_with(tok: Any) -> Any | None:
    """The ending verb whose subject is the event noun ``tok`` and which has a "with" phrase of its own, or None."""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = tok.head
    if verb.lemma_.lower() not in _ending_verbs() or tok.lemma_.lower() in _siege_nouns():
        return None
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    return verb if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) else None

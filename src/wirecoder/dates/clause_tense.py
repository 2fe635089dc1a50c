"""The tense of the clause a time expression belongs to: told as to come ("will meet on Friday") or in the
past ("in December, X accepted"), for the year a yearless date takes."""

from __future__ import annotations

from typing import Any

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_WORDS = frozenset({"plan", "schedule", "due", "set", "expect", "intend", "slate"})


def told_in_future(ent: Any) -> bool:
    """Whether the clause a time expression belongs to tells of something to come ("will meet on Friday",
    "is due to resume on Monday", "is planned for Sunday")."""
    tok = ent.root
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):
        if tok.pos_ not in {"VERB", "AUX", "ADJ"}:
            return False
        if tok.lemma_.lower() in _PLAN_WORDS or any(
            c.dep_ in {"aux", "auxpass", "acomp"} and (c.lower_ in _FUTURE_AUX or c.lemma_.lower() in _PLAN_WORDS)
            for c in tok.children
        ):
            return True
        if tok.dep_ not in {"xcomp", "ccomp"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def told_in_past(ent: Any) -> bool:
    """Whether the clause a time expression belongs to is told in the past tense ("in December, X
    accepted"; not "will meet in December", not "is due in December")."""
    tok = ent.root
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "would", "shall", "'ll", "is", "are", "am"} or a.tag_ == "MD" for a in auxes):
        return False
    return tok.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)

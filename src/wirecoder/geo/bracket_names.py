"""Incident notes put a town's areas in a bracket after it: "Thomonde (Centre department)". When the parser
folds the town into the bracket's unit noun ("department" heading "Thomonde ( Centre"), the town is read
before the bracket, inside the bracket's areas, not the first "Centre department" of the world."""

from __future__ import annotations

from typing import Any

Token = Any


def name_before_bracket(obj: Token) -> tuple[int, int] | None:
    """The character range of the name the parser folded into a bracketed unit noun: "Thomonde" of
    "Thomonde (Centre department)" parsed as one phrase headed by "department"; None otherwise."""
    doc = obj.doc
    left = obj.left_edge.i
    while left < obj.i and doc[left].dep_ in {"det", "poss", "case", "predet"}:
        left += 1
    opening = next((t for t in doc[left : obj.i] if t.text == "("), None)
    if opening is None or opening.i == left:
        return None
    words = doc[left : opening.i]
    if not all(t.text[:1].isupper() or t.text in {"-", "'"} for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)

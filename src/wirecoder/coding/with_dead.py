"""The end of a count told in a "with ... dead" phrase: "ended with [7 hostages] and 3 gunmen dead" — each
conjunct is counted by the word after the last one, so the count's last token moves over the conjuncts, a
single person's among them ("ended with [three gunmen] and a receptionist dead": the three are dead too)."""

from __future__ import annotations

from typing import Any

_LOOKAHEAD = 8  # tokens after the number that a "with" phrase's conjuncts may take


def with_phrase_last(doc: Any, counted: Any, last: int, num_end: int) -> int:
    """The index of the last token of the count's phrase: ``last`` itself unless the counted noun is the object of
    "with", when the run of numbers, nouns, "and" and commas after it is taken too."""
    if counted.dep_ != "pobj" or counted.head.lower_ != "with":
        return last
    while last + 1 < min(len(doc), num_end + _LOOKAHEAD) and _in_run(doc, last + 1):
        last += 1
    return last


def _in_run(doc: Any, i: int) -> bool:
    """A number, noun, "and", comma or determiner of the run, or an adjective before a noun ("and an elderly
    guard dead": not the state word itself)."""
    tok = doc[i]
    if tok.like_num or tok.lower_ in {"and", ","} or tok.pos_ in {"NOUN", "PROPN", "DET"}:
        return True
    return tok.pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}

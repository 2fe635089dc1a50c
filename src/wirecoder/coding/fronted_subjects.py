"""The subject of a verb the parser lost to a fronted phrase: "At the request of Kyiv, Poland expelled ...",
"On behalf of the bloc, France proposed ...". The parser joins the subject to the phrase's last noun as its
conjunct ("Kyiv, Poland") and leaves the finite verb with no subject. The subject is that conjunct when it
is a proper noun set off by a comma and ends right before the verb, and the phrase opens the clause."""

from __future__ import annotations

from typing import Any

Token = Any

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What may stand before the fronted phrase: a dateline ("Warsaw —"), "And", "Meanwhile".
OPENERS = frozenset({"punct", "cc", "advmod", "npadvmod"})


def fronted_subject(tok: Token) -> Token | None:
    """The proper noun a fronted prepositional phrase swallowed as a conjunct, or None."""
    if tok.tag_ not in FINITE_TAGS or tok.i == 0:
        return None
    last = tok.doc[tok.i - 1]
    cand = last if last.dep_ == "conj" else None
    if cand is None or cand.pos_ != "PROPN" or cand.right_edge.i != tok.i - 1:
        return None
    start = cand.left_edge.i
    if start == 0 or tok.doc[start - 1].text != ",":
        return None
    prep = cand
    while prep.head.i not in (prep.i, tok.i):
        prep = prep.head
    if prep.dep_ != "prep" or prep.head.i != tok.i or prep.i > cand.i:
        return None
    if any(t.i < prep.i and t.dep_ not in OPENERS for t in tok.lefts):
        return None  # the phrase does not open the clause
    return cand

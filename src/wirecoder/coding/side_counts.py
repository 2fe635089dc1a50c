"""A count told for each of two sides is counted twice: "Two fighters from each side were killed" is four dead,
"clashes killed three soldiers on either side" six.

The "each side" hangs on the counted noun or on the verb that takes it as object or passive subject; a side of a
place ("on each side of the border") is where, not whose, and counts once; so does "both sides" (a total).
Casualty counts only. Words: ``data/lexicon/side_counts.yaml``."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Quantity
from .constants import CASUALTY_KINDS
from .lexicon import load, word_set


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("side_counts")[key])


def _each_side(prep: Any) -> bool:
    """``prep`` is "from each side" / "on either side" (and not "on each side of the border")."""
    if prep.dep_ != "prep" or prep.lower_ not in _words("side_preps"):
        return False
    sides = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _words("side_nouns")]
    return any(
        s.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in _words("side_dets") for c in s.children)
        and not any(c.dep_ == "prep" for c in s.children)
        for s in sides
    )


def _told_each_side(root: Any) -> bool:
    """The count headed by ``root`` has "each side" on it or on its verb."""
    holders = [root]
    if root.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and root.head.pos_ in ("VERB", "AUX"):
        holders.append(root.head)
    return any(_each_side(c) for h in holders for c in h.children)


def each_side(doc: Any, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each casualty count told "from each side" doubled."""
    out = []
    for q in quantities:
        if q.kind in CASUALTY_KINDS and q.start is not None and q.end is not None and q.value is not None:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and len(span) and _told_each_side(span.root):
                q = replace(q, value=q.value * 2)
        out.append(q)
    return out

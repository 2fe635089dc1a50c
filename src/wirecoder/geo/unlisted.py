"""Villages and hamlets the gazetteer lacks, which a report places by the town, district or province written
after them: "raided a hideout in Garhi Sher, Bannu", "a blast in Kot Lalu (Kohat)". The tagger often takes
such a name for a person, so no place span covers it; this adds one, inside the area named after it, and
the resolver then gives the area (the town, else the district or province) as the place.
"""

from __future__ import annotations

import re
from typing import Any

from ..coding.constants import Token
from .gazetteer import Gazetteer, Place

# Prepositions whose object is where something happened.
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside"})
# The area after the name: ", Bannu" or " (Kohat)", a capitalised name of up to three words.
_AFTER = re.compile(r"\s*[,(]\s*(?P<area>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
# Population below which a town of the packaged data is too small to place another name by.
MIN_TOWN = 5000
# Name words the tagger may give a proper name's parts.
_NAME_POS = frozenset({"PROPN"})


def unlisted_names(doc: Any, text: str, sentence: Any, taken: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Any]:
    """``(start, end, first token, end token, areas)`` of each proper name that is the object of a place
    preposition, is no place span yet (``taken``) and has an area written right after it; ``areas`` are
    the gazetteer entries of that area (a town counts: "Garhi Sher, Bannu" is near Bannu)."""
    out: list[Any] = []
    for tok in sentence:
        if tok.dep_ != "pobj" or tok.pos_ not in _NAME_POS or tok.head.lower_ not in PLACE_PREPS:
            continue
        first = _name_start(tok)
        start, end = doc[first].idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken):
            continue
        area = _area_after(text, end, gazetteer)
        if area is None or not _attached(doc, tok, area[0]):
            continue
        out.append((start, end, first, tok.i + 1, (area[2],)))
    return out


def _name_start(tok: Token) -> int:
    """The first token of the proper name that ends in ``tok`` ("Garhi" of "Garhi Sher")."""
    first = tok.i
    while first > tok.sent.start:
        prev = tok.doc[first - 1]
        if prev.pos_ not in _NAME_POS or prev.dep_ != "compound" or prev.head.i != tok.i:
            break
        first -= 1
    return first


def _area_after(text: str, end: int, gazetteer: Gazetteer) -> tuple[int, int, Place] | None:
    """The place named right after ``end`` (", Bannu", " (Kohat)"), by its own name or a curated alias."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    place = gazetteer.lookup(m.group("area"), alternates=False)
    if place is None or (place.source != "alias" and place.precision == "place" and place.population < MIN_TOWN):
        return None  # a hamlet's name after a comma is as likely a word of the next clause ("..., Lam said")
    return m.start("area"), m.end("area"), place


def _attached(doc: Any, name: Token, start: int) -> bool:
    """Whether the area's word hangs on the name (an apposition, a conjunct, a bracket), not on a verb of
    the next clause ("in the Council, Lam was interrupted": Lam is a subject)."""
    area = next((t for t in doc if t.idx == start), None)
    if area is None:
        return False
    head = area
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and (head.head.i == name.i or head.head.head.i == name.i)

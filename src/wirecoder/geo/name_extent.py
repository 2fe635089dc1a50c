"""Where a place name written in a sentence really ends: the tagger cuts multi-word names ("Takht" of "Takht
Bhai tehsil", "Dera" of "Dera Ghazi Khan") and incident notes add part words to districts ("Karachi South",
"Lower Kurram") that the gazetteer knows without them."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .gazetteer import Gazetteer
from .names import normalize
from .place_words import name_joints


def without_part(text: str, part_words: Collection[str]) -> str | None:
    """The name without a leading or trailing part word: "Karachi" of "Karachi South", "Dir" of "Lower Dir"."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in part_words:
        return " ".join(words[:-1])
    if len(words) > 1 and words[0].lower() in part_words:
        return " ".join(words[1:])
    return None


def unit_name_end(doc: Any, stop: int, unit_words: Collection[str]) -> int | None:
    """The end of the proper noun right after ``stop`` when it continues the name up to an administrative
    unit noun ("Bhai" after "Takht" in "Takht Bhai tehsil"), else None."""
    j = next((t.i for t in doc if t.idx >= stop), None)
    if j is None or j == 0 or doc[j].idx != stop + len(doc[j - 1].whitespace_) or doc[j].pos_ != "PROPN":
        return None
    if doc[j].dep_ == "compound" and doc[j].head.lower_ in unit_words and doc[j].head.i == j + 1:
        return int(doc[j].idx + len(doc[j].text))
    return None


def longer_place_end(doc: Any, start: int, end: int, text: str, gazetteer: Gazetteer) -> int | None:
    """The end of the longest place name that the span [start, end) begins and capitalised proper nouns
    continue ("Dera" of "Dera Ghazi Khan", which the tagger splits into a town and a person), by the
    gazetteer's own names. A lowercase joint may stand between them ("Khost wa Fereng", ``name_joints``)."""
    j = next((t.i for t in doc if t.idx >= end), None)
    best = None
    for k in range(j, min(j + 3, len(doc))) if j is not None else ():
        if doc[k].lower_ in name_joints() and doc[k].is_lower and k + 1 < len(doc) and doc[k + 1].is_title:
            continue  # the joint alone ends no name: the next word is tried with it
        if not doc[k].is_title or doc[k].pos_ != "PROPN":
            break
        stop = int(doc[k].idx + len(doc[k].text))
        if gazetteer.lookup(text[start:stop], alternates=False) is not None:
            best = stop
    return best


def area_unit_end(
    doc: Any, start: int, end: int, text: str, gazetteer: Gazetteer, area_words: Collection[str]
) -> int | None:
    """The end of an area's unit noun written right after the name when the tagger left it out and the
    parser hung it beside the name rather than on it ("in Zaporizhzhia oblast", "Zaporizhzhia" alone being
    the city): the name with its unit, when the gazetteer knows it as an area. Not before "of", where the
    unit heads a container phrase ("the Sangin district of Helmand")."""
    j = next((t.i for t in doc if t.idx >= end), None)
    if j is None or j == 0 or doc[j].idx != end + len(doc[j - 1].whitespace_) or doc[j].lower_ not in area_words:
        return None
    if doc[j].pos_ not in {"NOUN", "PROPN"} or (j + 1 < len(doc) and doc[j + 1].lower_ == "of"):
        return None
    stop = int(doc[j].idx + len(doc[j].text))
    place = gazetteer.lookup(text[start:stop], alternates=False)
    if place is None or place.precision != "province":
        return None
    # the area's own name begins with the name written ("Rostov" of "Rostovskaya oblast'"), not another
    # area's that merely contains it ("Beni territory" is no "El Beni" department of Bolivia)
    return stop if normalize(place.name).startswith(normalize(text[start:end])) else None

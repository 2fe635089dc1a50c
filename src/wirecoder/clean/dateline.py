"""Datelines: "ISLAMABAD, Jan 2 (Reuters) -", "Kabul (AP) —", "Islamabad- ", "NEW DELHI:", "Khartoum — ".

The dateline stays in the text but is put on a line of its own (``"Islamabad -\\nIn a statement…"``),
so that the sentence splitter makes it a sentence by itself and the parser never takes the place
name for the subject of the first sentence. Two openers are taken off before it: a headline run into
the story's first line ahead of a full wire dateline ("UPDATE 2-Strike kills four KABUL, Dec 5 (Reuters) -
…", see ``split_run_in_headline``) and an agency's name alone in brackets ("(CNN) — …", ``split_agency_opener``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"  # no spaces: VERBOSE
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_TITLE_WORD = rf"[{_UP}][{_LOW}'’.]+(?:-(?:[{_LOW}]{{1,3}}-)?[{_UP}][{_LOW}'’.]+)*"  # Port-au-Prince
_CAPS_PLACE = rf"[{_UP}][{_UP}'’.]+(?:[ -][{_UP}][{_UP}'’.]+){{0,3}}"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:[ ](?:(?:de|da|do|del|es|el|al|la|of)[ ])?{_TITLE_WORD}){{0,2}}"  # Rio de Janeiro

_DATELINE_BODY = rf"""(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})
        (?P<region>,\s*(?!{_DATE})[A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?
        (?P<date>,\s*{_DATE})?
        (?P<agency>\s*\((?:[A-Z][\w.&/ ]{{0,30}})\))?
        \s*(?P<sep>[-–—:])\s+"""
_DATELINE = re.compile("^" + _DATELINE_BODY, re.VERBOSE)
_RUN_IN_DATELINE = re.compile(_DATELINE_BODY, re.VERBOSE)


@dataclass
class Dateline:
    place: str  # "Islamabad", "NEW DELHI" as written
    head: str  # the dateline as it will stand in the text, e.g. "ISLAMABAD, Jan 2 (Reuters) -"
    end: int  # end of the dateline and its separator in the original paragraph


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens ``paragraph``, or None.

    A colon separator, or one with no agency and no date, needs an all-caps place, a separator glued
    to the place ("Islamabad- ") or a city or country the gazetteer knows well ("Khartoum — Fighting …");
    otherwise "Meanwhile - …", "Note: …" and "Police — who …" would count.
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place")
    caps = place.isupper() and len(place) > 1
    glued = paragraph[m.start("sep") - 1] != " "
    qualified = bool(m.group("agency") or m.group("date") or m.group("region"))
    if m.group("sep") == ":" and not caps:
        return None
    rest = paragraph[m.end() :]
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'" or rest[0].isdigit()):
        return None
    if not (caps or glued or qualified or (m.group("sep") != ":" and known_city(place))):
        return None
    head = paragraph[: m.start("sep")].rstrip()
    return Dateline(place=place, head=f"{head} {m.group('sep')}" if m.group("sep") != ":" else f"{head}:", end=m.end())


# A bare "Name — " opens a story as a dateline only when the name is a city of this many people or a country:
# "Police — who …" (Police, Poland: 34,000) and a small namesake of a common word stay text.
_DATELINE_CITY_PEOPLE = 100_000


def known_city(place: str) -> bool:
    """Is ``place`` written as a city of at least ``_DATELINE_CITY_PEOPLE`` or a country, by its own name?
    False when the gazetteer cannot be opened (the dateline is then only what its form shows)."""
    from ..geo.gazetteer import load_gazetteer

    try:
        found = load_gazetteer().lookup(place)
    except (OSError, sqlite3.Error):
        return False
    if found is None or found.name.casefold() != place.casefold():
        return False
    return found.kind == "country" or (found.kind == "place" and found.population >= _DATELINE_CITY_PEOPLE)


def place_name(place: str) -> str:
    """ "NEW DELHI" -> "New Delhi"; "Islamabad" unchanged."""
    return place.title() if place.isupper() else place


# A headline run into the story stands before the dateline: at most this many words, no final punctuation.
_RUN_IN_MAX_WORDS = 30


def split_run_in_headline(paragraph: str) -> tuple[str | None, str]:
    """A headline run into the first paragraph ahead of a full wire dateline, and the paragraph from the dateline
    on: ``"Strike kills four in Gaza GAZA, Dec 3 (Reuters) - An Israeli…"`` -> ``("Strike kills four in Gaza",
    "GAZA, Dec 3 (Reuters) - An Israeli…")``. Only a dateline beyond doubt counts (a place in capitals, an
    agency in brackets and a dash, then a capital), after a run of words that does not end a sentence; otherwise
    ``(None, paragraph)``."""
    for m in re.finditer(r"(?<=[^\s.!?:;,] )(?=[A-Z]{2})", paragraph):
        head = paragraph[: m.start()].strip()
        if len(head.split()) > _RUN_IN_MAX_WORDS:
            break
        if not any(c.islower() for c in head.split()[-1]):
            continue  # "ADDIS ABABA, May 18 (AP) -": a word in capitals before is the dateline's own place
        d = _RUN_IN_DATELINE.match(paragraph, m.start())
        if d is None or not d.group("agency") or d.group("sep") == ":" or not d.group("place").isupper():
            continue
        rest = paragraph[d.end() :]
        if rest and (rest[0].isupper() or rest[0] in '"“‘'):
            return head, paragraph[m.start() :]
    return None, paragraph


def split_agency_opener(paragraph: str) -> tuple[str | None, str]:
    """An agency's name alone in brackets opening the story ("(CNN) — Police in …", "(AP) Police …"), and the
    paragraph without it; the names are ``agency_openers`` of ``data/boilerplate/wire_slugs.yaml``."""
    from .slugs import slug_rules

    m = slug_rules().agency.match(paragraph)
    if m is None or m.end() >= len(paragraph):
        return None, paragraph
    return m.group(0).strip(), paragraph[m.end() :]


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """The dateline of ``paragraph`` and the paragraph rewritten with the dateline on its own line."""
    found = find_dateline(paragraph)
    if found is None:
        return None, paragraph
    return found, f"{found.head}\n{paragraph[found.end :]}"

"""Hyphenated place names the tokenizer splits ("Mazar-e-Sharif", "Pul-i-Khumri", "Qala-e-Naw"): the
Persian and Pashto joints (-e-, -i-, -ye-) cut them into parts, and the tagger names only the first part
("Mazar") a place, which the gazetteer then finds abroad. The whole name is read as one place."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# A capitalised word joined to others by hyphens with at least one lowercase joint or capitalised part.
_HYPHENATED = re.compile(r"\b[A-Z][\w'’]+(?:-[\w'’]+)+\b")


def hyphenated_places(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """The hyphenated names between ``start`` and ``end`` that the gazetteer knows as a whole."""
    found = []
    for m in _HYPHENATED.finditer(text, start, end):
        parts = m.group().split("-")
        if len(parts) < 3 and not parts[-1][:1].isupper():
            continue  # "Kabul-based", "Taliban-led": a compound word, not a name
        if gazetteer.lookup(m.group()) is not None:
            found.append((m.group(), m.start(), m.end()))
    return found

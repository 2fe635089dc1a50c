"""The areas written after an "X area of Y district" container: "(Panjshir)" of "in Dara area of Khenj
district (Panjshir)", ", Khyber Pakhtunkhwa" of "in Spinwam area of North Waziristan district, Khyber
Pakhtunkhwa". Incident notes give the province there; it bounds the place when the district is unknown."""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import Gazetteer, Place

_BRACKET = re.compile(r"\s*\(")
_COMMA = re.compile(r"\s*,\s*[A-Z]")
_WIDE = frozenset({"province", "country"})

Containers = Callable[[str, int, Gazetteer], tuple[Place, ...]]


def bracketed_after(text: str, start: int, gazetteer: Gazetteer, containers: Containers) -> tuple[Place, ...]:
    """The areas a bracket (any) or a comma (provinces and countries only) right after ``start`` names."""
    tail = text[start : start + 4]
    if _BRACKET.match(tail):
        return containers(text, start, gazetteer)
    if _COMMA.match(tail):
        return tuple(p for p in containers(text, start, gazetteer) if p.precision in _WIDE)
    return ()

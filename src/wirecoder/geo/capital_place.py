"""A state's capital told by its adjective or country: "clashed in the Libyan capital", "in Sudan's capital".

The place finder reads "the Libyan capital" as the country (precision country); the capital itself is the
place, as incident data records it (Tripoli). The country's capital comes from the actor knowledge base and
its record from the gazetteer; anything that does not resolve to a place of that country is left as it was.
"""

from __future__ import annotations

import re
from typing import Any

from ..article import Event
from .gazetteer import Gazetteer

# "Libyan capital", "the Libyan capital", "Sudan's capital", "the country's capital" as the place finder keeps it
_CAPITAL = re.compile(r"^(?:the\s+)?[\w .'’-]*?\bcapital$", re.IGNORECASE)


def place_capital(event: Event, gazetteer: Gazetteer, kb: Any) -> None:
    """Give an event placed in "the X capital" (country precision) the capital city of that country."""
    location = event.location or {}
    if location.get("precision") != "country" or not _CAPITAL.match(str(location.get("text") or "").strip()):
        return
    iso3 = location.get("country")
    country = kb.countries.get(iso3) if iso3 else None
    if country is None or not country.capital:
        return
    place = gazetteer.lookup(country.capital)
    if place is None or place.location({}).get("country") != iso3:
        return
    event.location = {
        **place.location({}),
        "text": location.get("text"),
        "via": "capital",
        "from": location.get("from"),
    }

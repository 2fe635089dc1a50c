"""The country of a cross-border armed group's incident: incident data files JNIM's attack in Djibo under
Burkina Faso and the Islamic State's bombing in Bajaur under Pakistan, where the KB gives the group one home
country (or none). A group listed in ``data/actors/operating_areas.yaml`` takes the country of the place
the text ties the incident to, when that country is one of its own; elsewhere it keeps the KB's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..article import Event
from ..errors import DataError
from ..yamlfiles import data_path, read_yaml
from .sides import INCIDENT_TYPES, PLACE_FROM


@cache
def operating_areas() -> dict[str, frozenset[str]]:
    """Actor id -> the countries it fights in, as the data file lists them."""
    path = data_path("actors", "operating_areas.yaml")
    out: dict[str, frozenset[str]] = {}
    for group in read_yaml(path)["groups"]:
        codes = frozenset(str(c) for c in group["countries"])
        bad = sorted(c for c in codes if len(c) != 3 or not c.isalpha() or not c.isupper())
        if bad:
            raise DataError(str(path), f"{group['actor']}: not ISO 3166-1 alpha-3 codes: {', '.join(bad)}")
        out[str(group["actor"])] = codes
    return out


def place_operating_group(event: Event) -> None:
    """Give a listed group's source or target the country of the incident's place where it operates."""
    location = event.location or {}
    country = location.get("country")
    if (event.acled or {}).get("event_type") not in INCIDENT_TYPES or not country:
        return
    if location.get("from") not in PLACE_FROM or location.get("precision") == "country":
        return
    areas = operating_areas()
    for side in ("source", "target"):
        party = getattr(event, side)
        if party is None or party.country == country or country not in areas.get(party.actor_id or "", ()):
            continue
        setattr(event, side, replace(party, country=country, country_basis="place"))

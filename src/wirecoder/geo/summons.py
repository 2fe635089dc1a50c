"""A foreign envoy is summoned to the summoning state's foreign ministry: "Kenya summons Somali ambassador
over border raid" took place in Kenya, whatever the grievance names. With no place of its own in the text,
such an event is placed in its source's country, marked as taken from an actor."""

from __future__ import annotations

from ..article import Event
from .gazetteer import Gazetteer

# Pattern ids of acts done in the acting state's own capital.
HOME_ACTS = ("summon-envoy",)
# Sectors that act for a state: its government, a ministry, a foreign office.
_STATE = frozenset({"GOV", "MIL"})


def place_summons(event: Event, gazetteer: Gazetteer) -> None:
    """Give a summons its source's country (precision country, from actor) unless the text places it on
    that side already: a place in the grievance abroad ("over shelling in Kashmir") is not where it was."""
    pattern = event.pattern or ""
    source = event.source
    if not pattern.startswith(HOME_ACTS) or source is None or not source.country or source.sector not in _STATE:
        return
    location = event.location or {}
    if location.get("from") in {"text", "dateline"} and location.get("country") == source.country:
        return  # a finer place on the summoning side ("over rocket fire in Kunar")
    place = gazetteer.country(source.country)
    if place is not None:
        event.location = {**place.location({}), "text": None, "via": "source", "from": "actor"}

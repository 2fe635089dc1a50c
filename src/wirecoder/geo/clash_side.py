"""A clash between two states' forces that one of them reports, told with no place: "Kyrgyz officials say
four dead in a skirmish with Tajik troops". The opponent named after "with" is a side of the fight, not where
it was; with nothing better, the event is placed in the reporting state's country (marked as taken from an
actor), as fire from across a border is (``fire_side``).
"""

from __future__ import annotations

from ..article import Article, Event
from .fire_side import reporting_country
from .gazetteer import Gazetteer

# ACLED sub-event types of a fight between two armed sides.
CLASH_TYPES = frozenset({"Armed clash"})
# Where a location came from when it is only a participant's country (``resolve.FROM_OF_VIA``).
_FROM_ACTOR = "actor"


def mend_clash_side(article: Article, event: Event, gazetteer: Gazetteer) -> None:
    """Place a reported clash that has only a participant's country (or none) in the reporting state."""
    if (event.acled or {}).get("sub_event_type") not in CLASH_TYPES or article.doc is None:
        return
    location = event.location or {}
    if location and (location.get("precision") != "country" or location.get("from") != _FROM_ACTOR):
        return  # a place the text names
    reporter = reporting_country(article, event, location.get("country"))
    if reporter is None or location.get("country") == reporter:
        return
    source = event.source
    if source is not None and source.country and source.country != reporter:
        return  # "X says Y's troops attacked": Y's act, not placed by X's word
    place = gazetteer.country(reporter)
    if place is not None:
        event.location = {**place.location({}), "text": None, "via": "reporting side", "from": _FROM_ACTOR}

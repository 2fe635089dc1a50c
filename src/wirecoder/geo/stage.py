"""The ``geo`` stage: a location for every event (see ``resolve.locate_event``)."""

from __future__ import annotations

from typing import Any

from ..actors.kb import load_kb
from ..actors.overlay import active_overlay
from ..article import Article
from ..coding.aftermath import place_retold
from ..settings import Settings
from ..stage import Stage
from .answered_acts import answered_party
from .border_side import mend_border_side
from .capital_place import place_capital
from .clash_side import mend_clash_side
from .facility_target import place_facility_target, place_struck_place
from .fire_side import mend_fire_side
from .gazetteer import Gazetteer, load_gazetteer
from .implicit_parties import addressed_parties
from .locator_target import drop_locator_target
from .meeting_place import carry_meeting_place
from .mutual_acts import mutual_sides
from .operating_areas import place_operating_group
from .operations import operation_source
from .own_air_force import own_air_force
from .own_government import own_government
from .resolve import article_context, locate_event, story_countries
from .sides import place_source, place_target
from .summons import place_summons
from .unknown_perpetrator import unknown_perpetrator
from .visit_host import visit_host

# Keys of a location record; the coder's own record ("name", "country") is kept when nothing resolves.
LOCATION_KEYS = ("name", "country", "admin1", "admin2", "lat", "lon", "precision")


class GeoStage(Stage):
    """Fills ``event.location`` with a gazetteer record for every event."""

    name = "geo"
    requires = ("events",)
    assigns = ("events",)

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None) -> None:
        super().__init__(settings)
        self.gazetteer = gazetteer or load_gazetteer(settings.places_aliases)
        self.kb = load_kb(settings.actors, active_overlay(settings.actors_overlay))

    def __call__(self, article: Article) -> Article:
        context = article_context(article, self.gazetteer)
        countries = story_countries(article, self.gazetteer) if article.events else {}
        for event in article.events:
            found = locate_event(article, event, self.gazetteer, context, countries)
            event.location = (found or None) if found is not None else _unresolved(event.location)
            place_capital(event, self.gazetteer, self.kb)  # "in the Libyan capital": Tripoli
            mend_border_side(article, event, self.gazetteer)  # "near the Somalia border": this side of it
            mend_fire_side(article, event, self.gazetteer, self.kb)  # "killed in Indian firing, says X": X's side
            mend_clash_side(article, event, self.gazetteer)  # "X reports a skirmish with Y's troops": X's side
            place_summons(event, self.gazetteer)  # "X summons Y's envoy": in X
        carry_meeting_place(article, article.events)  # "they called on X" after "ministers met in Y": in Y
        place_retold(article.events)  # "the death toll rose to 14": where the attack it retells was
        for event in article.events:
            operation_source(article, event, self.kb)  # "killed in a police raid in X": X's police
            place_operating_group(event)  # "JNIM attacked Djibo": Burkina Faso's incident
            place_source(event, self.kb)
            place_target(event, self.kb)
            own_air_force(event, article)  # "a military jet bombed a monastery in Sagaing": Myanmar's military
            unknown_perpetrator(event, article)  # "a bomb went off in Bannu": an unidentified armed group of Pakistan
            place_facility_target(event)  # "drones struck a refinery in X": X's
            place_struck_place(event)  # "shelled the town of X": X's
            addressed_parties(event, article)  # "urged both sides to show restraint": the story's parties
            own_government(event, self.kb)  # "opposition leader X accused the government": X's own country's
            visit_host(event, self.kb)  # "the premier arrived in Canberra for a visit": a visit to Australia
        mutual_sides(article)  # "Pakistani and Afghan forces exchanged fire": each on the other
        for event in article.events:
            answered_party(event, article)  # "Caracas condemned the sanctions": aimed at who imposed them
            drop_locator_target(event, article)  # "blocked the Lagos-Ibadan expressway": the town is no target
        return article


def _unresolved(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """The coder's record with the gazetteer's keys present (and empty)."""
    if location is None:
        return None
    return {
        **{k: None for k in LOCATION_KEYS},
        **location,
        "text": location.get("name"),
        "via": "coder",
        "from": "text",
    }

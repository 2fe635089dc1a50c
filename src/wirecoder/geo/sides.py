"""The country of an incident's source that the text leaves without one, from where the incident happened:
incident data writes "Unidentified Armed Group (Pakistan)", "Protesters (Nigeria)", "Bandits (Nigeria)".

The actor stage already guesses such a country from the places its sentence names; this runs after the
geo stage, which knows the one place the event is tied to, so "police ... in Hyderabad, Sindh" are of
Pakistan even when the bare name "Hyderabad" first pointed at India.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..article import Event, Participant

# Event types whose sides are the people on the ground at the place (not a speaker somewhere else).
INCIDENT_TYPES = frozenset(
    {
        "Battles",
        "Violence against civilians",
        "Explosions/Remote violence",
        "Riots",
        "Protests",
        "Strategic developments",
    }
)
# Where a location came from when it says where the incident was ("actor" would be circular).
PLACE_FROM = frozenset({"text", "dateline"})
# Sectors of actors that belong to no country by nature.
_STATELESS = frozenset({"IGO", "NGO", "MNC"})
# Sectors whose generic members are of the place they act in: a guessed country of "police", "protesters" or
# "gunmen" yields to the place; one of "forces" or "refugees" does not (they often act abroad).
_LOCAL_SECTORS = frozenset({"COP", "UAF", "CRM", "PRO", "OPP", "CVL", "REB", "INS", "SEP", "LAB", "EDU", "BUS"})


def place_source(event: Event, kb: Any, day: Any = None) -> None:
    """Give the event's source the country of its place when it has none, or when its country was only
    inferred and it is a generic one ("gunmen", "police": a country's sector, not a named actor)."""
    source, location = event.source, event.location or {}
    if source is None or (event.acled or {}).get("event_type") not in INCIDENT_TYPES:
        return
    country = location.get("country")
    placed = location.get("from") in PLACE_FROM or _place_target(event, location)
    if not country or not placed or source.sector in _STATELESS:
        return
    if source.country == country:
        return
    guessed = source.country_basis not in {None, "stated"}
    if source.country is None and _remote(source, kb):
        return  # "a drone hit a depot in X": drones and missiles fly across borders, X is no owner
    if source.actor_id is None and (source.country is None or guessed):  # a bare span: "lawyers", "bandits"
        event.source = replace(source, country=country, country_basis="place")
    elif guessed and _generic(source):
        actor = kb.country_actor(country, source.sector, day, governing=False)
        event.source = replace(
            source, actor_id=actor.actor_id, name=actor.name, country=country, cameo=actor.cameo, country_basis="place"
        )


def place_target(event: Event, kb: Any, day: Any = None) -> None:
    """Mend a generic target's inferred country that its place contradicts ("protesters" of a protest in
    Hyderabad, Sindh guessed Indian from the bare name); a target with no country is left as it is."""
    target, location = event.target, event.location or {}
    if target is None or (event.acled or {}).get("event_type") not in INCIDENT_TYPES:
        return
    country = location.get("country")
    if not country or location.get("from") not in PLACE_FROM or target.country in {None, country}:
        return
    if location.get("precision") == "country":
        return
    if target.country_basis not in {None, "stated"} and _generic(target):
        actor = kb.country_actor(country, target.sector, day, governing=False)
        event.target = replace(
            target, actor_id=actor.actor_id, name=actor.name, country=country, cameo=actor.cameo, country_basis="place"
        )


def _place_target(event: Event, location: dict[str, Any]) -> bool:
    """The event's place is its target itself, a town or a district ("jihadists attacked Bocaranga", "rebels took
    control of Indaw"): the place says where the attackers were, so a local sort of attacker ("gunmen",
    "rebels", "bandits") is of its country. A country attacked ("hackers attacked Estonia") or a sort that often
    acts abroad ("forces", "drones") is not enough."""
    target, source = event.target, event.source
    if target is None or source is None or location.get("from") != "actor" or location.get("precision") == "country":
        return False
    if source.sector is not None and source.sector not in _LOCAL_SECTORS:
        return False
    name = (target.text or "").casefold().removeprefix("the ").strip()
    return bool(name) and name == str(location.get("name") or "").casefold()


def _generic(p: Participant) -> bool:
    """A country's sector made up from a noun ("police" -> "India (police)"), not a named actor of the KB."""
    return bool(
        p.sector in _LOCAL_SECTORS
        and p.actor_id
        and p.actor_id == p.cameo
        and p.country
        and p.actor_id.startswith(p.country)
    )


def _remote(p: Participant, kb: Any) -> bool:
    """A weapon flown from afar with no owner in the text ("a drone", "drones": ``remote`` in agents.yaml)."""
    words = p.text.casefold().split()
    if not words or not hasattr(kb, "agent"):
        return False
    last = words[-1]
    agent = kb.agent((last,)) or (kb.agent((last[:-1],)) if last.endswith("s") else None)
    return bool(agent is not None and agent.remote)

"""The country of a place or property struck in an incident: the country where it stands.

"Drones struck a refinery near X", "rebels blew up a pipeline in Y": the target is the facility, and the
Wikinews guide gives it the country of the place (a processing plant in Saudi Arabia is SAU). The actor
stage leaves such a span without a country; this runs after the geo stage, once the event's place is
known, and fills the country only when (a) the event is an incident ACLED would record, (b) the place
comes from the text or the dateline (never the story's guess), (c) the target is a bare span with no
actor and no country, and (d) its head noun, before any "of"/"at"/"in", names a facility or property.
Embassies and consulates are left alone: one stands abroad and belongs to the country that sends it.
A target that is the incident's place itself ("shelled Nikopol", "pounded the town of Kherson", "shelled
areas of Khan Younis") takes that place's country the same way (:func:`place_struck_place`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Event
from .sides import INCIDENT_TYPES, PLACE_FROM

FACILITIES = frozenset(
    """
    plant refinery refineries pipeline pipelines field fields terminal depot depots warehouse factory
    factories mine mines dam reservoir power station substation grid airport airfield airbase base bases
    port harbour harbor bridge bridges railway rail tracks hospital hospitals clinic school schools
    university campus mosque mosques church churches temple synagogue shrine market markets headquarters
    building buildings office offices compound checkpoint outpost barracks prison jail courthouse hotel
    facility facilities installation installations tower towers
    """.split()
)
_STOP = frozenset({"of", "at", "in", "near", "outside", "on", "belonging", "owned", "run", "which", "that"})
_PARTS = frozenset({"section", "sections", "part", "parts", "stretch", "portion", "segment", "wing"})
_ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})
# ACLED event types of force that strike a place
_STRIKE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# nouns a struck place is written under before its name: "the town of X", "areas of X", "the outskirts of X"
SETTLEMENTS = frozenset(
    """
    town towns city cities village villages area areas district districts neighbourhood neighbourhoods
    neighborhood neighborhoods suburb suburbs outskirts centre center region province port capital
    """.split()
)


def facility_head(text: str) -> str | None:
    """The facility noun a span is headed by ("a gas bottling plant outside X": "plant"; "a section of the
    pipeline": "pipeline"), or None."""
    head: list[str] = []
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _STOP:
            if w == "of" and head and head[-1] in _PARTS:  # "a section of": the head is what follows
                head = []
                continue
            break
        head.append(w)
    if not head or any(w in _ABROAD for w in head):
        return None
    return head[-1] if head[-1] in FACILITIES else None


def place_facility_target(event: Event) -> None:
    """Give a struck facility with no country the country of the incident's place (see the module doc)."""
    target, location = event.target, event.location or {}
    if target is None or target.country or target.actor_id:
        return
    if (event.acled or {}).get("event_type") not in INCIDENT_TYPES:
        return
    country = location.get("country")
    if not country or location.get("from") not in PLACE_FROM:
        return
    if facility_head(target.text or "") is None:
        return
    event.target = replace(target, country=country, country_basis="place")


def place_struck_place(event: Event) -> None:
    """Give a target that is the incident's own place (its name, or a settlement noun "of" it) with no actor
    and no country the country of that place (see the module doc)."""
    target, location = event.target, event.location or {}
    if target is None or target.country or target.actor_id or target.sector:
        return
    if (event.acled or {}).get("event_type") not in _STRIKE_TYPES:
        return  # "a missionary from Calgary was arrested": a place a person comes from is no struck place
    country, place = location.get("country"), str(location.get("text") or "").lower()
    if not country or not place or (location.get("from") not in PLACE_FROM and location.get("via") != "target"):
        return  # the place from the text, or the target's own name found in the gazetteer
    text = (target.text or "").lower()
    if text != place:
        words = re.findall(r"[a-z]+", text[: -len(place)]) if text.endswith(place) else []
        words = [w for w in words if w not in {"the", "a", "an", "parts", "part", "several", "some", "of"}]
        if len(words) != 1 or words[0] not in SETTLEMENTS:
            return
    event.target = replace(target, country=country, country_basis="place")

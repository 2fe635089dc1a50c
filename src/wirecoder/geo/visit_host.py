"""A visit's host country is its target: "the Chinese premier arrived in Canberra for a three-day visit" is a
visit to Australia, though the parse leaves the arrival with no object. The target is the country itself, as
event data writes a visit's host. Only a visit or arrival (``places/visit_host.yaml``) by a state's or a party's
person or body, that names no target, is placed by its own sentence in a country other than its visitor's, and
is no trip to a gathering of many states or a game ("arrived in New York for the UN General Assembly"), takes
the place's country; it must be told by a verb of travel (people who met in a third country meet each other); troops arriving abroad deploy and visit no one."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from ..article import Event, Participant
from ..yamlfiles import data_path, read_yaml


@cache
def _words() -> dict[str, frozenset[str]]:
    data = read_yaml(data_path("places", "visit_host.yaml"))
    return {
        "codes": frozenset(str(c) for c in data["visit_codes"]),
        "lemmas": frozenset(str(w) for w in data["visit_lemmas"]),
        "visitors": frozenset(str(c) for c in data["visitor_sectors"]),
        "gathering": frozenset(str(w).lower() for w in data["gathering_words"]),
    }


def _day(event: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(event.date)[:10]) if event.date else None
    except ValueError:
        return None


def visit_host(event: Event, kb: Any) -> None:
    """Give a targetless visit placed abroad its host country as target (see the module doc)."""
    words = _words()
    if event.target is not None or (event.cameo or {}).get("code") not in words["codes"]:
        return
    if event.negated or event.hypothetical:
        return
    if str((event.trigger or {}).get("lemma") or "").lower() not in words["lemmas"]:
        return
    source, location = event.source, event.location or {}
    country = location.get("country")
    if source is None or not source.country or not country or country == source.country:
        return
    if source.sector not in words["visitors"]:
        return
    if location.get("from") != "text":
        return
    sentence = str((event.evidence or {}).get("sentence") or "")
    if any(w in words["gathering"] for w in re.findall(r"[a-z0-9]+", sentence.lower())):
        return
    actor = kb.country_actor(country, None, _day(event))
    text = str(location.get("text") or location.get("name") or "")
    event.target = Participant(
        text,
        actor_id=actor.actor_id,
        name=actor.name,
        country=country,
        sector=actor.sector,
        cameo=actor.cameo,
        country_basis="place",
    )

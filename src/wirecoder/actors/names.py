"""One name at one date, resolved without a text around it (the CLI's `actors search`, the overlay's checks)."""

from __future__ import annotations

import datetime as dt

from ..article import Actor
from .kb import KnowledgeBase, normalise, parse_date
from .sectors import sector_named
from .syntax import singular


def resolve_name(kb: KnowledgeBase, text: str, date: str | dt.date | None = None) -> Actor | None:
    """The actor a bare name denotes on ``date``: a KB actor, a country (its government), a capital,
    a demonym, or "<demonym/country> <agent noun>" ("Pakistani soldiers" -> PAK MIL). None if unknown."""
    day = parse_date(date) if isinstance(date, str) else date
    hits = kb.lookup(text)
    if hits:
        hit = hits[0]
        if hit.kind == "entry":
            return kb.entry_actor(hit.key, day)
        if hit.kind in ("country", "capital"):
            return kb.country_actor(hit.key, sector_named("government"), day)
        if hit.kind == "people":
            return kb.country_actor(hit.key, sector_named("people"), day)
        return kb.country_actor(hit.key, None, day)
    words = normalise(text).split()
    for cut in range(1, len(words)):
        owner, noun = " ".join(words[:cut]), words[cut:]
        agent = kb.agent(tuple(noun)) or kb.agent(tuple(singular(w) for w in noun))
        owner_hits = kb.lookup(owner)
        if agent is None or not owner_hits:
            continue
        hit = owner_hits[0]
        if hit.kind == "entry":
            org = kb.entry_actor(hit.key, day)
            if agent.kind == "group":
                return org
            return Actor(None, None, org.country, org.sector, org.cameo, agent.role)
        return kb.country_actor(hit.key, agent.sector, day, agent.role if agent.kind == "person" else None)
    return None

"""A story whose only country is the one an unowned actor's act is aimed at: "The government expressed concern
over China's military drills" names China only as whom the government's act is about, so the story's country
(China, from that one name) is no evidence of the government's own: a state body speaks of foreign states. Such
a body ("the government", "officials", "the ministry", "lawmakers": ``national_bodies`` in sectors.yaml) keeps its
sector but no country, unless something else places the story there: a dateline, a place, or any other mention
of that country in the article. Police, troops and gunmen keep the country of whom they act on ("Gunmen killed a
Pakistani policeman": ACLED's armed group of the country the act is in)."""

from __future__ import annotations

from ..article import Actor
from .destinations import aimed_at
from .kb import AgentNoun
from .sectors import sector_group
from .state import COUNTRY_HITS, Found, ResolutionState


def only_aimed(s: ResolutionState, f: Found, agent: AgentNoun, iso3: str) -> bool:
    """Whether ``f`` is a state body and every mention of ``iso3`` in the article is in what its act is aimed at
    (and no dateline names it)."""
    if agent.sector not in sector_group("national_bodies"):
        return False
    if f.mention.head is None or s.dateline_country == iso3:
        return False
    head = s.doc[f.mention.head]
    seen = False
    for g in s.found:
        if g is f:
            continue
        if _country_of(g) != iso3:
            continue
        if g.mention.sentence_index != f.mention.sentence_index or g.mention.head is None:
            return False
        if g.mention.kind == "place" and g.hits and g.hits[0].kind == "place":
            return False  # a city or region: where the act is, not only whom it is aimed at
        if not aimed_at(head, s.doc[g.mention.head]):
            return False
        seen = True
    return seen


def _country_of(g: Found) -> str | None:
    """The country a mention names: its country word's, else its actor's."""
    if g.hits and g.hits[0].kind in COUNTRY_HITS:
        return str(g.hits[0].key)
    return g.mention.actor.country if g.mention.actor is not None else None


def sector_actor(s: ResolutionState, agent: AgentNoun, lemma: str) -> Actor:
    """The actor of ``agent`` by its sector alone, with no country."""
    sector = s.kb.sectors.get(agent.sector)
    return Actor(None, lemma, None, agent.sector, sector.cameo if sector else agent.sector, agent.role)

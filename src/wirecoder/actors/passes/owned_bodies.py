"""Pass ``actors.owned_bodies.v1``: a state body of the KB named with another country as its owner is that
country's body: "Argentina's Congress" and "the Argentine Congress" are Argentina's legislature, not the
United States Congress the KB files the bare name under. Only bodies of the state (legislature, courts,
government) change owner: "Iran's Hezbollah ally" keeps Hezbollah Lebanese. A bare shared name
(``data/actors/shared_body_names.yaml``: "Congress", "the Senate") in a story datelined in the country it is
clearly about is that country's, unless the KB's own country is named anywhere in the article (a story with no
dateline is not enough: "Congress passed sanctions on Iran" is about Iran, by the United States Congress)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...yamlfiles import read_yaml
from ..records import normalise
from ..state import Found, ResolutionState
from .registry import PASSES_FILE, register

STATE_SECTORS = frozenset({"LEG", "JUD", "GOV"})
OWNER_DEPS = frozenset({"poss", "amod", "compound"})
OWNER_HITS = frozenset({"country", "adjective", "capital"})


@cache
def shared_names() -> frozenset[str]:
    """The shared body names, normalised as KB aliases are."""
    data = read_yaml(PASSES_FILE.parent / "shared_body_names.yaml")
    names = data.get("names") if isinstance(data, dict) else None
    return frozenset(normalise(str(n)) for n in names or ())


def _owner(s: ResolutionState, f: Found) -> str | None:
    """The country a possessor or modifier outside the mention names ("Peru's", "Argentine")."""
    head: Any = s.doc[f.mention.head] if f.mention.head is not None else s.doc[f.last]
    for child in head.children:
        if child.dep_ not in OWNER_DEPS or f.first <= child.i <= f.last:
            continue
        g = s.named_at(child.i)
        if g is not None and g is not f and g.hits and g.hits[0].kind in OWNER_HITS:
            return g.hits[0].key
    return None


def _named_anywhere(s: ResolutionState, iso3: str, f: Found) -> bool:
    """Whether the article names ``iso3`` (its name, capital, demonym or one of its actors) besides ``f``."""
    for g in s.found:
        if g is f:
            continue
        if g.hits and g.hits[0].kind != "place" and g.hits[0].key == iso3:
            return True
        if g.mention.actor is not None and g.mention.actor.country == iso3 and g.mention.kind != "place":
            return True
    return False


@register("actors.owned_bodies.v1")
def owned_bodies(s: ResolutionState) -> None:
    """Give a KB state body to the country the text says owns it."""
    story: str | None = None
    for f in s.found:
        actor = f.mention.actor
        if not f.hits or f.hits[0].kind != "entry" or actor is None or actor.sector not in STATE_SECTORS:
            continue
        owner = _owner(s, f)
        if owner is None and normalise(f.mention.text) in shared_names():
            if story is None:
                told = s.story_country()
                story = told if told and told == s.dateline_country else ""
            if story and story != actor.country and not _named_anywhere(s, actor.country or "", f):
                owner = story
        if owner is None or owner == actor.country:
            continue
        body = s.country_actor(owner, actor.sector)
        body.name = f.mention.text
        f.mention.actor = body

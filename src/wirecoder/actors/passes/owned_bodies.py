"""Pass ``actors.owned_bodies.v1``: a state body of the KB named with another country as its owner is that
country's body: "Argentina's Congress" and "the Argentine Congress" are Argentina's legislature, not the
United States Congress the KB files the bare name under. Only bodies of the state (legislature, courts,
government) change owner: "Iran's Hezbollah ally" keeps Hezbollah Lebanese. A bare shared name
(``data/actors/shared_body_names.yaml``: "Congress", "the Senate") in a story datelined in the country it is
clearly about is that country's, unless the KB's own country is named anywhere in the article (a story with no
dateline is not enough: "Congress passed sanctions on Iran" is about Iran, by the United States Congress). A bare
shared name the article gave another country's owner before is that same body again ("Peru's Congress voted ...
Congress also approved ..."; "India's Congress party demanded ... The Congress accused ...": the party)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...yamlfiles import read_yaml
from ..coref import copy_actor
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


def _named_before(s: ResolutionState, f: Found, name: str, kb_country: str | None) -> Found | None:
    """The last earlier mention whose words hold the shared ``name`` and whose actor is of another country than
    the KB's ("Peru's Congress", "the Congress party" of India), if any."""
    words = name.split()
    best: Found | None = None
    for g in s.found:
        actor = g.mention.actor
        if g is f or g.first >= f.first or actor is None or not actor.country or actor.country == kb_country:
            continue
        held = normalise(g.mention.text).split()
        if any(held[i : i + len(words)] == words for i in range(len(held) - len(words) + 1)):
            if best is None or g.first > best.first:
                best = g
    return best


@register("actors.owned_bodies.v1")
def owned_bodies(s: ResolutionState) -> None:
    """Give a KB state body to the country the text says owns it."""
    story: str | None = None
    for f in sorted(s.found, key=lambda g: g.first):
        actor = f.mention.actor
        if not f.hits or f.hits[0].kind != "entry" or actor is None or actor.sector not in STATE_SECTORS:
            continue
        owner = _owner(s, f)
        bare = normalise(f.mention.text)
        if owner is None and bare in shared_names():
            before = _named_before(s, f, bare, actor.country)
            same = copy_actor(before.mention.actor) if before is not None else None
            if same is not None:
                same.name = f.mention.text
                f.mention.actor = same
                continue
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

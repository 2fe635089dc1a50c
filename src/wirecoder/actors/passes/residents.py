"""Pass ``actors.residents.v1``: an ethnic group named by its people word is of the country it lives in,
as event data codes a minority: "ethnic Albanians in south Serbia" and "the Albanians of southern Serbia"
are Serbia's, not Albania's. The country is a place in the group's own phrase ("of X"; with "ethnic",
also "in X" / "from X"), else, for an "ethnic" group, the one other country its sentence places it in."""

from __future__ import annotations

from typing import Any

from ..state import COUNTRY_HITS, Found, ResolutionState
from .registry import register

ETHNIC_WORDS = frozenset({"ethnic"})


def _place_country(s: ResolutionState, tok: Any) -> str | None:
    """The country the mention at ``tok`` names, when it names one."""
    g = s.named_at(tok.i)
    if g is None or not g.hits or g.hits[0].kind not in COUNTRY_HITS or g.hits[0].kind in ("adjective", "people"):
        return None
    return g.hits[0].key


def _home(s: ResolutionState, f: Found, ethnic: bool) -> str | None:
    """The country the group's own phrase, else (for an ethnic group) its sentence, places it in."""
    head = s.doc[f.mention.head] if f.mention.head is not None else s.doc[f.last]
    preps = {"of", "in", "from"} if ethnic else {"of"}
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (iso3 := _place_country(s, obj)) is not None:
                    return iso3
    if not ethnic:
        return None
    own = f.hits[0].key
    others = {
        g.hits[0].key
        for g in s.in_sentence(f.mention.sentence_index)
        if g is not f and g.mention.kind == "place" and g.hits and g.hits[0].kind in COUNTRY_HITS
    } - {own}
    return others.pop() if len(others) == 1 else None


@register("actors.residents.v1")
def residents(s: ResolutionState) -> None:
    """Give a people word of an ethnic group the country it lives in."""
    for f in s.found:
        if f.mention.kind != "demonym" or not f.hits or f.hits[0].kind != "people" or f.mention.actor is None:
            continue
        head = s.doc[f.mention.head] if f.mention.head is not None else s.doc[f.last]
        ethnic = any(c.lower_ in ETHNIC_WORDS for c in head.children if c.i < head.i)
        iso3 = _home(s, f, ethnic)
        if iso3 is None or iso3 == f.mention.actor.country:
            continue
        f.mention.actor = s.country_actor(iso3, f.mention.actor.sector, governing=False)

"""Pass ``actors.places.v1``: a country or capital name is a state acting ("Pakistan accused", "Kabul
said": its government) or a place ("in Pakistan"), by its syntax. A capital that is a bloc's seat stands, acting,
for the bloc ("asked Brussels to release the funds": the European Union; lexicon ``bloc_seats``)."""

from __future__ import annotations

from functools import cache

from ...coding import lexicon
from ..state import ResolutionState
from ..syntax import is_place
from .registry import register


@register("actors.places.v1")
def type_places_and_countries(s: ResolutionState) -> None:
    """Type every country and capital mention: place (country only) or acting state (``state_sector``)."""
    for f in s.found:
        hit = f.hits[0] if f.hits else None
        if hit is None or hit.kind not in ("country", "capital"):
            continue
        head = s.doc[f.mention.head]
        if f.mention.kind == "acronym":
            f.mention.kind = "name"
        if is_place(head, s.kb):
            f.mention.kind = "place"
            f.mention.actor = s.country_actor(hit.key, None)
            if hit.kind == "capital":
                f.mention.actor.name = f.mention.text
            f.mention.via = "place"
        elif hit.kind == "capital" and _bloc_seats().get(f.mention.text.lower()) in s.kb.entries:
            f.mention.actor = s.kb.entry_actor(_bloc_seats()[f.mention.text.lower()], s.day)
            f.mention.via = "bloc-seat"
            f.is_group = True
        else:
            f.mention.actor = s.kb.state_actor(hit.key, s.state_sector, s.day)
            f.mention.via = "capital" if hit.kind == "capital" else "country"
            f.is_group = True


@cache
def _bloc_seats() -> dict[str, str]:
    """Capital name (lower-case) -> the entry id of the bloc it stands for when acting."""
    return {str(k).lower(): str(v) for k, v in lexicon.load("bloc_seats")["seats"].items()}

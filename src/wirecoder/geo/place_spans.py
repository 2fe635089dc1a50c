"""A stretch of a sentence that names a place (``PlaceSpan``), the weights of a country in the lookup
context, and the location record built from a place (``place_record``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article, Event, Participant
from .gazetteer import Place
from .place_words import Token

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PRECISION_RANK = {"place": 0, "district": 1, "province": 2, "country": 3}
# Weights of a country in the lookup context (see gazetteer.score).
ARTICLE_WEIGHT, ACTOR_WEIGHT, MENTION_WEIGHT = 1.0, 2.0, 3.0


@dataclass
class PlaceSpan:
    """A stretch of a sentence that names a place, with the country the actor stage gave it, if any."""

    text: str
    start: int
    end: int
    country: str | None = None
    tokens: tuple[int, int] = (0, 0)  # spaCy token range [start, end)
    participant: bool = False  # also the event's source or target, as a territory (no sector)
    wider: str | None = None  # the name with the capitalised modifiers before it ("North Darfur")
    within: tuple[Place, ...] = ()  # areas written after it: "Hyderabad, Sindh", "Sangin district of Helmand"
    cut: bool = False  # the end of a longer proper name ("Ali" of "Nad-e Ali"): not a place by itself
    owner: str | None = None  # the country a possessive before it names ("Paraguay's Chaco region")


def sided_context(ctx: dict[str, float], span: PlaceSpan) -> dict[str, float]:
    """The context with the span's own country first: a shared place on the side the text names."""
    return {**ctx, span.country: MENTION_WEIGHT * 2} if span.country else ctx


# Where a location came from, as the event record's ``from`` says it: the event's words, the dateline,
# or only an actor's (or the story's) country, a guess that maps must show as such.
FROM_OF_VIA = {
    "tied": "text",
    "near": "text",
    "visit": "text",
    "sentence": "text",
    "dateline": "dateline",
    "target": "actor",
    "source": "actor",
    "story": "actor",
    "actor": "actor",
}


def place_record(place: Place, ctx: dict[str, float], text: str | None, via: str) -> dict[str, Any]:
    record = {**place.location(ctx), "text": text, "via": via, "from": FROM_OF_VIA.get(via, "text")}
    if len(place.countries) > 1:
        record["_countries"] = place.countries  # shared: ``locate_event`` may choose the other side
        record["_kind"] = place.kind
    return record


def trigger_token(article: Article, event: Event) -> Token | None:
    doc = article.doc
    start, end = event.trigger.get("start"), event.trigger.get("end")
    if doc is None or start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def participant_span(p: Participant | None) -> tuple[int, int] | None:
    """The participant's character span, when it has one."""
    if p is None or p.start is None or p.end is None:
        return None
    return p.start, p.end


def spans_overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1

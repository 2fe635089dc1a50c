"""The event's target or source when it is a place finer than a country: "shelled Kharkiv",
"raided the Jenin refugee camp" (``territory_place``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event, Participant
from ..mentions import in_sentence
from .area_containers import containers, place_within, resolve_span, resolve_text
from .gazetteer import Gazetteer, Place
from .place_spans import PlaceSpan, participant_span, place_record, spans_overlap
from .tied_place import UNTAGGED_MIN_POPULATION, named_area


def territory_place(
    article: Article, gazetteer: Gazetteer, event: Event, spans: list[PlaceSpan], ctx: dict[str, float]
) -> dict[str, Any] | None:
    """The event's target (else source) when it is a place finer than a country: "shelled Kharkiv",
    "raided the Jenin refugee camp"."""
    for via, participant in (("target", event.target), ("source", event.source)):
        span = participant_span(participant)
        if participant is None or participant.sector or span is None:
            continue
        if not any(c.isupper() for c in participant.text or ""):
            continue  # "farmers", "the village": a common noun is no place name
        if any(
            m.via == "outlet" and spans_overlap(m.start, m.end, *span)
            for m in in_sentence(article, event.sentence_index)
        ):
            continue  # "the news agency Saba": an outlet (actors.outlets.v1)
        mine = [s for s in spans if s.participant and spans_overlap(s.start, s.end, *span)]
        if any(s.cut or s.within for s in mine):  # "Nad-e Ali district (Helmand)": read as a whole
            place = next((p for p in (resolve_span(gazetteer, s, ctx) for s in mine) if p is not None), None)
            if place is not None and place.precision != "country":
                return place_record(place, ctx, participant.text, via)
            continue
        bracketed = _bracketed_place(article, gazetteer, participant, span, ctx)
        if bracketed is not None:  # "shelled Nikopol (Dnipropetrovsk Oblast)": the tagger's span runs on
            return place_record(bracketed, ctx, participant.text, via)
        texts = [s.text for s in mine]
        if not texts and _no_place_name(article, span):
            continue  # "Police arrested Hassan", "Man shot dead by police": a person, a capitalised word
        for text in [*texts, participant.text]:
            place = resolve_text(gazetteer, text, ctx, participant.country)
            if (
                place is not None
                and place.precision != "country"
                and (
                    texts or place.source == "alias" or named_area(place) or place.population >= UNTAGGED_MIN_POPULATION
                )
            ):
                return place_record(place, ctx, text, via)
    return None


def _bracketed_place(
    article: Article, gazetteer: Gazetteer, participant: Participant, span: tuple[int, int], ctx: dict[str, float]
) -> Place | None:
    """A participant whose text runs into a bracket, "Nikopol (Dnipropetrovsk": the name before it, inside
    the areas the bracket gives; None when the text has no bracket or the name is no finer place."""
    text = participant.text or ""
    cut = text.find("(")
    if cut <= 0:
        return None
    name = text[:cut].strip()
    end = span[0] + len(text[:cut].rstrip())
    within = containers(article.text, end, gazetteer)
    place = place_within(gazetteer, PlaceSpan(name, span[0], end, within=within), ctx) if within else None
    if place is None:
        place = resolve_text(gazetteer, name, ctx, participant.country)
    return place if place is not None and place.precision != "country" else None


def _no_place_name(article: Article, span: tuple[int, int]) -> bool:
    """Whether the participant at ``span`` is one word that is a given name tagged as a person, or that is
    capitalised only because it opens its sentence: geocoding it would find a namesake town ("Police
    arrested Hassan": Hassan, India; "Man shot dead": Man, Côte d'Ivoire)."""
    doc = article.doc
    words = doc.char_span(*span, alignment_mode="expand") if doc is not None else None
    if words is None or len(words) != 1:
        return False
    word = words[0]
    return word.is_sent_start or (word.ent_type_ == "PERSON" and word.lower_ in _given_names())


@cache
def _given_names() -> frozenset[str]:
    from ..actors.kb import DATA_DIR, read_word_list

    return read_word_list(DATA_DIR / "given_names.txt")

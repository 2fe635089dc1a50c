"""Places an event's sentence names: the spans that name places (``sentence_places``), the place tied to a
trigger by its preposition (``tied_objects``, ``tied_place``), areas written after a name (``containers``),
territories named as a target (``territory_place``), and the location record built from a place
(``place_record``). ``resolve.locate_event`` chooses among them.
"""

from __future__ import annotations

import re
from typing import Any

from ..article import Article, Event
from ..mentions import in_sentence
from ..nlp import entities_between
from .area_containers import container_of_unit, containers, object_of_unit, resolve_span
from .contained_towns import contained_towns
from .gazetteer import Gazetteer, Place, abbreviation
from .glued_names import glued_places
from .hyphen_names import hyphenated_places
from .name_extent import area_unit_end, longer_place_end, unit_name_end
from .not_places import compound_modifier
from .object_towns import object_towns
from .of_areas import of_area_name
from .owned_names import owner_country
from .place_spans import (
    ACTOR_WEIGHT,
    ARTICLE_WEIGHT,
    MENTION_WEIGHT,
    PLACE_ENTS,
    PRECISION_RANK,
    PlaceSpan,
    participant_span,
    place_record,
    sided_context,
    spans_overlap,
    trigger_token,
)
from .place_words import admin_words, area_words, name_like, unit_words
from .split_sides import side_country
from .territory_place import territory_place
from .tied_objects import tied_objects
from .tied_place import cuts_name, name_phrases, tied_place
from .unlisted import unlisted_names

__all__ = [
    "ACTOR_WEIGHT",
    "ARTICLE_WEIGHT",
    "PLACE_ENTS",
    "PRECISION_RANK",
    "PlaceSpan",
    "containers",
    "dateline_place",
    "name_part",
    "names_country",
    "object_of_unit",
    "participant_span",
    "place_record",
    "resolve_span",
    "sentence_places",
    "sided_context",
    "spans_overlap",
    "territory_place",
    "tied_objects",
    "tied_place",
    "trigger_token",
]

_DATELINE_SPLIT = re.compile(r"\s*(?:,|\(|—|–|\s-\s|-\s|/)\s*")


def sentence_places(article: Article, event: Event, gazetteer: Gazetteer | None = None) -> list[PlaceSpan]:
    """Place mentions and GPE/LOC/FAC entities of the event's sentence, minus its source and target when
    they are actors (a territory stays, marked ``participant``) and minus names inside an actor's
    mention ("Pakistan's army"); with a gazetteer, also noun phrases
    that name a curated place ("the Afghan border")."""
    if not (0 <= event.sentence_index < len(article.sentences)):
        return []
    sent = article.sentences[event.sentence_index]
    taken: list[tuple[int, int, str | None]] = []
    for p in (event.source, event.target):
        span = participant_span(p)
        if p is not None and span is not None:
            taken.append((*span, p.sector))
    actor_spans = [
        (m.start, m.end)
        for m in in_sentence(article, event.sentence_index)
        if m.kind != "place" and (m.actor is not None and m.actor.sector or m.via == "outlet")  # "news agency Saba"
    ]
    spans: list[PlaceSpan] = []

    def inside_actor(start: int, end: int, strictly: bool = True) -> bool:
        return any(a <= start and end <= b and (not strictly or (a, b) != (start, end)) for a, b in actor_spans)

    if gazetteer is not None:  # "Mazar-e-Sharif" whole, before "Mazar"
        spans += [PlaceSpan(*found) for found in hyphenated_places(article.text, sent.start, sent.end, gazetteer)]
    for m in in_sentence(article, event.sentence_index):
        if any(spans_overlap(m.start, m.end, s.start, s.end) for s in spans):
            continue
        if m.kind == "place" and not inside_actor(m.start, m.end):
            guessed = m.actor.country if m.actor else None
            spans.append(PlaceSpan(m.text, m.start, m.end, guessed if names_country(m.text, gazetteer) else None))
    doc = article.doc
    if doc is not None:
        for ent in entities_between(doc, sent.start, sent.end):
            if ent.label_ in PLACE_ENTS:
                if any(spans_overlap(ent.start_char, ent.end_char, s.start, s.end) for s in spans):
                    continue
                if _common_area(ent):
                    continue  # "the city's eastern district": a part of some place, named by no name
                if not inside_actor(ent.start_char, ent.end_char, strictly=False):
                    spans.append(PlaceSpan(ent.text, ent.start_char, ent.end_char))
        if gazetteer is not None:
            spans += _curated_phrases(doc, article.text, sent.start, sent.end, spans, gazetteer)
            for g in glued_places(doc, article.text, sent.start, sent.end, gazetteer):  # "in Tank Large haul"
                spans = [s for s in spans if not (s.start == g[1] and s.end > g[2])] + [PlaceSpan(*g)]
    kept = []
    for s in spans:
        if container_of_unit(article.text, s.start) or compound_modifier(article.text, s.end):
            continue  # "Kunduz" of "Chahar Dara district of Kunduz": the district is read whole, inside it
        roles = [sector for a, b, sector in taken if spans_overlap(s.start, s.end, a, b)]
        if any(roles):
            continue  # an actor here, not a place
        s.participant = bool(roles)  # a territory the event is done to ("attacks inside Pakistan")
        kept.append(s)
    spans = kept
    if doc is not None:
        for s in spans:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None:
                s.tokens, s.wider = (span.start, span.end), of_area_name(span, s.text)  # "the state of X"
                if gazetteer is not None:  # "Pakistan's part of Kashmir": on that country's side
                    s.country = side_country(article, gazetteer, span[0]) or s.country
                    s.owner = owner_country(gazetteer, span[0])  # "Paraguay's Chaco region"
                    s.country = s.owner or s.country
                first = span.start
                while (
                    first > 0
                    and doc[first - 1].is_title
                    and doc[first - 1].dep_ in {"compound", "amod"}
                    and span.start <= doc[first - 1].head.i < span.end
                    and span.start - first < 2
                ):
                    first -= 1
                if first < span.start:  # "North Darfur" where the mention is "Darfur"
                    s.wider = article.text[doc[first].idx : s.end]
    if gazetteer is not None:
        for s in spans:
            whole = unit_name_end(doc, s.end, unit_words()) if doc is not None else None
            whole = whole or (
                longer_place_end(doc, s.start, s.end, article.text, gazetteer) if doc is not None else None
            )
            whole = whole or (  # "in Zaporizhzhia oblast" with the unit left out of the name: the oblast
                area_unit_end(doc, s.start, s.end, article.text, gazetteer, admin_words()["area"])
                if doc is not None
                else None
            )
            if whole is not None:  # "Takht" of "Takht Bhai tehsil of Mardan district": the unit's whole name
                s.text, s.end = article.text[s.start : whole], whole
            s.within = containers(article.text, s.end, gazetteer)
            s.cut = doc is not None and cuts_name(doc, s.start, [], s.end)
        if doc is not None:  # "in Garhi Sher, Bannu": a village the gazetteer lacks, in the area after it
            sentence = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            taken_spans = [(s.start, s.end) for s in spans] + [(a, b) for a, b, _ in taken]
            for b, e, first, stop, areas in unlisted_names(doc, article.text, sentence or (), taken_spans, gazetteer):
                if not inside_actor(b, e, strictly=False):
                    spans.append(PlaceSpan(article.text[b:e], b, e, tokens=(first, stop), within=areas))
            taken_spans = [(s.start, s.end) for s in spans] + [(a, b) for a, b, _ in taken]
            for b, e, first, stop in object_towns(doc, article.text, sentence or (), taken_spans, gazetteer):
                spans.append(PlaceSpan(article.text[b:e], b, e, tokens=(first, stop)))  # "attacked Timbuktu"
            taken_spans = [(s.start, s.end) for s in spans] + [(a, b) for a, b, _ in taken]
            for b, e, first, stop, areas in contained_towns(doc, article.text, sentence or (), taken_spans, gazetteer):
                spans.append(PlaceSpan(article.text[b:e], b, e, tokens=(first, stop), within=areas))  # "Kalemie in X"
    spans.sort(key=lambda s: s.start)
    return spans


def _common_area(ent: Any) -> bool:
    """Whether a place entity is only a common noun of an area in lower case with its modifiers ("eastern
    district", "the northern outskirts"): no proper name, so no gazetteer entry ("Eastern Province") is meant."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    return bool(words) and all(t.is_lower for t in words) and ent.root.lower_ in area_words()


def names_country(text: str, gazetteer: Gazetteer | None) -> bool:
    """Whether ``text`` names a country (without a gazetteer: assume it does)."""
    if gazetteer is None:
        return True
    place = gazetteer.lookup(text, alternates=False)
    return place is not None and place.precision == "country"


def dateline_place(dateline: str, gazetteer: Gazetteer, context: dict[str, float]) -> Place | None:
    """The place of a dateline: "Islamabad", "ISLAMABAD, Pakistan (Reuters)", "Kabul -"."""
    dateline = " ".join(w.title() if w.isupper() else w for w in dateline.split(" "))  # "ROME" is Rome
    parts = [p for p in _DATELINE_SPLIT.split(dateline.strip()) if p and not p.isspace()]
    if not parts:
        return None
    ctx = dict(context)
    for part in parts[1:]:
        country = gazetteer.lookup(part)
        if country is not None and country.precision in {"country", "province"} and country.country:
            ctx[country.country] = MENTION_WEIGHT
    return gazetteer.lookup(dateline.strip(), ctx) or gazetteer.lookup(parts[0], ctx)


def name_part(article: Article, start: int, end: int) -> bool:
    """Whether a country's name here ends a longer proper name ("Jordan" of "Puerto Jordan"): no country."""
    return article.doc is not None and cuts_name(article.doc, start, [], end)


def _curated_phrases(
    doc: Any, text: str, start: int, end: int, spans: list[PlaceSpan], gazetteer: Gazetteer
) -> list[PlaceSpan]:
    """Noun phrases of a sentence that name an entry of the curated alias table: "the troubled Afghan
    border", "the Line of Control"."""
    found: list[PlaceSpan] = []
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None:
        return found
    for head in sentence:
        if head.pos_ not in {"NOUN", "PROPN"} or (head.dep_ == "compound" and not abbreviation(head.text)):
            continue  # an abbreviation stays: "NWA drone strikes" (the gazetteer lists curated ones only)
        if head.dep_ == "pobj" and head.head.head.pos_ == "PROPN":  # "Control" in "Line of Control"
            continue
        single = [(head.idx, head.idx + len(head.text))] if name_like(head) else []
        for begin, stop in name_phrases(head) + single:
            if any(spans_overlap(begin, stop, s.start, s.end) for s in spans + found):
                continue
            place = gazetteer.lookup(text[begin:stop])
            if (
                place is not None
                and place.source == "alias"
                and (stop - begin > len(head.text) or place.precision != "country")
            ):
                found.append(PlaceSpan(text[begin:stop], begin, stop))
                break
    return found

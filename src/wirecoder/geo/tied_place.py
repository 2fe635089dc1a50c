"""The place named by a prepositional object (``tied_place``): a place span in its phrase, an
administrative unit named by its modifiers ("Gusau LGA"), a curated phrase, or a part of a country."""

from __future__ import annotations

import re
from typing import Any

from ..article import Article
from ..mentions import covering
from .area_containers import containers, lies_in, place_within, resolve_span, resolve_text
from .bracket_names import name_before_bracket
from .country_areas import country_area
from .gazetteer import Gazetteer, Place
from .not_places import dated
from .owned_names import kept_in_owner
from .place_spans import PlaceSpan, place_record
from .place_words import NAME, PART_WORDS, Token, admin_words, area_words, long_unit_words, name_like, unit_words
from .tied_objects import named_by_of

# A proper noun that spaCy did not tag as a place ("outskirts of Quetta" as ORG) counts when it names
# a town at least this big, a curated place or an area.
UNTAGGED_MIN_POPULATION = 5000
_NOT_PLACE_ENTS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"})  # "a Toyota showroom"
_BORDER_WORDS = frozenset({"border", "borders", "frontier"})


def tied_place(
    article: Article, gazetteer: Gazetteer, obj: Token, spans: list[PlaceSpan], ctx: dict[str, float]
) -> dict[str, Any] | None:
    """The place named by a prepositional object: a place span in its phrase, or the phrase itself when
    the gazetteer knows it ("along the Afghan border", "the outskirts of Quetta" tagged ORG)."""
    if dated(obj):
        return None  # "in early March": a date, not the town of that name
    owned = country_area(gazetteer, obj)
    if owned is not None:  # "in Cameroon's Far North region": the region, not Cameroon
        return place_record(owned[0], ctx, owned[1], "tied")
    left = obj.left_edge.i
    for span in spans:
        if span.tokens[0] <= obj.i < span.tokens[1] or left <= span.tokens[0] <= obj.i:
            unit = _unit_place(article, gazetteer, obj, ctx) if span.cut else None
            if unit is not None:  # "Praia" of "in Mocimboa da Praia district": the unit's whole name
                return unit
            phrase = _phrase_text(article, obj, span)
            if span.within:
                place = place_within(gazetteer, span, ctx, phrase)
            elif span.cut:
                place = None
            else:  # "North Darfur" before "Darfur"
                wider = resolve_text(gazetteer, span.wider, ctx, span.country) if span.wider else None
                place = wider or resolve_text(gazetteer, phrase, ctx, span.country)
            if place is None:
                place = resolve_span(gazetteer, span, ctx)
            place = kept_in_owner(gazetteer, span.owner, place)  # "Paraguay's Chaco": never Argentina's
            if place is not None:
                return place_record(place, ctx, span.text, "tied")
            if span.country and not span.cut:  # "Puerto Jordan" is no place in Jordan
                country = gazetteer.country(span.country)
                if country is not None:
                    record = place_record(country, ctx, span.text, "tied")
                    record["name"] = span.text
                    return record
    unit = _unit_place(article, gazetteer, obj, ctx)
    if unit is not None:
        return unit
    folded = name_before_bracket(obj)
    if folded is not None:  # "Thomonde (Centre department)" parsed as one phrase: the town, inside the bracket
        within = containers(article.text, folded[1], gazetteer)
        name = article.text[folded[0] : folded[1]]
        if within:
            place = place_within(gazetteer, PlaceSpan(name, *folded, within=within), ctx, name)
            if place is not None:
                return place_record(place, ctx, name, "tied")
    for begin, stop in name_phrases(obj, shortest=1):
        if cuts_name(obj.doc, begin, spans, stop):
            continue  # "Ali" of "Mir Ali": a multi-word name is one place or none
        if stop == obj.idx + len(obj.text) and _named_of(obj):
            continue  # "University" of "the University of Chile": the name is the whole phrase or none
        text = article.text[begin:stop]
        place = gazetteer.lookup(text, ctx)
        if place is not None and place.source != "alias" and text.islower():
            continue  # "near a police patrol van": a common noun in lower case names no town (Van, Turkey)
        if place is not None and (
            place.source == "alias"
            or named_area(place)
            or place.population >= UNTAGGED_MIN_POPULATION
            or (stop == obj.idx + len(obj.text) and _vouched(article, gazetteer, obj, place, ctx))
        ):
            return place_record(place, ctx, text, "tied")
    compounds = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and name_like(c)]
    for mod in compounds if obj.lower_ not in _BORDER_WORDS else ():
        text = article.text[mod.left_edge.idx : mod.idx + len(mod.text)]  # "in Kurram drone strike"
        place = gazetteer.lookup(text, ctx)
        if place is None or place.precision == "country":  # "a US drone strike": the country acts
            continue
        if (  # a curated name, or a big enough place of the story's countries
            place.source == "alias"
            or (
                mod.ent_type_ not in _NOT_PLACE_ENTS
                and any(ctx.get(c, 0.0) > 0 for c in place.countries)
                and (named_area(place) or place.population >= UNTAGGED_MIN_POPULATION)
            )
        ):
            return place_record(place, ctx, text, "tied")
    if name_like(obj) and obj.pos_ != "PROPN":  # "near LoC": an acronym the tagger took for a noun
        place = gazetteer.lookup(obj.text, ctx)
        if place is not None and place.source == "alias":
            return place_record(place, ctx, obj.text, "tied")
    return _area_of_country(article, gazetteer, obj, ctx)


def _vouched(article: Article, gazetteer: Gazetteer, obj: Token, place: Place, ctx: dict[str, float]) -> bool:
    """Whether a small town read from an untagged name is vouched for as a place: "the municipality of El
    Tarra" (a unit noun it names, in a country of the story) or "El Tarra, Norte de Santander" (the area
    written after it holds it); a bare small name is as likely a person's or a group's."""
    if place.precision != "place":
        return False
    within = containers(article.text, obj.idx + len(obj.text), gazetteer)
    if within:
        return all(lies_in(place, area) for area in within)
    prep = obj.head
    return (
        obj.dep_ == "pobj"
        and prep.dep_ == "prep"
        and named_by_of(prep.head, prep, obj)
        and any(ctx.get(c, 0.0) > 0 for c in place.countries)
    )


def _unit_place(article: Article, gazetteer: Gazetteer, obj: Token, ctx: dict[str, float]) -> dict[str, Any] | None:
    """An administrative unit named by its proper-noun modifiers, inside the areas written after it: "in
    Gusau LGA (Zamfara)", "in Kani township (Sagaing Region)" (the unit's own name, else the area the text
    puts it in); the tagger often takes such a name for a person or an organisation."""
    found = _unit_name(article.text, obj)
    if found is None:
        return None
    name, begin, end, unit = found
    within = containers(article.text, obj.idx + len(obj.text), gazetteer)
    if within:
        place = place_within(gazetteer, PlaceSpan(name, begin, end, within=within), ctx, f"{name} {unit}")
    else:
        place = gazetteer.lookup(f"{name} {unit}", ctx) or gazetteer.lookup(name, ctx)
        small = place is not None and place.precision == "place" and place.population < UNTAGGED_MIN_POPULATION
        if small and unit.lower() not in admin_words()["container"]:  # a tehsil's seat is a small town
            place = None
    if place is None or (not within and not any(ctx.get(c, 0.0) > 0 for c in place.countries)):
        return None  # a bare name of no country in the story is as likely a person's
    return place_record(place, ctx, name, "tied")


def named_area(place: Place) -> bool:
    """A province or a curated district, safe to read from an untagged name; a second-order division of
    GeoNames is as often a person's name ("Sanders", "Lincoln") and counts as a town of its population."""
    return place.precision != "place" and place.source != "admin2"


def _unit_name(text: str, obj: Token) -> tuple[str, int, int, str] | None:
    """The proper name an administrative unit noun follows, its span, and the unit as written: "Gusau"
    of "Gusau LGA" (the noun's name-like modifiers), "Gwoza" of "Gwoza local government area"."""
    stop = obj.idx + len(obj.text)
    start = max(0, stop - 120)  # a name and its unit words: a short window before the noun
    for unit in long_unit_words():
        if unit.endswith(obj.lower_):
            words = r"\s+".join(re.escape(w) for w in unit.split())
            m = re.search(rf"\b({NAME})\s+(?i:{words})$", text[start:stop])
            if m is not None:
                return m.group(1), start + m.start(1), start + m.end(1), unit
    if obj.lower_ not in unit_words():
        return None
    names = [c for c in obj.children if c.dep_ in {"compound", "nmod"} and c.i < obj.i and name_like(c)]
    if not names:
        return None
    begin, end = names[0].left_edge.idx, obj.idx
    return text[begin:end].strip(), begin, end, obj.text


def cuts_name(doc: Any, begin: int, spans: list[PlaceSpan], stop: int) -> bool:
    """Whether the phrase [``begin``, ``stop``) cuts a proper name after its first word: "Ali" or "Ghundai
    Ali" of "Tor Ghundai Ali", "Khan" of "Dera Ismail Khan" (but "Orakzai" of "Upper Orakzai" stands)."""
    i = next((t.i for t in doc if t.idx == begin), None)
    if i is None:
        return False
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ in PART_WORDS:
        return False
    if any(s.start <= begin and stop <= s.end and stop - begin < s.end - s.start for s in spans):
        return True
    return before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i >= i


def _named_of(head: Token) -> bool:
    """Whether ``head`` is followed by an "of" phrase naming something ("University of Chile")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in head.rights
    )


def _area_of_country(
    article: Article, gazetteer: Gazetteer, obj: Token, ctx: dict[str, float]
) -> dict[str, Any] | None:
    """A part of a country named through the country: "Pakistan's northwest", "the Pakistani tribal
    region", "northwest Pak" (an area word with a country or demonym before it): that country."""
    if obj.lower_ not in area_words() and obj.lemma_.lower() not in area_words():
        return None
    for mod in obj.children:
        if mod.dep_ not in {"poss", "compound", "amod", "nmod"} or mod.i > obj.i:
            continue
        if mod.dep_ != "poss" and obj.lower_ in _BORDER_WORDS:
            continue  # "near the Pakistani border" is as often the other side of it
        country = _country_named(article, gazetteer, mod)
        if country is not None:
            record = place_record(country, ctx, article.text[mod.idx : obj.idx + len(obj.text)], "tied")
            return record
    return None


def _country_named(article: Article, gazetteer: Gazetteer, tok: Token) -> Place | None:
    """The country a token names, as a place ("Pakistan", "Pak") or a demonym the actor stage resolved
    ("Pakistani")."""
    place = gazetteer.lookup(tok.text, alternates=False)
    if place is not None and place.precision == "country":
        return place
    for m in covering(article, tok.idx):
        if m.actor is not None and m.actor.country and m.end - m.start <= len(tok.text) + 1:
            return gazetteer.country(m.actor.country)
    return None


def name_phrases(head: Token, longest: int = 6, shortest: int = 2) -> list[tuple[int, int]]:
    """Character ranges of the name-like phrases around a noun, longest first: its subtree without the
    determiner, then without leading adjectives or a trailing "of" phrase ("the troubled Line of
    Control" -> "troubled Line of Control", "Line of Control", "troubled Line", ...). Only phrases with a
    proper noun or a national adjective count."""
    doc = head.doc
    left = head.left_edge.i
    while left < head.i and doc[left].dep_ in {"det", "poss", "case", "predet", "punct"}:
        left += 1
    rights = sorted({head.right_edge.i, head.i}, reverse=True)
    out = []
    for first in range(left, head.i + 1):
        for last in rights:
            if not shortest <= last - first + 1 <= longest:
                continue
            words = doc[first : last + 1]
            if any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "LOC"} for t in words):
                out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


def _phrase_text(article: Article, obj: Token, span: PlaceSpan) -> str:
    """The span with the administrative word after it, when the phrase has one ("Bannu district")."""
    if span.tokens[1] == obj.i and obj.i > span.tokens[0]:
        return article.text[span.start : obj.idx + len(obj.text)]
    return span.text

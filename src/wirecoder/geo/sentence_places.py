"""Places an event's sentence names: the spans that name places (``sentence_places``), the place tied to a
trigger by its preposition (``tied_objects``, ``tied_place``), areas written after a name (``containers``),
territories named as a target (``territory_place``), and the location record built from a place
(``place_record``). ``resolve.locate_event`` chooses among them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from ..article import Article, Event, Participant
from ..coding.lexicon import subset
from ..mentions import covering, in_sentence
from ..nlp import entities_between
from .bracket_areas import bracketed_after
from .bracket_names import name_before_bracket
from .comma_areas import namesake_area
from .country_areas import country_area, settlement_appositions
from .gazetteer import Gazetteer, Place, abbreviation
from .glued_names import glued_places
from .hyphen_names import hyphenated_places
from .in_containers import in_container
from .name_extent import area_unit_end, longer_place_end, unit_name_end, without_part
from .names import normalize
from .not_places import compound_modifier, dated
from .of_areas import of_area_name
from .split_sides import side_country
from .struck_places import struck_place, struck_subjects
from .unlisted import unlisted_names

Token = Any

# Prepositions that locate only a common noun: "on the border", "on the outskirts of Kabul", but
# "talks on Kashmir" is about Kashmir; "over Syria" is a topic as often as an airspace.
_COMMON_NOUN_ONLY = frozenset({"on", "over"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass", "dative"})
_CLAUSE_DEPS = frozenset({"xcomp", "advcl"})
# A proper noun that spaCy did not tag as a place ("outskirts of Quetta" as ORG) counts when it names
# a town at least this big, a curated place or an area.
_UNTAGGED_MIN_POPULATION = 5000
_MAX_DEPTH = 3  # prepositional phrases followed from the trigger: "talks between A and B in Kabul"
PRECISION_RANK = {"place": 0, "district": 1, "province": 2, "country": 3}
# Weights of a country in the lookup context (see gazetteer.score).
ARTICLE_WEIGHT, ACTOR_WEIGHT, MENTION_WEIGHT = 1.0, 2.0, 3.0
_NOT_PLACE_ENTS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"})  # "a Toyota showroom"
_PART_WORDS = frozenset(
    "upper lower north south east west northern southern eastern western central greater outer inner northwest"
    " northeast southwest southeast northwestern northeastern southwestern southeastern nw ne sw se".split()
)
_BORDER_WORDS = frozenset({"border", "borders", "frontier"})
# Prepositions that name the other side of an act, never its place: "in a border clash with Azerbaijan"
_SIDE_PREPS = frozenset({"with", "against", "between"})
_DATELINE_SPLIT = re.compile(r"\s*(?:,|\(|—|–|\s-\s|-\s|/)\s*")


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


def tied_objects(trigger: Token) -> list[Token]:
    """Objects of location prepositions attached to the trigger, its objects, or (for a noun trigger)
    the verb that governs it, nearest first, following nested phrases up to ``_MAX_DEPTH``; last, the place
    that names the verb's subject by where they live ("residents of Goma")."""
    holders = [trigger, *[c for c in trigger.children if c.dep_ in _OBJECT_DEPS], *struck_subjects(trigger)]
    for clause in (c for c in trigger.children if c.dep_ in _CLAUSE_DEPS):  # "... to improve security along X"
        holders += [clause, *[c for c in clause.children if c.dep_ in _OBJECT_DEPS]]
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ in _OBJECT_DEPS | {"nsubj"}
        and trigger.head.pos_ in {"VERB", "AUX"}
    ):
        verb = trigger.head  # "airstrikes killed 12 people in Rafah": the verb and its objects
        holders += [verb, *[c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i != trigger.i]]
    # "ambushed a bus carrying traders outside X": a participle describing an object is where it happened too
    participles = [a for h in holders[1:] if h.dep_ in _OBJECT_DEPS for a in h.children if _object_participle(a)]
    holders += [x for a in participles for x in (a, *[c for c in a.children if c.dep_ in _OBJECT_DEPS])]
    found: list[Token] = []
    frontier = [(h, 0, False) for h in holders]
    seen = {h.i for h in holders}
    while frontier:
        tok, depth, located = frontier.pop(0)
        for prep in (c for c in tok.children if c.dep_ in {"prep", "agent"}):  # "killed by shelling near X"
            if depth + 1 < _MAX_DEPTH:  # "killed 30 fighters in fighting outside X": the gerund's own phrases
                frontier.extend((g, depth + 1, False) for g in _gerund_phrases(prep) if g.i not in seen)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.i in seen:
                    continue
                seen.add(obj.i)
                inherited = located and prep.lower_ not in _SIDE_PREPS  # "in a clash with India": the foe
                here = inherited or _locates(prep, obj) or _residents_of(tok, prep)  # "outskirts of Kabul" too
                here = here or _named_by_of(tok, prep, obj) or struck_place(tok, prep, obj)  # "town of X", "raid on X"
                objs = [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
                if here:
                    found.extend(objs)
                    named = [n for o in objs for n in _of_names(o) if n.i not in seen]  # "outskirts of the city of X"
                    seen.update(n.i for n in named)
                    found.extend(named)
                if depth + 1 < _MAX_DEPTH:
                    frontier.extend((o, depth + 1, here) for o in objs)
                    # "in Djibasso, a town in Burkina Faso's X region": the apposition's phrases place it too
                    frontier.extend((a, depth + 1, here) for o in objs for a in settlement_appositions(o))
    # last: the acting people named by where they live ("residents of Goma stoned the police")
    verb = trigger.head if trigger.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in trigger.children) else trigger
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and trigger.pos_ in {"VERB", "AUX"}):
        for prep in (c for c in subj.children if c.dep_ == "prep" and _residents_of(subj, c)):
            found.extend(o for c in prep.children if c.dep_ == "pobj" and c.i not in seen for o in (c, *c.conjuncts))
    return found


def _gerund_phrases(prep: Token) -> list[Token]:
    """The gerund a location preposition takes as its clause ("in fighting outside X", parsed as the
    preposition's ``pcomp``): its phrases place the act as a noun's would ("in clashes outside X")."""
    if prep.lower_ not in subset("place_prepositions", "trigger_location"):
        return []
    return [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def _object_participle(tok: Token) -> bool:
    """A participle clause after an object ("a bus carrying traders", "soldiers guarding a checkpoint")."""
    return tok.dep_ == "acl" and tok.tag_ in {"VBG", "VBN"} and tok.i > tok.head.i


def _residents_of(noun: Token, prep: Token) -> bool:
    """ "residents of Mirebalais", "villagers of X": people named by where they live are there."""
    return prep.lower_ == "of" and noun.lemma_.lower() in _resident_nouns()


@cache
def _resident_nouns() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["resident_nouns"])


@cache
def _location_preps() -> frozenset[str]:
    """The ``event_location`` subset of ``lexicon/place_prepositions.yaml``."""
    return subset("place_prepositions", "event_location")


def _locates(prep: Token, obj: Token) -> bool:
    word = prep.lower_
    return word in _location_preps() and (word not in _COMMON_NOUN_ONLY or obj.pos_ == "NOUN")


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
        if _container_of_unit(article.text, s.start) or compound_modifier(article.text, s.end):
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
            whole = unit_name_end(doc, s.end, _unit_words()) if doc is not None else None
            whole = whole or (
                longer_place_end(doc, s.start, s.end, article.text, gazetteer) if doc is not None else None
            )
            whole = whole or (  # "in Zaporizhzhia oblast" with the unit left out of the name: the oblast
                area_unit_end(doc, s.start, s.end, article.text, gazetteer, _admin_words()["area"])
                if doc is not None
                else None
            )
            if whole is not None:  # "Takht" of "Takht Bhai tehsil of Mardan district": the unit's whole name
                s.text, s.end = article.text[s.start : whole], whole
            s.within = containers(article.text, s.end, gazetteer)
            s.cut = doc is not None and _cut_name(doc, s.start, [], s.end)
        if doc is not None:  # "in Garhi Sher, Bannu": a village the gazetteer lacks, in the area after it
            sentence = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            taken_spans = [(s.start, s.end) for s in spans] + [(a, b) for a, b, _ in taken]
            for b, e, first, stop, areas in unlisted_names(doc, article.text, sentence or (), taken_spans, gazetteer):
                if not inside_actor(b, e, strictly=False):
                    spans.append(PlaceSpan(article.text[b:e], b, e, tokens=(first, stop), within=areas))
    spans.sort(key=lambda s: s.start)
    return spans


# A proper name of up to four capitalised words, with the lowercase joints of Spanish, Portuguese and French
# names ("Norte de Santander", "Valle del Cauca", "Sao Jose dos Campos").
_NAME = r"[A-Z][\w'’.-]*(?:(?:\s+(?:de|del|da|do|dos|das|du|des)(?:\s+(?:la|las|los))?)?\s+[A-Z][\w'’.-]*){0,3}"


@cache
def _admin_words() -> dict[str, tuple[str, ...]]:
    """The nouns of administrative units by use (``area_words.yaml``: unit, container, area)."""
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return {use: tuple(str(w).lower() for w in words) for use, words in data["admin_units"].items()}


def _common_area(ent: Any) -> bool:
    """Whether a place entity is only a common noun of an area in lower case with its modifiers ("eastern
    district", "the northern outskirts"): no proper name, so no gazetteer entry ("Eastern Province") is meant."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    return bool(words) and all(t.is_lower for t in words) and ent.root.lower_ in _area_words()


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first ("refugee camp" before "camp")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _container_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Sangin district of Helmand", and "Kani township (Sagaing Region)" / "Hyderabad, Sindh"."""
    w = {use: _alternation(words) for use, words in _admin_words().items()}

    def name(g: str) -> str:
        return rf"(?P<{g}>{_NAME})(?:\s+(?P<{g}w>(?i:{w['area']}))\b)?"

    of = re.compile(rf"(?P<unit>\s+(?i:{w['container']}))?\s+of\s+(?:the\s+)?{name('a')}")
    after = re.compile(rf"(?:\s+(?i:{w['unit']})\b)?\s*[,(]\s*{name('a')}(?:\s*,\s*{name('b')})?")
    return of, after


_CONTAINER_PRECISIONS = frozenset({"district", "province", "country"})
# A town whose gazetteer province disagrees with the one the text puts it in (GeoNames' first-order codes
# are out of date in some countries) still counts as in it when it lies this close to the province.
_NEAR_AREA_KM = 300.0


def containers(text: str, end: int, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The areas a place name is placed in by the words right after it: "Hyderabad, Sindh", "Mir Ali
    (North Waziristan, Khyber Pakhtunkhwa)", "Sangin district of Helmand province", "Kani township
    (Sagaing Region)" (districts, provinces and countries only: "Lahore, Karachi and Quetta" is a list)."""
    tail = text[end : end + 120]
    found: list[Place] = []
    for pattern, of in zip(_container_patterns(), (True, False), strict=True):
        m = pattern.match(tail)
        if m is None:
            continue
        if of and m.group("unit") is None and not _ends_in_unit(text[max(0, end - 30) : end]):
            continue  # "of" after a name is no container unless the name ends in its unit ("Hays district")
        bracket = not of and "(" in tail[: m.start("a")]
        outer: set[str] = set()  # the wider area's countries: "(Beni, North Kivu)" is the Beni of DR Congo
        wider = bracketed_after(text, end + m.end(), gazetteer, containers) if of else ()
        if wider:  # "Dara area of Khenj district (Panjshir)": the province, even when the district is unknown
            found.extend(wider)
            outer = {c for p in wider for c in p.countries}
        for group in ("b", "a"):
            name = m.groupdict().get(group)
            if not name or not name[0].isupper():
                continue
            word = m.groupdict().get(f"{group}w")
            place = _area_named(gazetteer, name, word, areas_first=bracket or bool(word), within=outer)
            if not of and place is not None and place.precision not in _CONTAINER_PRECISIONS:
                place = namesake_area(gazetteer, text, end, name) or place  # "Santa Cruz, Laguna"
            if place is not None and (place.precision in _CONTAINER_PRECISIONS or of):
                found.insert(0, place)  # "(Peshawar, Khyber Pakhtunkhwa)": the district shares the town's name
                outer = set(place.countries)
        if found:
            break
    if not found:  # "Zamora, in Mexico's western Michoacan state"
        area = in_container(text, end, gazetteer, _admin_words()["area"])
        found = [area] if area is not None else []
    return tuple(found)


def object_of_unit(tok: Token) -> bool:
    """Whether ``tok`` is the Y of "X district of Y", a unit noun's container (not the unit's own name:
    "the eastern Congolese province of North Kivu", "the port city of Kismayo")."""
    prep = tok.head
    return (
        prep.lower_ == "of"
        and prep.head.i < prep.i
        and prep.head.lower_ in _admin_words()["container"]
        and _unit_has_name(prep.head)
    )


def _unit_has_name(noun: Token) -> bool:
    """Whether a unit noun carries a proper name of its own right before it ("Sangin district", "the
    Kurram agency"); "the Shan state town" and "the Philippine city" have none."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (
        before is not None
        and noun.left_edge.i <= before.i
        and _name_like(before)
        and before.dep_ != "amod"
        and before.ent_type_ != "NORP"  # "the southern Philippine city of Marawi": a demonym is no name
    )


def _named_by_of(noun: Token, prep: Token, obj: Token) -> bool:
    """ "the town of Kupiansk", "the northern Malian town of Kidal": a settlement or unit noun without a
    name of its own takes the proper noun of its "of" phrase as its name, so that noun is where it is."""
    return (
        prep.lower_ == "of"
        and obj.pos_ == "PROPN"
        and noun.lemma_.lower() in _named_by_of_nouns()
        and not _unit_has_name(noun)
    )


def _of_names(noun: Token) -> list[Token]:
    """The proper nouns that name ``noun`` through "of" ("the city of Marawi"), with their conjuncts."""
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj" and _named_by_of(noun, prep, obj)
        for o in (obj, *[c for c in obj.conjuncts if c.i > obj.i])
    ]


@cache
def _named_by_of_nouns() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["named_by_of"])


def _container_of_unit(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "<Name> <unit> of": "Chahar Dara district of Kunduz"."""
    units = _alternation(_admin_words()["container"])
    head = text[max(0, start - 80) : start]
    return re.search(rf"\b[A-Z][\w'’.-]*\s+(?i:{units})\s+of\s+(?:the\s+)?$", head) is not None


def _ends_in_unit(text: str) -> bool:
    """Whether ``text`` (a place span) ends in a container's unit word: "Hays district", "Gwoza LGA"."""
    words = text.lower().split()
    return bool(words) and words[-1] in _admin_words()["container"]


def _area_named(
    gazetteer: Gazetteer, name: str, word: str | None, areas_first: bool, within: set[str] | None = None
) -> Place | None:
    """The area a container names. With its unit word ("Sagaing Region") or in brackets, where incident
    notes write the district and province ("Dioura (Mopti)"), an area of that name before a town of it;
    inside a wider area written after it (``within``: its countries), only one of those countries."""
    if within:
        ctx = {c: 3.0 for c in within}
        areas = [
            p
            for text in ((f"{name} {word}", name) if word else (name,))
            for p in gazetteer.candidates(text, ctx)
            if set(p.countries) & within
        ]
        words = name.split()
        if not areas and len(words) > 1 and words[0].lower() in _PART_WORDS:  # "Lower Kurram": Kurram
            return _area_named(gazetteer, " ".join(words[1:]), word, areas_first, within)
        if not areas and len(words) > 1 and words[-1].lower() in _PART_WORDS:  # "Karachi South": Karachi
            return _area_named(gazetteer, " ".join(words[:-1]), word, areas_first, within)
        if areas_first:
            areas.sort(key=lambda p: p.precision not in _CONTAINER_PRECISIONS)  # stable: areas first
        return areas[0] if areas else None
    if areas_first:
        for text in (f"{name} {word}", name) if word else (name,):
            areas = [p for p in gazetteer.candidates(text, {}) if p.precision in _CONTAINER_PRECISIONS]
            if areas:
                return areas[0]
    return gazetteer.lookup(name, alternates=False)


def _inside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in ``area`` by the gazetteer's country and province."""
    if place.id == area.id or not set(place.countries) & set(area.countries):
        return False
    if area.precision == "country":
        return True
    if not place.admin1 or not area.admin1:
        return False
    return normalize(place.admin1) == normalize(area.admin1)


def _within(gazetteer: Gazetteer, span: PlaceSpan, ctx: dict[str, float], first: str | None = None) -> Place | None:
    """The namesake of the span (read as ``first`` before its own words: "Kalat district") that lies in
    every area written after it, else the finest of those areas (the town is not in the gazetteer, its
    district is)."""
    ctx = {**ctx, **{c: MENTION_WEIGHT for area in span.within for c in area.countries}}
    texts = [t for t in (first, span.wider, span.text, without_part(span.text, _PART_WORDS)) if t]
    for text in texts:
        for place in gazetteer.candidates(text, ctx):
            if all(_inside(place, area) for area in span.within):
                return place
    for text in texts:  # "Bamenda (North-West region)": the namesake area the town lies in, not the first
        for place in gazetteer.candidates(text, ctx):
            if all(any(_inside(place, a) for a in _namesake_areas(gazetteer, area)) for area in span.within):
                return place
    finest = min(span.within, key=lambda p: PRECISION_RANK.get(p.precision, 4))
    if finest.precision == "place":  # "Al-Qahira district of Taiz": a part of a town is the town
        return finest
    near = [  # the province's own town, filed under another province by the gazetteer
        (_km(place, finest), place)
        for text in texts
        for place in gazetteer.candidates(text, ctx)
        if place.precision == "place" and finest.precision != "country" and place.country in finest.countries
    ]
    if finest.lat is None and near:  # a province the gazetteer cannot place ("Toulouse (Occitanie)"): its
        towns = {(round(p.lat or 0), round(p.lon or 0)): p for _, p in near}  # country's one town of that name
        return next(iter(towns.values())) if len(towns) == 1 else finest
    near = [(d, p) for d, p in near if d <= _NEAR_AREA_KM]
    return min(near, key=lambda dp: dp[0])[1] if near else finest


def _namesake_areas(gazetteer: Gazetteer, area: Place) -> list[Place]:
    """``area`` and the areas of other countries that bear its name at its precision."""
    names = (area.name, f"{area.name} region", f"{area.name} province")  # "North-West" has keys with its unit only
    same = {p.id: p for n in names for p in gazetteer.candidates(n, {}) if p.precision == area.precision}
    same.pop(area.id, None)
    return [area, *same.values()]


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (infinite when one has no coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


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


# ------------------------------------------------------------------------------------------------ helpers


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
                place = _within(gazetteer, span, ctx, phrase)
            elif span.cut:
                place = None
            else:  # "North Darfur" before "Darfur"
                wider = _resolve(gazetteer, span.wider, ctx, span.country) if span.wider else None
                place = wider or _resolve(gazetteer, phrase, ctx, span.country)
            if place is None:
                place = resolve_span(gazetteer, span, ctx)
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
            place = _within(gazetteer, PlaceSpan(name, *folded, within=within), ctx, name)
            if place is not None:
                return place_record(place, ctx, name, "tied")
    for begin, stop in _phrases(obj, shortest=1):
        if _cut_name(obj.doc, begin, spans, stop):
            continue  # "Ali" of "Mir Ali": a multi-word name is one place or none
        if stop == obj.idx + len(obj.text) and _named_of(obj):
            continue  # "University" of "the University of Chile": the name is the whole phrase or none
        text = article.text[begin:stop]
        place = gazetteer.lookup(text, ctx)
        if place is not None and place.source != "alias" and text.islower():
            continue  # "near a police patrol van": a common noun in lower case names no town (Van, Turkey)
        if place is not None and (
            place.source == "alias"
            or _named_area(place)
            or place.population >= _UNTAGGED_MIN_POPULATION
            or (stop == obj.idx + len(obj.text) and _vouched(article, gazetteer, obj, place, ctx))
        ):
            return place_record(place, ctx, text, "tied")
    compounds = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and _name_like(c)]
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
                and (_named_area(place) or place.population >= _UNTAGGED_MIN_POPULATION)
            )
        ):
            return place_record(place, ctx, text, "tied")
    if _name_like(obj) and obj.pos_ != "PROPN":  # "near LoC": an acronym the tagger took for a noun
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
        return all(_inside(place, area) for area in within)
    prep = obj.head
    return (
        obj.dep_ == "pobj"
        and prep.dep_ == "prep"
        and _named_by_of(prep.head, prep, obj)
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
        place = _within(gazetteer, PlaceSpan(name, begin, end, within=within), ctx, f"{name} {unit}")
    else:
        place = gazetteer.lookup(f"{name} {unit}", ctx) or gazetteer.lookup(name, ctx)
        small = place is not None and place.precision == "place" and place.population < _UNTAGGED_MIN_POPULATION
        if small and unit.lower() not in _admin_words()["container"]:  # a tehsil's seat is a small town
            place = None
    if place is None or (not within and not any(ctx.get(c, 0.0) > 0 for c in place.countries)):
        return None  # a bare name of no country in the story is as likely a person's
    return place_record(place, ctx, name, "tied")


def _named_area(place: Place) -> bool:
    """A province or a curated district, safe to read from an untagged name; a second-order division of
    GeoNames is as often a person's name ("Sanders", "Lincoln") and counts as a town of its population."""
    return place.precision != "place" and place.source != "admin2"


def _unit_name(text: str, obj: Token) -> tuple[str, int, int, str] | None:
    """The proper name an administrative unit noun follows, its span, and the unit as written: "Gusau"
    of "Gusau LGA" (the noun's name-like modifiers), "Gwoza" of "Gwoza local government area"."""
    stop = obj.idx + len(obj.text)
    start = max(0, stop - 120)  # a name and its unit words: a short window before the noun
    for unit in _long_unit_words():
        if unit.endswith(obj.lower_):
            words = r"\s+".join(re.escape(w) for w in unit.split())
            m = re.search(rf"\b({_NAME})\s+(?i:{words})$", text[start:stop])
            if m is not None:
                return m.group(1), start + m.start(1), start + m.end(1), unit
    if obj.lower_ not in _unit_words():
        return None
    names = [c for c in obj.children if c.dep_ in {"compound", "nmod"} and c.i < obj.i and _name_like(c)]
    if not names:
        return None
    begin, end = names[0].left_edge.idx, obj.idx
    return text[begin:end].strip(), begin, end, obj.text


@cache
def _long_unit_words() -> tuple[str, ...]:
    return tuple(w for w in _admin_words()["unit"] if " " in w)


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(w for w in _admin_words()["unit"] if " " not in w)


def _cut_name(doc: Any, begin: int, spans: list[PlaceSpan], stop: int) -> bool:
    """Whether the phrase [``begin``, ``stop``) cuts a proper name after its first word: "Ali" or "Ghundai
    Ali" of "Tor Ghundai Ali", "Khan" of "Dera Ismail Khan" (but "Orakzai" of "Upper Orakzai" stands)."""
    i = next((t.i for t in doc if t.idx == begin), None)
    if i is None:
        return False
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ in _PART_WORDS:
        return False
    if any(s.start <= begin and stop <= s.end and stop - begin < s.end - s.start for s in spans):
        return True
    return before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i >= i


def _named_of(head: Token) -> bool:
    """Whether ``head`` is followed by an "of" phrase naming something ("University of Chile")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in head.rights
    )


def name_part(article: Article, start: int, end: int) -> bool:
    """Whether a country's name here ends a longer proper name ("Jordan" of "Puerto Jordan"): no country."""
    return article.doc is not None and _cut_name(article.doc, start, [], end)


def _name_like(tok: Token) -> bool:
    """A proper noun, or a token written with two capitals or more ("LoC", "AJK") whatever its tag."""
    return tok.pos_ == "PROPN" or sum(c.isupper() for c in tok.text) >= 2


def _area_of_country(
    article: Article, gazetteer: Gazetteer, obj: Token, ctx: dict[str, float]
) -> dict[str, Any] | None:
    """A part of a country named through the country: "Pakistan's northwest", "the Pakistani tribal
    region", "northwest Pak" (an area word with a country or demonym before it): that country."""
    if obj.lower_ not in _area_words() and obj.lemma_.lower() not in _area_words():
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


@lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "area_words.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in data["words"])


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
            place = _resolve(gazetteer, text, ctx, participant.country)
            if (
                place is not None
                and place.precision != "country"
                and (
                    texts
                    or place.source == "alias"
                    or _named_area(place)
                    or place.population >= _UNTAGGED_MIN_POPULATION
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
    place = _within(gazetteer, PlaceSpan(name, span[0], end, within=within), ctx) if within else None
    if place is None:
        place = _resolve(gazetteer, name, ctx, participant.country)
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
        single = [(head.idx, head.idx + len(head.text))] if _name_like(head) else []
        for begin, stop in _phrases(head) + single:
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


def _phrases(head: Token, longest: int = 6, shortest: int = 2) -> list[tuple[int, int]]:
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


def sided_context(ctx: dict[str, float], span: PlaceSpan) -> dict[str, float]:
    """The context with the span's own country first: a shared place on the side the text names."""
    return {**ctx, span.country: MENTION_WEIGHT * 2} if span.country else ctx


def resolve_span(gazetteer: Gazetteer, span: PlaceSpan, ctx: dict[str, float]) -> Place | None:
    """The place a span names, read with its capitalised modifiers first ("North Darfur", not "Darfur"),
    inside the areas written after it when there are some ("Hyderabad, Sindh")."""
    if span.within:
        return _within(gazetteer, span, ctx)
    if span.cut:
        return None
    if span.wider:
        place = _resolve(gazetteer, span.wider, ctx, span.country)
        if place is not None:
            return place
    return _resolve(gazetteer, span.text, ctx, span.country)


def _resolve(gazetteer: Gazetteer, text: str, ctx: dict[str, float], country: str | None) -> Place | None:
    if country:
        ctx = {**ctx, country: MENTION_WEIGHT}
    return gazetteer.lookup(text, ctx)


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

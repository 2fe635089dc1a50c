"""Areas written after a place name ("Hyderabad, Sindh", "Sangin district of Helmand", "Kani township
(Sagaing Region)") and the reading of a span inside them (``containers``, ``resolve_span``)."""

from __future__ import annotations

import math
import re
from functools import cache

from .bracket_areas import bracketed_after
from .comma_areas import namesake_area
from .gazetteer import Gazetteer, Place
from .in_containers import in_container
from .name_extent import without_part
from .names import normalize
from .owned_names import kept_in_owner
from .place_spans import MENTION_WEIGHT, PRECISION_RANK, PlaceSpan
from .place_words import NAME, PART_WORDS, Token, admin_words, alternation, name_like


@cache
def _container_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Sangin district of Helmand", and "Kani township (Sagaing Region)" / "Hyderabad, Sindh"."""
    w = {use: alternation(words) for use, words in admin_words().items()}

    def name(g: str) -> str:
        return rf"(?P<{g}>{NAME})(?:\s+(?P<{g}w>(?i:{w['area']}))\b)?"

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
        area = in_container(text, end, gazetteer, admin_words()["area"])
        found = [area] if area is not None else []
    return tuple(found)


def object_of_unit(tok: Token) -> bool:
    """Whether ``tok`` is the Y of "X district of Y", a unit noun's container (not the unit's own name:
    "the eastern Congolese province of North Kivu", "the port city of Kismayo")."""
    prep = tok.head
    return (
        prep.lower_ == "of"
        and prep.head.i < prep.i
        and prep.head.lower_ in admin_words()["container"]
        and unit_has_name(prep.head)
    )


def unit_has_name(noun: Token) -> bool:
    """Whether a unit noun carries a proper name of its own right before it ("Sangin district", "the
    Kurram agency"); "the Shan state town" and "the Philippine city" have none."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (
        before is not None
        and noun.left_edge.i <= before.i
        and name_like(before)
        and before.dep_ != "amod"
        and before.ent_type_ != "NORP"  # "the southern Philippine city of Marawi": a demonym is no name
    )


def container_of_unit(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "<Name> <unit> of": "Chahar Dara district of Kunduz"."""
    units = alternation(admin_words()["container"])
    head = text[max(0, start - 80) : start]
    return re.search(rf"\b[A-Z][\w'’.-]*\s+(?i:{units})\s+of\s+(?:the\s+)?$", head) is not None


def _ends_in_unit(text: str) -> bool:
    """Whether ``text`` (a place span) ends in a container's unit word: "Hays district", "Gwoza LGA"."""
    words = text.lower().split()
    return bool(words) and words[-1] in admin_words()["container"]


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
        if not areas and len(words) > 1 and words[0].lower() in PART_WORDS:  # "Lower Kurram": Kurram
            return _area_named(gazetteer, " ".join(words[1:]), word, areas_first, within)
        if not areas and len(words) > 1 and words[-1].lower() in PART_WORDS:  # "Karachi South": Karachi
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


def lies_in(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in ``area`` by the gazetteer's country and province."""
    if place.id == area.id or not set(place.countries) & set(area.countries):
        return False
    if area.precision == "country":
        return True
    if not place.admin1 or not area.admin1:
        return False
    return normalize(place.admin1) == normalize(area.admin1)


def place_within(
    gazetteer: Gazetteer, span: PlaceSpan, ctx: dict[str, float], first: str | None = None
) -> Place | None:
    """The namesake of the span (read as ``first`` before its own words: "Kalat district") that lies in
    every area written after it, else the finest of those areas (the town is not in the gazetteer, its
    district is)."""
    ctx = {**ctx, **{c: MENTION_WEIGHT for area in span.within for c in area.countries}}
    texts = [t for t in (first, span.wider, span.text, without_part(span.text, PART_WORDS)) if t]
    for text in texts:
        for place in gazetteer.candidates(text, ctx):
            if all(lies_in(place, area) for area in span.within):
                return place
    for text in texts:  # "Bamenda (North-West region)": the namesake area the town lies in, not the first
        for place in gazetteer.candidates(text, ctx):
            if all(any(lies_in(place, a) for a in _namesake_areas(gazetteer, area)) for area in span.within):
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


def resolve_span(gazetteer: Gazetteer, span: PlaceSpan, ctx: dict[str, float]) -> Place | None:
    """The place a span names, read with its capitalised modifiers first ("North Darfur", not "Darfur"),
    inside the areas written after it when there are some ("Hyderabad, Sindh")."""
    if span.within:
        return place_within(gazetteer, span, ctx)
    if span.cut:
        return None
    if span.wider:
        place = resolve_text(gazetteer, span.wider, ctx, span.country)
        if place is not None:
            return kept_in_owner(gazetteer, span.owner, place)
    return kept_in_owner(gazetteer, span.owner, resolve_text(gazetteer, span.text, ctx, span.country))


def resolve_text(gazetteer: Gazetteer, text: str, ctx: dict[str, float], country: str | None) -> Place | None:
    if country:
        ctx = {**ctx, country: MENTION_WEIGHT}
    return gazetteer.lookup(text, ctx)

"""Pass ``actors.place_qualifiers.v1``: a town named with its state or province after a comma ("Lebanon,
Ohio", "Berlin, Maryland") or in brackets, as incident notes do ("Zamora (Michoacan)", "Leon (Silao,
Guanajuato)"), is in that state's country, though a namesake elsewhere is better known.
The qualifier must be a country or a first-order division (GeoNames admin1 names, accents or none) and end the
pair (a list of towns, "Paris, London and Rome", is no such pair) or the brackets."""

from __future__ import annotations

import csv
import unicodedata
from functools import cache

import pycountry

from ...yamlfiles import data_path
from ..records import Hit
from ..state import Found, ResolutionState
from .registry import register

_TOWN_HITS = frozenset({"place", "capital"})


@cache
def admin1_countries() -> dict[str, frozenset[str]]:
    """First-order division name (case-folded) -> the ISO-3 countries that have a division of that name."""
    out: dict[str, set[str]] = {}
    with data_path("places", "admin1_names.csv").open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows, None)
        for row in rows:
            if len(row) < 3:
                continue
            country = pycountry.countries.get(alpha_2=row[0])
            if country is not None:
                out.setdefault(row[2].casefold(), set()).add(country.alpha_3)
                out.setdefault(_plain(row[2]), set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def _plain(name: str) -> str:
    """``name`` case-folded without accents ("Michoacán" -> "michoacan"), as notes often spell divisions."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _division_country(g: Found) -> str | None:
    """The country of ``g`` when it names a country, or a first-order division of the country it is placed in."""
    hit = g.hits[0]
    if hit.kind == "country":
        return hit.key
    countries = admin1_countries().get(_plain(g.mention.text), frozenset())
    return hit.key if hit.kind == "place" and hit.key in countries else None


def _bracketed(s: ResolutionState, f: Found) -> str | None:
    """The country of the division or country that ends a bracket right after ``f``: "Zamora (Michoacan)",
    "Diafarabe (Tenenkou, Mopti)": the name that closes the bracket, within a few words."""
    doc = s.doc
    k = f.last + 1
    if k >= len(doc) or doc[k].text != "(":
        return None
    end = next((j for j in range(k + 1, min(len(doc), k + 12)) if doc[j].text == ")"), None)
    if end is None or end == k + 1:
        return None
    g = s.named_at(end - 1)
    if g is not None and g.last == end - 1 and g.hits and g.mention.kind == "place":
        return _division_country(g)
    # a division the actor base does not know as a place ("Michoacan"): the one country with a division of that name
    start = max((j for j in range(k + 1, end) if doc[j].text == ","), default=k) + 1
    countries = admin1_countries().get(_plain(doc[start:end].text), frozenset())
    return next(iter(countries)) if len(countries) == 1 else None


def _qualifier(s: ResolutionState, f: Found) -> str | None:
    """The country of the division or country named right after ``f`` and a comma, ending the pair."""
    doc = s.doc
    k = f.last + 2
    if k >= len(doc) or doc[f.last + 1].text != ",":
        return None
    g = s.named_at(k)
    if g is None or g.first != k or not g.hits or g.mention.kind != "place":
        return None
    after = doc[g.last + 1] if g.last + 1 < len(doc) else None
    nxt = s.named_at(after.i + 1) if after is not None and after.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in ("and", "or") or (nxt is not None and nxt.mention.kind == "place")):
        return None  # "Paris, London and Rome", "Paris, London, Rome": a list
    return _division_country(g)


@register("actors.place_qualifiers.v1")
def place_qualifiers(s: ResolutionState) -> None:
    """Retype a town whose following state or country places it elsewhere than its better-known namesake."""
    for f in s.found:
        hit = f.hits[0] if f.hits else None
        if hit is None or hit.kind not in _TOWN_HITS or f.mention.kind != "place":
            continue
        iso3 = _qualifier(s, f) or _bracketed(s, f)
        if iso3 is None or iso3 == hit.key:
            continue
        f.hits = [Hit("place", iso3), *f.hits[1:]]
        f.mention.actor = s.country_actor(iso3, None)
        f.mention.actor.name = f.mention.text

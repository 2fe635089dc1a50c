"""Pass ``actors.branch_names.v1``: a known group with no country of its own followed at once by "in"
and one country ("Al-Qaeda in Ruritania", "Islamic State in Zorland") names that group's branch there:
the branch keeps its own name and takes that country, not the parent's empty one. A region of no one country
("al-Qaida in the Islamic Maghreb", "Al-Qaeda in Europe") names the branch too: its name, with no country.
"""

from __future__ import annotations

from ...article import Actor
from ..sectors import sector_group
from ..state import Found, ResolutionState
from .registry import register

# Words that would make the country one of several ("in Iraq and Syria") or the start of a longer name.
_MORE = frozenset({"and", "&", "-", "of"})
# Entity types of a region named without "the" ("in Europe"); a town or state (GPE) is where the group acts.
_REGION_ENTS = frozenset({"LOC"})


@register("actors.branch_names.v1")
def branch_names(s: ResolutionState) -> None:
    """Widen each capitalised KB name of a countryless armed group that "in <country>" follows at once."""
    doc = s.doc
    armed = sector_group("armed_groups")
    for f in list(s.found):
        actor = f.mention.actor
        if (
            f.mention.via != "kb"
            or actor is None
            or actor.country
            or actor.sector not in armed
            or not (f.mention.text[:1].isupper() or doc[f.first].pos_ == "PROPN")  # "al-Qaida"
            or f.last + 2 >= len(doc)
            or doc[f.last + 1].lower_ != "in"
        ):
            continue
        place = s.named_at(f.last + 2)
        iso3 = _one_country(place)
        if place is None or iso3 is None or place.first != f.last + 2:
            _widen_region(s, f)
            continue
        after = doc[place.last + 1] if place.last + 1 < len(doc) else None
        if after is not None and (after.lower_ in _MORE or after.text[:1].isupper()):
            continue  # "in Iraq and the Levant": not one country's branch
        _widen(s, f, place, iso3)


def _one_country(place: Found | None) -> str | None:
    """The country a mention names as a country ("Iraq"), else None (a city, a region, a demonym)."""
    if place is None or not place.hits or place.hits[0].kind != "country":
        return None
    return place.hits[0].key


def _widen(s: ResolutionState, f: Found, place: Found, iso3: str) -> None:
    """Make ``f`` cover "<group> in <country>" and stand for the branch; the country is no mention of its own."""
    old = f.mention.actor
    assert old is not None
    span = s.doc[f.first : place.last + 1]
    f.last = place.last
    f.mention.text, f.mention.end = span.text, span.end_char
    base = s.country_actor(iso3, old.sector)
    f.mention.actor = Actor(None, span.text, iso3, old.sector, base.cameo, None, None)
    place.consumed = True
    for i in range(place.first, place.last + 1):
        s.by_token[i] = f


def _widen_region(s: ResolutionState, f: Found) -> None:
    """Widen ``f`` over "in the <Capitalised words>" or "in <region>" (no country's name): "al-Qaida in the
    Islamic Maghreb" is that branch's name; "Islamic State in the village" or "in Kabul" is not."""
    doc = s.doc
    i = f.last + 2
    the = doc[i].lower_ == "the"
    j = i + 1 if the else i
    last = j - 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper():
        last += 1
    if last < j or (not the and not all(doc[k].ent_type_ in _REGION_ENTS for k in range(j, last + 1))):
        return
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.lower_ in _MORE:
        return  # "in the Levant and Egypt": not one region's name here
    if any(_one_country(s.named_at(k)) for k in range(j, last + 1)):
        return
    old = f.mention.actor
    assert old is not None
    span = doc[f.first : last + 1]
    for k in range(f.last + 1, last + 1):
        g = s.named_at(k)
        if g is not None and g is not f:
            g.consumed = True
        s.by_token[k] = f
    f.last = last
    f.mention.text, f.mention.end = span.text, span.end_char
    f.mention.actor = Actor(None, span.text, old.country, old.sector, old.cameo, None, None)

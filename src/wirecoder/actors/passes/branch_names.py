"""Pass ``actors.branch_names.v1``: a known group with no country of its own followed at once by "in"
and one country ("Al-Qaeda in Ruritania", "Islamic State in Zorland") names that group's branch there:
the branch keeps its own name and takes that country, not the parent's empty one."""

from __future__ import annotations

from ...article import Actor
from ..sectors import sector_group
from ..state import Found, ResolutionState
from .registry import register

# Words that would make the country one of several ("in Iraq and Syria") or the start of a longer name.
_MORE = frozenset({"and", "&", "-", "of"})


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
            or not f.mention.text[:1].isupper()
            or f.last + 2 >= len(doc)
            or doc[f.last + 1].lower_ != "in"
        ):
            continue
        place = s.named_at(f.last + 2)
        iso3 = _one_country(place)
        if place is None or iso3 is None or place.first != f.last + 2:
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

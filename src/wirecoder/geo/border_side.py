"""A country named only on a border ("near the Somalia border", "close to the Malian frontier") is the
country across it, not where the event was: "four suspects shot by Kenyan police close to the Somalia
border" were in Kenya. The event is put on the side of its own parties (a stated country other than the one
named on the border), else of the state that reports it ("Armenia says ..."), else on the other side of a
border the gazetteer knows ("the Afghan border": Pakistan's side).
"""

from __future__ import annotations

from ..article import Article, Event
from ..mentions import covering
from .fire_side import BORDER_NOUNS, reporting_country
from .gazetteer import Gazetteer

# Acts of force done on the ground (CAMEO 17-20: coercion, assault, fighting, mass violence), whose parties stand
# on their own side of a border.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Modifiers that name whose border it is.
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
# Sectors with no country of their own to lend a place.
_STATELESS = frozenset({"IGO", "NGO", "MNC"})


def mend_border_side(article: Article, event: Event, gazetteer: Gazetteer) -> None:
    """Move an event placed only at the country its sentence names on a border noun to this side of it."""
    location = event.location or {}
    named = location.get("country")
    if not named or article.doc is None or (event.cameo or {}).get("root") not in FORCE_ROOTS:
        return  # aid or talks "at the Afghan border" are where the text says
    owners = _border_countries(article, event)
    if location.get("precision") != "country":
        _other_border(article, event, gazetteer, owners)
        return
    if named not in owners:
        return
    side = (
        _party_country(event, named)
        or reporting_country(article, event, named)  # "Armenia says two killed near the Azerbaijan border"
        or _across(gazetteer, str(location.get("text") or location.get("name")), named)
    )
    if side is None:
        return
    place = gazetteer.country(side)
    if place is not None:
        event.location = {**place.location({}), "text": location.get("text"), "via": "border side", "from": "actor"}


def _other_border(article: Article, event: Event, gazetteer: Gazetteer, owners: set[str]) -> None:
    """A curated two-country border picked by the country named on it ("the Afghan border" is listed as
    Afghanistan's border with Pakistan) when the event's own side is a third country: "smugglers shot by
    Uzbek guards near the Afghan border" is on the Uzbek side of another border."""
    location = event.location or {}
    place = gazetteer.lookup(str(location.get("text") or location.get("name") or ""))
    if place is None or place.kind != "border" or not owners & set(place.countries):
        return
    named = next(iter(owners & set(place.countries)))
    side = _party_country(event, named)
    if side is None or side in place.countries:
        return
    country = gazetteer.country(side)
    if country is not None:
        event.location = {**country.location({}), "text": location.get("text"), "via": "border side", "from": "actor"}


def _border_countries(article: Article, event: Event) -> set[str]:
    """Countries the event's sentence names as the owner of a border noun ("the Somalia border", "Iraqi
    frontier", "Pakistan's border"); a border noun that modifies another ("border guards") names no place."""
    doc = article.doc
    sentence = article.sentences[event.sentence_index]
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc is not None else None
    found: set[str] = set()
    for tok in span or ():
        if tok.lower_ not in BORDER_NOUNS or tok.dep_ == "compound":
            continue
        for mod in tok.children:
            if mod.dep_ not in _MODIFIERS or mod.i > tok.i:
                continue
            for m in covering(article, mod.idx):
                if m.actor is not None and m.actor.country and m.end <= tok.idx:
                    found.add(str(m.actor.country))
    return found


def _party_country(event: Event, named: str) -> str | None:
    """The one stated country of the event's source and target other than the named one."""
    found = {
        str(p.country)
        for p in (event.source, event.target)
        if p is not None
        and p.country
        and p.country != named
        and p.sector not in _STATELESS
        and p.country_basis in {None, "stated"}
    }
    return next(iter(found)) if len(found) == 1 else None


def _across(gazetteer: Gazetteer, text: str, named: str) -> str | None:
    """The other country of a two-country border the gazetteer lists under "<name> border"."""
    place = gazetteer.lookup(f"{text} border", alternates=False)
    if place is None or place.kind != "border" or len(place.countries) != 2 or named not in place.countries:
        return None
    return next(c for c in place.countries if c != named)

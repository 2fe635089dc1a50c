"""Pass ``actors.persons.v1``: a person the KB does not know takes a country, as incident data gives every
actor one: a nationality in the name's own phrase ("Pakistani journalist X", "X, a Kenyan lawyer":
stated), else the story's country when the sentence names no other country (precision first: a sentence
about two countries gives none). A title read later ("Prime Minister X") still types the person."""

from __future__ import annotations

import re
from typing import Any

from ...article import Actor
from ..state import COUNTRY_HITS, FORCE_VIA, Found, ResolutionState
from ..syntax import LEFT_DEPS, slug
from .portfolio import portfolio
from .registry import register

# How an unknown person's actor was found (a later title may still type it; see titles.link_person).
PERSON_VIA = "context"


@register("actors.persons.v1")
def unknown_persons(s: ResolutionState) -> None:
    """Give each named person with no actor a country: stated in their phrase, else the story's."""
    full = {f.mention.text for f in s.found if f.label == "PERSON" and f.first < f.last}
    title = s.article.title or ""
    for f in list(s.found):
        if f.mention.actor is not None or f.consumed or f.mention.kind != "name" or f.label != "PERSON":
            continue
        if f.first == f.last and not _surname(f.mention.text, full, title):
            continue  # one word is a person only as a surname ("Brexit" is not); see ``_surname``
        if f.last + 1 < len(s.doc) and s.doc[f.last + 1].text == ":":
            continue  # a label ("Photo Credit: ...", "Image Source: ..."), not someone acting
        iso3, basis = stated_country(s, f), "stated"
        if iso3 is None:
            iso3, basis = story_country_of(s, f), s.story_basis()
        if iso3 is None:
            continue
        name = f.mention.text  # no CAMEO code: the person is not a coded actor, only of a known country
        f.mention.actor = Actor(f"local:{slug(name)}", name, iso3, None, None, None, basis)
        f.mention.via = PERSON_VIA


def _surname(word: str, full: set[str], title: str) -> bool:
    """Whether ``word`` is a surname known only from the title ("Bernie Sanders ends bid" ... "Sanders said");
    one that ends a full name of the text is left to the surnames pass, which gives it that person."""
    if any(word.casefold() in name.casefold().split()[1:] for name in full):
        return False
    return re.search(rf"\b[A-Z][\w.-]+ {re.escape(word)}\b", title) is not None


def _named_elsewhere(s: ResolutionState, iso3: str, sentence: int) -> bool:
    """Whether the story names ``iso3`` outside sentence ``sentence``: its dateline, title or another sentence."""
    if s.dateline_country == iso3:
        return True
    country = s.kb.countries.get(iso3)
    title = f" {s.article.title or ''} "
    if country is not None and any(
        f" {w} " in title for w in (country.name, country.adjective, *country.aliases, *country.demonyms) if w
    ):
        return True
    return any(
        f.mention.sentence_index != sentence and f.hits and f.hits[0].kind in COUNTRY_HITS and f.hits[0].key == iso3
        for f in s.found
    )


def _own_phrase(s: ResolutionState, f: Found) -> set[int]:
    """The tokens of the name's left modifiers and of its apposition."""
    doc = s.doc
    modifiers: set[int] = set()
    for k in range(f.first, f.last + 1):
        for child in doc[k].children:
            if child.i < f.first and child.dep_ in LEFT_DEPS:
                modifiers.update(range(child.left_edge.i, child.i + 1))
            elif child.dep_ == "appos" and child.i > f.last:
                modifiers.update(_own_words(child))
    return modifiers


def stated_country(s: ResolutionState, f: Found) -> str | None:
    """The one country named by a nationality or country word in the name's left modifiers ("former US
    senator X") or its apposition ("X, a Kenyan lawyer", "X, the mayor of Lyon")."""
    dealt_with, own = portfolio(s, f)  # "British Envoy for Syria X": British, never Syria
    if own is not None:
        return own
    modifiers = _own_phrase(s, f) - dealt_with
    countries = {
        g.hits[0].key
        for g in s.in_sentence(f.mention.sentence_index)
        if g is not f and g.hits and g.hits[0].kind in COUNTRY_HITS and g.mention.head in modifiers
    }
    return countries.pop() if len(countries) == 1 else None


def _own_words(noun: Any) -> set[int]:
    """A noun and the words that modify it directly or through one preposition ("the mayor of Lyon")."""
    out = {noun.i}
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            out.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
            out.update(g.i for g in child.children if g.dep_ == "pobj")
    return out


def story_country_of(s: ResolutionState, f: Found) -> str | None:
    """The story's country, when the person's sentence names no other and the story names it beyond this
    sentence (a one-sentence story about a country is often a foreigner's act on it: "X called for
    sanctions against Nigeria"). A foreigner is usually introduced with their country, which
    ``stated_country`` reads; one introduced by an organisation ("X, UN secretary-general") gets none."""
    story = s.story_country()
    if story is None or not _named_elsewhere(s, story, f.mention.sentence_index):
        return None
    own = _own_phrase(s, f)
    for g in s.in_sentence(f.mention.sentence_index):
        if g is not f and g.mention.head in own and g.hits and g.hits[0].kind == "entry":
            return None  # "Kofi Annan, UN secretary-general": the organisation's, not the story's
        if g is f or g.mention.via == FORCE_VIA:
            continue
        hit = g.hits[0] if g.hits else None
        if hit is not None and hit.kind in COUNTRY_HITS and hit.key != story:
            return None
        actor = g.mention.actor
        if hit is not None and hit.kind == "entry" and actor is not None and actor.country not in (None, story):
            return None
    return story

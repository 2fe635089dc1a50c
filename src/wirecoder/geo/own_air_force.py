"""The doer of an air strike by an unnamed military aircraft: "a military jet bombed a monastery in Sagaing" in a
short report names no country, and a state's military aircraft striking inside that state are its own forces'
(ACLED's "Military Forces of Myanmar"). This gives such an air strike with no source an empty-text source of the
military (sector MIL) of its place's country (basis "place"), when the trigger's subject (or a passive's agent)
is an aircraft told as military ("military jet", "army helicopter", "warplanes"), in a report no longer than
``unknown_perpetrator``'s, placed from the text, outside the skies where strikes are often another state's.
A drone, a missile or a shell is left with no doer (it flies across borders). Words: ``data/lexicon/own_air_force.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..article import Article, Event, Participant
from ..coding import lexicon
from .sides import PLACE_FROM
from .unknown_perpetrator import max_sentences

MILITARY = "MIL"


@dataclass(frozen=True)
class Words:
    aircraft_nouns: frozenset[str]
    military_words: frozenset[str]
    military_nouns: frozenset[str]
    sub_types: frozenset[str]
    foreign_skies: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("own_air_force", Words)


def _military_aircraft(tok: Any) -> bool:
    w = words()
    if tok.lower_ not in w.aircraft_nouns and tok.lemma_.lower() not in w.aircraft_nouns:
        return False
    if tok.lower_ in w.military_nouns or tok.lemma_.lower() in w.military_nouns:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in w.military_words for c in tok.children)


def _flown_by(article: Article, event: Event) -> bool:
    """Is the event's trigger done by a military aircraft: its subject, or its passive's "by" agent?"""
    doc = getattr(article, "doc", None)
    start, end = (event.trigger or {}).get("start"), (event.trigger or {}).get("end")
    if doc is None or start is None:
        return False
    span = doc.char_span(start, end or start, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return any(_military_aircraft(d) for d in doers)


def own_air_force(event: Event, article: Article) -> None:
    """Give a sourceless air strike by an unnamed military aircraft the military of its place's country."""
    if len(article.sentences) > max_sentences():
        return
    if event.source is not None or event.negated or event.hypothetical or event.background:
        return
    w = words()
    if str((event.acled or {}).get("sub_event_type") or "").lower() not in w.sub_types:
        return
    location = event.location or {}
    country = location.get("country")
    if not country or country.lower() in w.foreign_skies or location.get("from") not in PLACE_FROM:
        return
    if _flown_by(article, event):
        event.source = Participant("", country=country, sector=MILITARY, country_basis="place")

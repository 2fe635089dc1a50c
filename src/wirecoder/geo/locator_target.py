"""A place name that only locates the thing a protest or a deployment reaches is no target.

"Hundreds of workers blocked the Lagos-Ibadan expressway", "rioters set fire to a church in Lyon": the coder may
take the town named inside the object for the target, yet the act is aimed at no one there; the town is the
event's place. Only the thing the act reaches is read (the trigger's object, or the object of a preposition on it
that does not only place it): "the city of Kirkuk" keeps its town, and so does a gathering ("converged for a rally in Lagos"). For the PLOVER types of
``data/lexicon/locator_targets.yaml``, a target that is a place mention (a town or region, not a country; a
capital read as its government only when it does not stand as a compound before the noun) hanging
on a noun of the object -- a compound of it ("the Lagos-Ibadan expressway") or the object of a locating
preposition on it ("a church in Lyon") -- is dropped. When that noun is a site of the state ("a police post in
Kitengela") the site becomes the target with the place's country: the act reaches the state there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..article import Article, Event
from ..coding import lexicon

_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    locator_preps: frozenset[str]
    state_sites: frozenset[str]
    settlements: frozenset[str]
    gatherings: frozenset[str]


@cache
def _words() -> _Words:
    data = lexicon.load("locator_targets")
    return _Words(
        types=frozenset(str(t) for t in data.get("types") or ()),
        locator_preps=lexicon.word_set(data.get("locator_preps")),
        state_sites=lexicon.word_set(data.get("state_sites")),
        settlements=lexicon.word_set(data.get("settlements")),
        gatherings=lexicon.word_set(data.get("gatherings")),
    )


def drop_locator_target(event: Event, article: Article) -> None:
    """Drop (or move to the state's site) a target that is a town locating the object (see the module doc)."""
    words = _words()
    target, doc = event.target, article.doc
    if (event.plover or {}).get("type") not in words.types or target is None or doc is None:
        return
    if target.start is None or target.end is None:
        return
    mention = next((m for m in article.mentions if m.start == target.start and m.end == target.end), None)
    capital = mention is not None and mention.via == "capital"
    if mention is None or (mention.kind != "place" and not capital):
        return
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None:
        return
    if capital and span.root.dep_ == "compound":
        return  # "outside the Moscow embassy": a capital before a noun may stand for its state
    thing = _located_thing(span.root, words)
    trigger = _trigger_token(event, doc)
    if thing is None or trigger is None or thing.i == trigger.i or not _reached(thing, trigger.i, words):
        return
    if thing.lemma_.lower() in words.settlements or thing.lemma_.lower() in words.gatherings:
        return  # "the capital city of Algiers", "converged for a rally in Lagos": the town is the place itself
    if thing.lemma_.lower() in words.state_sites or thing.lower_ in words.state_sites:
        site = doc[thing.left_edge.i : thing.i + 1]
        event.target = replace(target, text=site.text, start=site.start_char, end=site.end_char, actor_id=None)
        return
    event.target = None


def _located_thing(root: Any, words: _Words) -> Any:
    """The noun a place token names or locates ("the Lagos-Ibadan expressway", "a church in Lyon"), or None."""
    if root.dep_ in _MODIFIER_DEPS and root.head.pos_ in _NOUNS and root.head.i > root.i:
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in words.locator_preps:
        if prep.head.pos_ in _NOUNS:
            return prep.head
    return None


def _reached(thing: Any, trigger: int, words: _Words) -> bool:
    """Whether the noun is what the act reaches: the trigger's object ("blocked the highway") or the object of a
    preposition on it that does not only place it ("set fire to a church"; not "a rally in Lagos")."""
    if thing.dep_ in {"dobj", "obj"}:
        return bool(thing.head.i == trigger)
    if thing.dep_ != "pobj" or thing.head.dep_ != "prep" or thing.head.lower_ in words.locator_preps:
        return False
    holder = thing.head.head
    return bool(holder.i == trigger or holder.head.i == trigger)


def _trigger_token(event: Event, doc: Any) -> Any:
    trig = event.trigger or {}
    if trig.get("start") is None or trig.get("end") is None:
        return None
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    return span.root if span is not None else None

"""Acts told as a campaign of years are no incident: "Al-Shabaab has carried out similar attacks in the capital for
more than a decade" or "the rebels have attacked convoys on the road for years" says what an actor has done over a
long stretch, not what happened on the story's day. An attack event with no toll whose verb (or the verb its
trigger noun is the object of) is in the present perfect and has a "for" phrase of a span of years is dropped; a
stretch of days ("have shelled the town for three days") stays an event. Words:
``data/lexicon/lasting_campaigns.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article
from .constants import NOUN_POS
from .lexicon import word_lists
from .ongoing_violence import _trigger

_ATTACK_ROOTS = frozenset({"18", "19", "20"})


@dataclass(frozen=True)
class _Words:
    span_nouns: frozenset[str]
    present_tags: frozenset[str]
    noun_deps: frozenset[str]


def _words() -> _Words:
    return word_lists("lasting_campaigns", _Words)


def _present_perfect(verb: Any, words: _Words) -> bool:
    """Is ``verb`` a past participle with a present "have" ("has carried out", "have attacked")?"""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_.lower() in words.present_tags for c in verb.children
    )


def _spans_years(verb: Any, words: _Words) -> bool:
    """Has ``verb`` a "for" phrase whose object is a span of years ("for years", "for more than a decade")?"""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        if any(o.dep_ == "pobj" and o.lemma_.lower() in words.span_nouns for o in prep.children):
            return True
    return False


def told_as_campaign(tok: Any, words: _Words) -> bool:
    """Is the trigger ``tok`` (a verb, or an attack noun that is a verb's object) told in the present perfect over
    a span of years?"""
    verb = tok.head if tok.pos_ in NOUN_POS and tok.dep_ in words.noun_deps else tok
    return _present_perfect(verb, words) and _spans_years(verb, words)


def drop_lasting_campaigns(article: Article) -> None:
    """Drop the toll-less attack events told as a campaign of years (in place)."""
    words = _words()
    kept = []
    for e in article.events:
        if not e.fatalities and (e.cameo or {}).get("root") in _ATTACK_ROOTS:
            tok = _trigger(article, e)
            if tok is not None and told_as_campaign(tok, words):
                continue
        kept.append(e)
    article.events = kept

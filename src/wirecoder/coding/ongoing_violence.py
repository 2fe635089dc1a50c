"""Violence said to go on is no incident: "The army says it has weakened the group, but attacks continue across
the north-east" or "aid workers said the violence continues in the province", in a later sentence of a story,
tells the state of a conflict, not an attack of a day. An attack event with no toll whose trigger noun is the
subject of a verb of going on told in the present ("continue", "have continued"), in a sentence after the first
that names no time of its own, is dropped. A past telling ("the fighting continued into the night") retells
the day's clash and stays; so does a lead ("Fighting continues in Khartoum") and any sentence with a date or a
toll. Words: ``data/lexicon/ongoing_violence.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article, Event
from .constants import NOUN_POS
from .lexicon import word_lists

_ATTACK_ROOTS = frozenset({"18", "19", "20"})


@dataclass(frozen=True)
class _Words:
    going_verbs: frozenset[str]
    present_tags: frozenset[str]


def _words() -> _Words:
    return word_lists("ongoing_violence", _Words)


def _trigger(article: Article, event: Event) -> Any:
    doc = article.doc
    start, end = (event.trigger or {}).get("start"), (event.trigger or {}).get("end")
    if doc is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def said_to_go_on(tok: Any, words: _Words) -> bool:
    """Is the noun ``tok`` the subject of a verb of going on told in the present ("attacks continue",
    "the violence has persisted")?"""
    if tok.pos_ not in NOUN_POS or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in words.going_verbs:
        return False
    if verb.tag_.lower() in words.present_tags:
        return True
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" and a.tag_.lower() in words.present_tags for a in auxes
    )


def drop_ongoing_violence(article: Article) -> None:
    """Drop the toll-less attack events that say violence goes on, in an undated later sentence (in place)."""
    words = _words()
    dated = {t.sentence_index for t in article.times}
    kept = []
    for e in article.events:
        if (
            e.sentence_index > 0
            and e.sentence_index not in dated
            and not e.fatalities
            and (e.cameo or {}).get("root") in _ATTACK_ROOTS
        ):
            tok = _trigger(article, e)
            if tok is not None and said_to_go_on(tok, words):
                continue
        kept.append(e)
    article.events = kept

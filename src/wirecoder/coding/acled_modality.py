"""An ACLED row records an event that took place: an act told as planned, promised, possible or denied
("the union plans to hold a rally next week", "troops may retake the town", "no shots were fired") keeps its
CAMEO and PLOVER coding with its modality flags, but gets no ACLED type, so it never stands for the story's
ACLED event."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..article import Article, Event
from .lexicon import load, word_set
from .modality import _cues

_UP = frozenset({"prep", "pobj", "dobj"})  # "plan to go on [strike]": up to the verb the noun trigger hangs on

_NO_TYPE = {"event_type": None, "sub_event_type": None}
# announced or agreed future acts that are themselves the development ("the party announced it would end its
# armed struggle"): ACLED codes the announcement
_SAID_DEVELOPMENTS = frozenset({"Change to group/activity", "Agreement"})


def untaken(event: Event) -> bool:
    """Is the event told as not (yet) having happened: negated, hypothetical or future?"""
    return bool(event.negated or event.hypothetical or event.future)


def _planned(doc: Any, event: Event) -> bool:
    """Is the trigger in the complement of a planning verb the parser took for a noun ("Doctors plan to go on
    strike": "plan" tagged NOUN, which the modality flags do not climb to)?"""
    start = (event.trigger or {}).get("start")
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None and start is not None else None
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in _UP and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return tok.dep_ == "xcomp" and head.pos_ == "NOUN" and head.lemma_.lower() in _cues().future_governors


@lru_cache(maxsize=1)
def _foretelling() -> tuple[frozenset[str], frozenset[str]]:
    fut = load("modality")["future"]
    return word_set(fut.get("noun_marks")), word_set(fut.get("before_words"))


def _foretold(doc: Any, event: Event) -> bool:
    """Is the trigger an event noun told as still to come: "security will be tightened ahead of a planned rally"
    (the rally has not been held), "the upcoming strike"?"""
    tok = _trigger_token(doc, event)
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    marks, befores = _foretelling()
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in marks for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in befores


def _trigger_token(doc: Any, event: Event) -> Any:
    start = (event.trigger or {}).get("start")
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None and start is not None else None
    return span[0] if span is not None and len(span) else None


def _history(event: Event, published: str | None) -> bool:
    """Is the event background told as history, dated two years or more before the story: "Ten years ago, a car
    bomb outside the embassy killed 22 people" (an ACLED row of that year's reports, not of this story)?"""
    year, pub = (event.date or "")[:4], (published or "")[:4]
    # two calendar years back or more: "in 2019" in a story of 2020 may still be the news's own past
    return bool(event.background) and year.isdigit() and pub.isdigit() and int(year) <= int(pub) - 2


def _typed(event: Event) -> bool:
    acled = event.acled or {}
    return bool(acled.get("event_type")) and acled.get("sub_event_type") not in _SAID_DEVELOPMENTS


def type_only_taken_acts(article: Article) -> None:
    """Clear the ACLED type of the article's events told as not having happened."""
    article.events = [
        replace(e, acled=dict(_NO_TYPE))
        if (untaken(e) or _planned(article.doc, e) or _foretold(article.doc, e))
        and _typed(e)
        # an announced development stays one; a possible or denied one does not ("the rebels might switch sides")
        or (e.hypothetical or e.negated)
        and (e.acled or {}).get("event_type")
        else e
        for e in article.events
    ]


def untype_history(article: Article) -> None:
    """Clear the ACLED type of background events told as history, dated two years or more back (after
    ``mark_background``): "Ten years ago, a car bomb outside the embassy killed 22 people"."""
    article.events = [
        replace(e, acled=dict(_NO_TYPE)) if _history(e, article.published) and _typed(e) else e for e in article.events
    ]

"""An ACLED row records an event that took place: an act told as planned, promised, possible or denied
("the union plans to hold a rally next week", "troops may retake the town", "no shots were fired") keeps its
CAMEO and PLOVER coding with its modality flags, but gets no ACLED type, so it never stands for the story's
ACLED event."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..article import Article, Event
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


def _typed(event: Event) -> bool:
    acled = event.acled or {}
    return bool(acled.get("event_type")) and acled.get("sub_event_type") not in _SAID_DEVELOPMENTS


def type_only_taken_acts(article: Article) -> None:
    """Clear the ACLED type of the article's events told as not having happened."""
    article.events = [
        replace(e, acled=dict(_NO_TYPE)) if (untaken(e) or _planned(article.doc, e)) and _typed(e) else e
        for e in article.events
    ]

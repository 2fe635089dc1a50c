"""A toll that is only feared is no one's dead: "aid agencies said a full assault on the city could kill
thousands", "the offensive will leave hundreds dead", "rebels could kill 50 hostages". The event is kept,
flagged hypothetical or future (coding/modality.py), but without the toll its verb only foresees, so a user
who counts the dead of flagged events too adds no feared figure. A perfect verb keeps its toll: "the strike
may have killed 12" is a hedged report of real dead. Cue words: ``data/lexicon/modality.yaml``."""

from __future__ import annotations

from typing import Any

from ..article import Article
from .modality import modal_auxiliaries

_NOMINAL = frozenset({"NOUN", "PROPN"})


def drop_foreseen_tolls(article: Article) -> None:
    """Clear the toll of each hypothetical or future event whose dead only a modal verb foresees (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in article.events:
        if not event.fatalities or event.negated or not (event.hypothetical or event.future):
            continue
        start = (event.trigger or {}).get("start")
        span = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
        if span is not None and _foreseen(span[0]):
            event.fatalities = None


def _foreseen(trigger: Any) -> bool:
    """The verb that tells the toll (the trigger, or the verb an event noun is the subject of) bears a modal
    or future auxiliary and is not perfect."""
    verb = trigger.head if trigger.pos_ in _NOMINAL and trigger.dep_ == "nsubj" else trigger
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_.lower() == "have" for c in auxes):
        return False
    return any(c.lower_ in modal_auxiliaries() for c in auxes)

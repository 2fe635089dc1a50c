"""Detentions told as forced disappearances: state agents arresting someone who is then taken or held where no
one is told ("security officers arrested an activist and took him to an undisclosed location", "detained a
journalist, who is held incommunicado", "... His whereabouts remain unknown.") commit what ACLED's codebook
types Violence against civilians / Abduction/forced disappearance, not an arrest. Only an event typed as an
arrest is retyped (its CAMEO code stays), and only by its own sentence or the next ``reach`` ones; the place of
the arrest itself ("arrested at an unknown location") is no hiding. Words: ``data/lexicon/hidden_detentions.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article
from .constants import Token
from .lexicon import load, word_set

_ARRESTS = ("Strategic developments", "Arrests")
_DISAPPEARANCE = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}


@cache
def _words() -> dict[str, Any]:
    data = load("hidden_detentions")
    keys = (
        "hidden_words",
        "place_nouns",
        "place_preps",
        "moving_verbs",
        "cut_off_words",
        "whereabouts_words",
        "not_known_words",
    )
    out: dict[str, Any] = {k: word_set(data.get(k)) for k in keys}
    out["reach"] = int(data.get("reach", 1))
    return out


def _hidden_place(tok: Token, trigger: int | None) -> bool:
    """Is ``tok`` a place noun described as secret and the object of a place preposition of a verb that takes
    or holds someone, other than the arrest verb itself?"""
    w = _words()
    if tok.lemma_.lower() not in w["place_nouns"] and tok.lower_ not in w["place_nouns"]:
        return False
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in w["hidden_words"] for c in tok.children):
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in w["place_preps"]:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.i != trigger and verb.lemma_.lower() in w["moving_verbs"]


def _cut_off(tok: Token) -> bool:
    """ "held incommunicado", "his whereabouts remain unknown", "whereabouts are not known"."""
    w = _words()
    if tok.lower_ in w["cut_off_words"]:
        return True
    if tok.lower_ not in w["whereabouts_words"] or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "advmod")]
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(s.lower_ in w["not_known_words"] and (s.lower_ != "known" or negated) for s in said)


def _trigger_index(doc: Any, event: Any) -> int | None:
    start = (event.trigger or {}).get("start")
    if start is None:
        return None
    span = doc.char_span(start, (event.trigger or {}).get("end", start), alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def disappearances_of_detentions(article: Article) -> None:
    """Retype an arrest whose sentence, or the next ones within reach, tells the detainee taken or held at an
    undisclosed place or cut off from everyone, as ACLED's forced disappearance."""
    doc = getattr(article, "doc", None)
    if doc is None:
        return
    sents = list(doc.sents)
    reach = _words()["reach"]
    for k, event in enumerate(article.events):
        acled = event.acled or {}
        if event.background or (acled.get("event_type"), acled.get("sub_event_type")) != _ARRESTS:
            continue
        if not 0 <= event.sentence_index < len(sents):
            continue
        trigger = _trigger_index(doc, event)
        told = sents[event.sentence_index : event.sentence_index + reach + 1]
        if any(_hidden_place(t, trigger) or _cut_off(t) for s in told for t in s):
            article.events[k] = replace(event, acled=dict(_DISAPPEARANCE))

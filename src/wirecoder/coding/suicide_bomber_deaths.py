"""The suicide bomber's own death, untold: "A woman detonated a suicide vest at a bus station, killing six people" is
seven dead, as suicide-attack databases (the GTD, ACLED) count the bomber among an incident's dead. One is added to
the toll of an attack whose subject is one person ("a suicide bomber", "a woman"), and the number of a counted
plural ("two female suicide bombers detonated their explosives, killing seven": nine; not a bare plural, whose
number is unknown) told by a suicide word in the attack's sentence, when the story tells the toll in that sentence and
says nothing more of the bomber ("blew himself up", "including the bomber", "the bomber also died" are counted by
``coding/self_deaths.py`` and the casualty rules; a second mention of an attacker noun or "excluding" leaves the
toll alone). A "suicide car bomb" with no person as its subject adds nothing. Words:
``data/lexicon/attacker_deaths.yaml`` (``suicide_words``, ``bomber_persons``, ``bomber_told``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event, Quantity
from .lexicon import load, word_set
from .numbers import lexicon, number_at
from .quantities import FATAL_KINDS

MAX_BOMBERS = 12  # a counted team of bombers larger than this is no suicide squad a summary counts one by one


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def add_suicide_bomber(article: Article) -> None:
    """Add the untold suicide bomber to the toll of his attack (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in article.events:
        if not event.fatalities or event.cameo.get("root") not in ("18", "19", "20") or event.background:
            continue
        trigger = _token(doc, event)
        if trigger is None:
            continue
        sent = trigger.sent
        if not any(t.lower_ in _words("suicide_words") for t in sent):
            continue
        subj = verb_subject(trigger)
        bombers = _bombers(subj) if subj is not None else None
        if bombers is None:
            continue
        dead = [q for q in event.quantities if q.kind in FATAL_KINDS and q.value]
        if not dead or not all(sent.start_char <= int(q.start or -1) < sent.end_char for q in dead):
            continue
        if any(
            t.lower_ in _words("bomber_told") or t.lemma_.lower() in _words("bomber_told") for t in doc[subj.i + 1 :]
        ):
            continue  # "killing 23, including the bomber", "The bomber also died": counted or told apart
        event.fatalities = int(event.fatalities) + bombers
        event.quantities = [
            *event.quantities,
            Quantity(kind="killed", value=bombers, text=subj.text, start=subj.idx, end=subj.idx + len(subj.text)),
        ]


def _bombers(subj: Any) -> int | None:
    """How many bombers the subject is: one for one person ("a suicide bomber", "a woman"), the number of a
    counted plural ("two female suicide bombers"); None for an uncounted plural ("suicide bombers") or a
    vague one ("dozens of"), whose number is unknown."""
    if subj.lemma_.lower() not in _words("bomber_persons"):
        return None
    counts = [c for c in subj.children if c.dep_ == "nummod"]
    if subj.tag_ in ("NN", "NNP"):
        return None if counts else 1
    if subj.tag_ not in ("NNS", "NNPS") or len(counts) != 1:
        return None
    num = number_at(subj.doc, counts[0].i, counts[0].i + 1, lexicon())
    if num is None or num.vague or num.value != int(num.value) or not 2 <= num.value <= MAX_BOMBERS:
        return None
    return int(num.value)


def _token(doc: Any, event: Event) -> Any:
    start = (event.trigger or {}).get("start")
    if start is None:
        return None
    span = doc.char_span(int(start), int((event.trigger or {}).get("end") or start + 1), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def verb_subject(verb: Any) -> Any:
    """The subject of ``verb``, or of the verb it is conjoined to or subordinate to ("blew himself up, killing")."""
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        verb = verb.head if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i else None
    return None

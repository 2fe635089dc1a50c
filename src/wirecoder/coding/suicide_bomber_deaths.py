"""The suicide bomber's own death, untold: "A woman detonated a suicide vest at a bus station, killing six people" is
seven dead, as suicide-attack databases (the GTD, ACLED) count the bomber among an incident's dead. One is added to
the toll of an attack whose subject is one person ("a suicide bomber", "a woman"), and the number of a counted
plural ("two female suicide bombers detonated their explosives, killing seven": nine; not a bare plural, whose
number is unknown) told by a suicide word in the attack's sentence, when the story tells the toll in that sentence and
says nothing more of the bomber ("blew himself up", "including the bomber", "the bomber also died" are counted by
``coding/self_deaths.py`` and the casualty rules; a second mention of an attacker noun or "excluding" leaves the
toll alone). A "suicide car bomb" with no person as its subject adds nothing. The bomber retold by a singular
pronoun in the next sentence is the same one ("A suicide bomber struck a checkpoint. She killed four policemen": five),
when nothing before that sentence told a death. Words: ``data/lexicon/attacker_deaths.yaml`` (``suicide_words``,
``bomber_persons``, ``bomber_told``, ``bomber_pronouns``).
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
        subj = verb_subject(trigger)
        if subj is None:
            continue
        if any(t.lower_ in _words("suicide_words") for t in sent):
            bombers = _bombers(subj)
        else:  # "A suicide bomber struck a checkpoint. She killed four policemen."
            bombers = _retold_bomber(subj, article.events, event)
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


def _retold_bomber(subj: Any, events: list[Event], event: Event) -> int | None:
    """One for a singular pronoun subject ("He", "She") retelling the one suicide bomber who is the subject of the
    sentence just before, when no event told before the pronoun's sentence has a toll (the bomber's death may be
    in it); None otherwise."""
    if subj.lower_ not in _words("bomber_pronouns"):
        return None
    sent = subj.sent
    if sent.start == 0:
        return None
    before = subj.doc[sent.start - 1].sent
    if not any(t.lower_ in _words("suicide_words") for t in before):
        return None
    bombers = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and _bombers(t) == 1]
    if len(bombers) != 1 or any(t.lower_ in _words("bomber_told") for t in subj.doc[bombers[0].i + 1 : sent.start]):
        return None  # "... blew himself up. He ...": told already
    earlier = [e for e in events if e is not event and e.sentence_index < event.sentence_index and e.fatalities]
    return None if earlier else 1


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

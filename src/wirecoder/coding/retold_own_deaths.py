"""The doer's own death told twice: "A suicide bomber blew himself up at a checkpoint. The bomber was killed along
with three soldiers." is four dead, not five. The attack's toll already has its doer's death (``coding/self_deaths.py``,
``coding/end_deaths.py``: a count whose words are the attack's subject); a violent event told after it, in its
sentence or the next one, whose dead retell that doer by a pronoun ("He was killed along with four traders") or a
definite doer noun ("the bomber", "the two attackers", "both bombers") of the same number, counts him again. The
retelling's count of the doer is dropped and its other dead join the attack (the user adding up the events gets the
same sum, the doer once). Not when the retelling is told as an operation of its own ("later", "in a raid").
Words: ``doer_pronouns``, ``doer_nouns``, ``attackers``, ``bomber_persons``, ``retelling_dets`` and ``apart_words``
in ``data/lexicon/attacker_deaths.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event, Quantity
from .lexicon import load, word_set
from .numbers import lexicon
from .quantities import FATAL_KINDS
from .self_deaths import _count
from .suicide_bomber_deaths import verb_subject

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def drop_retold_own_deaths(article: Article) -> None:
    """Drop each retelling of an attack's doer's own death and fold the retelling's other dead into the attack
    (in place)."""
    doc = article.doc
    if doc is None:
        return
    for attack in article.events:
        own = _own_death(doc, attack)
        if own is None:
            _fold_pronoun_doers(doc, article.events, attack)
            continue
        for later in article.events:
            if later is attack or not _retells(attack, later) or _apart(doc, later):
                continue
            again = [q for q in later.quantities if q.kind in FATAL_KINDS and _is_doer(doc, q, own.value)]
            if len(again) != 1:
                continue
            rest = [q for q in later.quantities if q.kind in FATAL_KINDS and q is not again[0] and q.value]
            attack.fatalities = int(attack.fatalities or 0) + sum(int(q.value or 0) for q in rest)
            attack.quantities = [*attack.quantities, *rest]
            later.quantities = [q for q in later.quantities if q is not again[0]]
            later.fatalities = None
            later.confidence = min(later.confidence, attack.confidence - 0.01)  # the attack stays the main event


def _fold_pronoun_doers(doc: Any, events: list[Event], attack: Event) -> None:
    """ "Two attackers threw a grenade. They were killed along with a constable.": the plural pronoun subject of a
    verb of death in the next sentence is the attack's counted doers (when the attack has no plural persons as its
    object, who could be "they"); they and the others told dead with them join the attack's toll."""
    if attack.cameo.get("root") not in _VIOLENT_ROOTS or attack.background:
        return
    trigger = next((t for t in doc if t.idx == _start(attack)), None)
    subj = verb_subject(trigger) if trigger is not None else None
    if trigger is None or subj is None or subj.tag_ not in ("NNS", "NNPS") or not _doer_noun(subj):
        return
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for c in trigger.children):
        return  # "Three gunmen abducted two traders. They were killed": whose death?
    count = _count(subj, plural=True)
    if not count:
        return
    lex = lexicon()
    for later in events:
        if later is attack or later.sentence_index != attack.sentence_index + 1 or _apart(doc, later):
            continue
        if later.cameo.get("root") not in _VIOLENT_ROOTS or later.background:
            continue
        verb = next((t for t in doc if t.idx == _start(later)), None)
        if verb is None or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        deps = {"nsubjpass"} if lex.object_verbs.get(lemma) in FATAL_KINDS else set()
        deps |= {"nsubj"} if lex.subject_verbs.get(lemma) in FATAL_KINDS else set()
        they = next((c for c in verb.children if c.dep_ in deps and c.lower_ == "they"), None)
        if they is None:
            continue
        dead = Quantity(kind="killed", value=count, text=they.text, start=they.idx, end=they.idx + len(they.text))
        rest = [q for q in later.quantities if q.kind in FATAL_KINDS and q.value]
        attack.fatalities = int(attack.fatalities or 0) + count + sum(int(q.value or 0) for q in rest)
        attack.quantities = [*attack.quantities, dead, *rest]
        later.fatalities = None
        later.confidence = min(later.confidence, attack.confidence - 0.01)  # the attack stays the main event
        return


def _doer_noun(tok: Any) -> bool:
    nouns = _words("doer_nouns") | _words("attackers") | _words("bomber_persons")
    return tok.lemma_.lower() in nouns or tok.lower_.removesuffix("men") + "man" in nouns


def _start(event: Event) -> int:
    return int((event.trigger or {}).get("start") or 0)


def _own_death(doc: Any, event: Event) -> Quantity | None:
    """The count of the attack's doer's own death: a fatal count whose words hold the subject of its trigger."""
    if event.cameo.get("root") not in _VIOLENT_ROOTS or not event.fatalities or event.background:
        return None
    trigger = next((t for t in doc if t.idx == _start(event)), None)
    if trigger is None:
        return None
    subj = verb_subject(trigger)
    if subj is None:
        return None
    for q in event.quantities:
        if q.kind in FATAL_KINDS and q.value and q.start is not None and q.start <= subj.idx < int(q.end or 0):
            return q
    return None


def _retells(attack: Event, later: Event) -> bool:
    """A violent event with a toll told after the attack, in its sentence or the next one."""
    return (
        later.cameo.get("root") in _VIOLENT_ROOTS
        and bool(later.fatalities)
        and not later.background
        and 0 <= later.sentence_index - attack.sentence_index <= 1
        and _start(later) > _start(attack)
    )


def _apart(doc: Any, event: Event) -> bool:
    sent = next((s for s in doc.sents if s.start_char <= _start(event) < s.end_char), None)
    apart = _words("apart_words")
    return sent is None or any(t.lower_ in apart or t.lemma_.lower() in apart for t in sent)


def _is_doer(doc: Any, q: Quantity, value: Any) -> bool:
    """The count retells the doer: a doer pronoun or a definite doer noun of the doer's number."""
    if q.start is None or q.end is None or q.value != value:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if head.lower_ in _words("doer_pronouns"):
        return True
    if not _doer_noun(head):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in _words("retelling_dets") for c in head.children)

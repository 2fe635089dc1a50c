"""The attackers' own dead told by a verb of loss: "FARC guerrillas attacked a police post, killing six officers.
The guerrillas lost three of their fighters." is one incident of nine dead, as ACLED and the GTD count every
death of it (``coding/attacker_deaths.py`` does "two of the attackers were killed"). The loss is the attack's when
its subject is the attackers (an attacker noun, or the attack's own source) and its object counts people ("three
of their own", "two fighters"), told in the attack's sentence after it or in the next one; the attack told again in
that clause ("lost five of their men in the fighting") is no second event. "The party lost three
seats", "the army lost two soldiers" after an attack on the army (its victims, already counted) add nothing.
Words: ``data/lexicon/attacker_deaths.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event, Quantity
from .affiliation import named
from .lexicon import load, word_set
from .lost_conjuncts import lost_conjuncts, one_person
from .numbers import lexicon as number_lexicon
from .numbers import number_at

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def add_own_losses(article: Article) -> None:
    """Add each count of the attackers' own lost to the attack told just before it (in place)."""
    doc = article.doc
    if doc is None:
        return
    attacks = [e for e in article.events if e.cameo.get("root") in _VIOLENT_ROOTS and e.trigger]
    for tok in doc:
        if tok.lemma_.lower() not in _words("loss_verbs") or tok.pos_ != "VERB":
            continue
        found = _lost_count(doc, tok)
        count, obj = found if found is not None else (None, None)
        if (
            count is None or obj is None or any(t.lower_ in _words("apart_words") for t in tok.subtree)
        ):  # "in a raid later"
            continue
        attack = _attack_before(doc, attacks, tok)
        if attack is not None and _is_attackers(_subject(tok), attack):
            attack.fatalities = int(attack.fatalities or 0) + count
            span = doc[obj.left_edge.i : obj.right_edge.i + 1]
            attack.quantities = [
                *attack.quantities,
                Quantity("killed", count, text=span.text, start=span.start_char, end=span.end_char),
            ]
            retold = _retold(attacks, tok, attack)
            article.events = [e for e in article.events if e not in retold]
            attacks = [e for e in attacks if e not in retold]


def _retold(attacks: list[Event], verb: Any, attack: Event) -> list[Event]:
    """The attack told again in the loss's own clause ("lost five of their men in the fighting"): an event
    with no toll and no named doer whose trigger is in it is that attack, no second one."""
    first, last = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    return [
        e
        for e in attacks
        if e is not attack
        and first <= int(e.trigger.get("start") or -1) < last
        and not e.fatalities
        and not named(e.source)
    ]


def _subject(verb: Any) -> Any:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _lost_count(doc: Any, verb: Any) -> tuple[int, Any] | None:
    """The people the verb's object counts: "three of their fighters", "two of their own", "three fighters"."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    if obj.pos_ == "NUM":  # "three of their fighters"
        nouns = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        if not any(n.lemma_.lower() in _words("loss_nouns") or n.lower_ in _words("loss_nouns") for n in nouns):
            return None
        first = obj
    else:  # "three fighters"
        if obj.lemma_.lower() not in _words("loss_nouns"):
            return None
        first = next((c for c in obj.children if c.dep_ == "nummod"), None)
        if first is None:  # "lost a captain and two cadets": the single one counted
            return (1 + lost_conjuncts(doc, obj, _words("loss_nouns")), obj) if one_person(obj) else None
    count = _count_at(doc, first.left_edge.i if first.left_edge.pos_ == "NUM" else first.i)
    if count is None:
        return None
    return count + lost_conjuncts(doc, obj, _words("loss_nouns")), obj


def _count_at(doc: Any, i: int) -> int | None:
    number = number_at(doc, i, len(doc), number_lexicon())
    if number is None or number.vague or number.value != int(number.value) or number.value < 1:
        return None
    return int(number.value)


def _attack_before(doc: Any, attacks: list[Event], verb: Any) -> Event | None:
    """The latest attack told before the verb in its sentence or the one before."""
    sent = verb.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    first = prev.start_char if prev is not None else sent.start_char
    before = [e for e in attacks if first <= int(e.trigger.get("start") or 0) < verb.idx]
    return max(before, key=lambda e: int(e.trigger.get("start") or 0)) if before else None


def _is_attackers(subject: Any, attack: Event) -> bool:
    """The subject is the attackers: an attacker noun, or the attack's named source told again."""
    if subject is None:
        return False
    if subject.lemma_.lower() in _words("loss_subjects") | _words("attackers"):
        return True
    src = attack.source
    said = (src.text or "").lower() if src is not None else ""
    return bool(said) and subject.pos_ == "PROPN" and subject.text.lower() in said

"""A harm told as a participle in an attack's outcome is no act of its own: in "Gunmen attacked a polling centre.
The attack left one official dead and two voters injured" (or "ended with one official dead and two voters
injured") the parser may make "injured" a verb with "two voters" its subject, and the coder an injury event that
takes the phrase's dead. Such an event (its trigger a verb of harm, ``harm_participles`` of
``data/lexicon/attacker_deaths.yaml``, joined by a conjunct or a clause to the outcome of "leave" or of an ending
verb whose subject is a noun) with no doer named, or the attack's own given it as the attack's retelling, gives its toll to the attack told before it in its sentence or
the one before, when that attack has none, and is dropped. With no attack told before, or one with a toll of its
own, it is left as it is."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event
from .affiliation import named
from .aftermath import retold
from .lexicon import load, word_set
from .own_losses import _VIOLENT_ROOTS, _attack_before

_JOINS = frozenset({"conj", "acl", "oprd", "pobj", "prep", "dobj", "advcl", "ccomp", "xcomp"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


@cache
def _ending_verbs() -> frozenset[str]:
    return word_set(load("quantity_kinds")["ending_verbs"])


def fold_outcome_participles(article: Article) -> None:
    """Give each injury participle's toll to the attack whose outcome it is part of (in place)."""
    doc = article.doc
    if doc is None:
        return
    attacks = [e for e in article.events if e.cameo.get("root") in _VIOLENT_ROOTS and e.trigger]
    for event in list(attacks):
        tok = _trigger(doc, event)
        if tok is None or not event.fatalities:
            continue
        verb = _outcome_verb(tok)
        if verb is None:
            continue
        attack = _attack_before(doc, [a for a in attacks if a is not event], verb)
        if attack is None or attack.fatalities or not _doer_of(event, attack):
            continue
        attack.fatalities = event.fatalities
        attack.quantities = [*attack.quantities, *event.quantities]
        article.events = [e for e in article.events if e is not event]
        attacks = [e for e in attacks if e is not event]


def _doer_of(event: Event, attack: Event) -> bool:
    """The participle's event names no doer, or the attack's own (given it as the attack's retelling)."""
    mine, theirs = event.source, attack.source
    if mine is None or not named(mine):
        return True
    return theirs is not None and (mine.name or mine.text) == (theirs.name or theirs.text) and retold(event)


def _trigger(doc: Any, event: Event) -> Any:
    start = (event.trigger or {}).get("start")
    tok = next((t for t in doc if t.idx == start), None) if start is not None else None
    if tok is None or tok.lemma_.lower() not in _words("harm_participles") or tok.tag_ not in {"VBN", "VBD"}:
        return None
    return None if any(c.dep_ in {"dobj", "obj"} for c in tok.children) else tok  # "wounded two": an act


def _outcome_verb(tok: Any) -> Any | None:
    """The "leave" or ending verb whose outcome phrase holds ``tok``, its subject a noun, or None."""
    node = tok
    while node.dep_ in _JOINS and node.head.i != node.i:
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and (lemma == "leave" or lemma in _ending_verbs()):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return node if subject is not None and subject.pos_ == "NOUN" and subject.i < tok.i else None
    return None

"""More victims of the attack just told: "Eleven soldiers died. Two civilians were also killed." tells one
ambush that killed 13, as an incident table codes it. The later count, told with "also" or "more" on its
verb or its victims and nothing of its own (no place, no date, no "separate" attack), is added to the toll
of the attack's telling in the sentence just before, and leaves its own event without a toll (a user who
adds up the events still gets 13). "Two more soldiers were killed in Kandahar" and "in a separate attack"
stay incidents of their own. Victims of the attack dying after it ("Two of the wounded later succumbed", "A fifth
passenger died of his wounds") are more of its dead in the same way, also of an attack that only wounded (``later_death_marks`` and ``wound_words`` of
``data/lexicon/toll_parts.yaml``). Words: ``new_words``/``other_words`` of ``data/lexicon/aftermath.yaml``.
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .aftermath import is_attack, words
from .constants import Token
from .dated_apart import dated_apart
from .toll_parts import died_later, later_death_verbs

_FATAL = frozenset({"killed", "dead"})
_MORE = frozenset({"also", "more"})  # "were also killed", "two more soldiers died"
_CLAUSES = frozenset({"ccomp", "conj", "advcl", "parataxis"})  # clauses of their own under the "also" verb
_OWN_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "ORG", "NORP"})


def add_more_victims(article: Article, events: list[Event]) -> None:
    """Fold the "also killed" tolls of a sentence into the attack toll of the sentence before (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in events:
        if not event.fatalities or not is_attack(event):
            continue
        tok = _trigger(doc, event)
        if tok is None:
            continue
        dying = died_later(tok)
        if dying is None and not _told_as_more(tok):
            continue
        span = _sentence(article, event.sentence_index)
        if span is None or not _adds_nothing(span, dying or tok):
            continue
        before = [
            e
            for e in events
            if (e.sentence_index == event.sentence_index - 1 or (dying is not None and _clause_before(e, event)))
            and (e.fatalities or (dying is not None and _wounded(e)))
            and is_attack(e)
            and _same_doer(e, event)
            and not dated_apart(e, event)
        ]
        if not before:
            continue
        toll = max(before, key=lambda e: e.confidence)
        added = [q for q in event.quantities if q.kind in _FATAL]
        more = _restating(toll, added, dying or tok)
        toll.fatalities = int(toll.fatalities or 0) + (int(event.fatalities) if more is None else sum_of(more))
        toll.quantities = [*toll.quantities, *(added if more is None else more)]
        if more is not None:  # the retelling's counts are no more figures of the story
            event.quantities = [q for q in event.quantities if q not in added or q in more]
        event.fatalities = None


def _restating(toll: Event, counts: list[Any], tok: Token) -> list[Any] | None:
    """The counts of the "also" clause alone when the sentence's other counts restate the toll before: in "...,
    killing five people. The siege left four guests and a guard dead; three assailants were also killed." the
    four and the one retell the five (their sum is the earlier toll), so only the three are more dead (8, not
    13). None when the other counts add up to anything else (then all are more dead, as before)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX") else tok
    others = [c for c in verb.children if c.dep_ in _CLAUSES]  # "The siege left ...; three were also killed"
    own = [q for q in counts if q.start is not None and _in(verb, q.start) and not any(_in(c, q.start) for c in others)]
    rest = [q for q in counts if q not in own]
    if not own or not rest or sum_of(rest) != int(toll.fatalities or 0):
        return None
    return own


def _in(tok: Token, at: int) -> bool:
    """The character offset ``at`` lies in the phrase of ``tok``."""
    return bool(tok.left_edge.idx <= at < tok.right_edge.idx + len(tok.right_edge.text))


def sum_of(counts: list[Any]) -> int:
    """The counts added up (a vague or missing value counts as none)."""
    return sum(int(q.value or 0) for q in counts)


def _wounded(event: Event) -> bool:
    """The attack counts wounded: those dying later are its dead even when it killed no one outright ("a bomb
    wounded 14 people. Two of the wounded later died in hospital" is a bombing of 2 dead)."""
    return any(q.kind == "wounded" and q.value for q in event.quantities)


def _clause_before(toll: Event, later: Event) -> bool:
    """``toll`` is told earlier in the sentence of ``later`` ("Two nurses were killed, and a patient died of his
    wounds the next day")."""
    at, end = toll.trigger.get("start"), later.trigger.get("start")
    return toll.sentence_index == later.sentence_index and at is not None and end is not None and at < end


def _trigger(doc: Any, event: Event) -> Token | None:
    start = event.trigger.get("start") if isinstance(event.trigger, dict) else None
    span = doc.char_span(start, event.trigger.get("end") or start + 1, "expand") if start is not None else None
    return span.root if span is not None and len(span) else None


def _sentence(article: Article, index: int) -> Any:
    sent = next((s for s in article.sentences if s.index == index), None)
    return article.doc.char_span(sent.start, sent.end, alignment_mode="expand") if sent is not None else None


def _told_as_more(tok: Token) -> bool:
    """ "also" on the verb ("were also killed"), "more" on its victims ("two more soldiers died"); a victim
    noun the coder took for the trigger ("three guards also died") is read through its verb."""
    if tok.dep_ == "dobj" and _another_count(tok):
        return True  # "recovered another eight bodies"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if any(c.dep_ == "advmod" and c.lower_ in _MORE for c in tok.children):
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(_more_of(t) for s in subjects for t in s.subtree) or any(_another_count(s) for s in subjects)


def _more_of(tok: Token) -> bool:
    """ "two more soldiers", not the comparison "more than 1,000 people" (a count, not more of the same)."""
    following = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "more" and (following is None or following.lower_ != "than")


def _another_count(noun: Token) -> bool:
    """ "another eight bodies", "Another nine people": "another" on a counted noun (more of the same dead)."""
    return any(c.lower_ == "another" for c in noun.children) and any(c.dep_ == "nummod" for c in noun.children)


def _adds_nothing(span: Any, tok: Token) -> bool:
    """No place, date or group of its own and no word of another incident ("separate", "elsewhere"). Victims
    dying or found later ("died in hospital the next day", "later recovered another eight bodies"; toll_parts
    ``later_death_verbs``) may say when: a time of theirs, not another incident; "another" counting the dead is
    more of them."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX") else tok
    later = verb.lemma_.lower() in later_death_verbs()
    own = _OWN_ENTS - {"DATE", "TIME"} if later else _OWN_ENTS
    if any(t.ent_type_ in own for t in span):
        return False
    other = words().other_words | {"separate", "separately", "another", "elsewhere", "meanwhile", "later"}
    other = other - {"later"} if later else other
    return not any(t.lower_ in other and not (t.lower_ == "another" and _another_victim(t, later)) for t in span)


def _another_victim(tok: Token, later: bool) -> bool:
    """ "another" counting more of the dead: on a counted noun ("another eight bodies"), or on the one victim of a
    verb of dying or being found later ("Another herder died in hospital", "found another body")."""
    return _another_count(tok.head) or (later and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("nsubj", "dobj"))


def _same_doer(toll: Event, more: Event) -> bool:
    """One doer, or none named on one side."""
    a, b = toll.source, more.source
    if a is None or b is None:
        return True
    return (a.name or a.text) == (b.name or b.text)

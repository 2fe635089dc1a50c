"""A follow-up blast of the attack just told: "A bomb exploded at a bus stop, killing nine. A second device
went off minutes later, killing five rescuers." is one attack that killed 14, as an attack database codes a
secondary device aimed at responders, and its headline toll is the sum. The later device, told with an
ordinal or "another" on its subject ("a second device", "the second", "another bomb") and naming no place
or date of its own, adds its toll to the first telling of the attack and leaves its own event without one
(a user who adds up the events still gets 14). "Another bomb killed five in Mosul" stays an incident of its
own. Words: ``part_words`` of ``data/lexicon/aftermath.yaml``.
"""

from __future__ import annotations

from ..article import Article, Event
from .aftermath import is_attack, words
from .constants import Token
from .more_victims import _same_doer, _sentence, _trigger

_OWN_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE"})
_FIRST = frozenset({"one", "first"})


def fold_follow_up_blasts(article: Article) -> None:
    """Add the tolls of later devices of one attack to its first telling (in place)."""
    doc, events = article.doc, article.events
    if doc is None:
        return
    for event in events:
        if not event.fatalities or not is_attack(event):
            continue
        tok = _trigger(doc, event)
        if tok is None or not _follow_up(tok):
            continue
        span = _sentence(article, event.sentence_index)
        if span is None or any(t.ent_type_ in _OWN_ENTS for t in span):
            continue
        first = [
            e
            for e in events
            if e is not event
            and e.fatalities
            and is_attack(e)
            and event.sentence_index - 1 <= e.sentence_index <= event.sentence_index
            and _before(e, event)
            and _same_doer(e, event)
            and not _follow_up_event(doc, e)
        ]
        if not first:
            continue
        toll = min(first, key=lambda e: (e.sentence_index, e.trigger.get("start") or 0))
        toll.fatalities = int(toll.fatalities or 0) + int(event.fatalities)
        toll.quantities = [*toll.quantities, *(q for q in event.quantities if q.kind in ("killed", "dead"))]
        event.fatalities = None


def _before(a: Event, b: Event) -> bool:
    return (a.sentence_index, a.trigger.get("start") or 0) < (b.sentence_index, b.trigger.get("start") or 0)


def _follow_up_event(doc: object, event: Event) -> bool:
    tok = _trigger(doc, event)
    return tok is not None and _follow_up(tok)


def _follow_up(tok: Token) -> bool:
    """The act's subject is a later one of its kind: "a second device", "another bomb", "the second"."""
    verb = tok
    for _ in range(2):  # "..., killing five rescuers": the verb the participle hangs on
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i:
            break
        verb = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") else verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    later = words().part_words - _FIRST
    for subj in subjects:
        if subj.lower_ in later:
            return True  # "the second killed three"
        if any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in later for c in subj.children):
            return True
    return False

"""A toll a side claims for its own attack, with another teller's count of the same dead told just after, is
no toll to add: "the rebels claimed to have killed 25 policemen; the ministry said three policemen were
killed" and "The militants claimed to have killed 40 soldiers. The army said four soldiers died." are 3 and 4
dead, as a coder takes the officials' figure, not 28 and 44. The claim's event (the attack, by its doer) takes
the told toll and the teller's event gives it up, so the toll is counted once. Only a count in the same or the next sentence, after the claim, of the same victims (the same
noun, or a bare toll: "four died", "the toll") and told by a verb of telling other than claiming; counts of
other victims ("two civilians also died") stay added (coding/more_victims.py)."""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .quantities import FATAL_KINDS, count_root
from .rival_tolls import BARE, CLAIMING, TELLING, forget_count, victims

_ATTACK_ROOTS = frozenset({"18", "19", "20"})
_MORE = frozenset({"more", "other", "others", "also", "another", "further", "additional"})


def _counts(doc: Any, event: Event) -> list[tuple[Any, Any]]:
    """The event's counts of dead, each with its root token."""
    pairs = ((q, count_root(doc, q)) for q in event.quantities if q.kind in FATAL_KINDS and q.value is not None)
    return [(q, t) for q, t in pairs if t is not None]


def _claimer(tok: Any) -> Any:
    """The verb of claiming the killing hangs on ("claimed to have killed 40"), or None; a verb of telling is one
    when the killers are told by the teller's own pronoun ("the militants said they had killed 20 soldiers",
    "the group said its fighters killed 15"): the attackers tell their own toll."""
    head = tok
    while head.dep_ in {"xcomp", "ccomp", "conj"} and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in CLAIMING:
            return head
        if head.lemma_.lower() in TELLING and tok.dep_ == "ccomp" and tok.head.i == head.i and _self_killers(tok):
            return head
    return None


_OWN = frozenset({"they", "it", "we", "its", "their", "our"})


def _self_killers(verb: Any) -> bool:
    """The killing's subject is a pronoun of the teller: "they", "it", "its fighters", "our men"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in subject.children)


def _told(tok: Any) -> bool:
    """The count sits under a verb of telling that claims nothing ("the army said four died")."""
    teller = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in TELLING), None)
    return teller is not None and teller.lemma_.lower() not in CLAIMING


def _same_dead(claimed: Any, other: Any) -> bool:
    """The two counts count the same victims and the second adds none ("two more died" adds)."""
    if any(t.lower_ in _MORE for t in other.subtree) or any(t.lower_ in _MORE for t in other.head.children):
        return False
    va, vb = victims(claimed), victims(other)
    return va == vb or va in BARE or vb in BARE


def _same_side_dead(claimed: Any, other: Any, event: Event, told: Event) -> bool:
    """Two words for the same victims ("20 troops" ... "four soldiers"): both events' targets are these counts,
    of one sector, and the second count adds none."""
    if any(t.lower_ in _MORE for t in other.subtree) or any(t.lower_ in _MORE for t in other.head.children):
        return False
    a, b = event.target, told.target
    return bool(
        a is not None
        and b is not None
        and a.sector
        and a.sector == b.sector
        and a.start is not None
        and b.start is not None
        and a.start <= claimed.idx < (a.end or 0)
        and b.start <= other.idx < (b.end or 0)
    )


def _claimed_count(doc: Any, event: Event) -> Any:
    """The count of a toll the event's doer claims, or None."""
    if event.background or not event.fatalities or event.cameo.get("root") not in _ATTACK_ROOTS:
        return None
    start = (event.trigger or {}).get("start")
    trigger = next((t for t in doc if t.idx == start), None) if start is not None else None
    if trigger is None or _claimer(trigger) is None:
        return None
    own = [(q, t) for q, t in _counts(doc, event) if t.head.i == trigger.i]  # "claimed to have killed 25 men"
    if len(own) != 1 or event.fatalities != int(float(own[0][0].value or 0)):
        return None
    return own[0]


def drop_claimed_tolls(article: Article) -> None:
    """A claimed toll followed (same or next sentence) by another teller's count of the same dead is replaced
    by that count, which the teller's event no longer adds (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in article.events:
        found = _claimed_count(doc, event)
        if found is None:
            continue
        quantity, claimed = found
        for other in article.events:
            if other.id == event.id or other.background or not other.fatalities:
                continue
            if not 0 <= other.sentence_index - event.sentence_index <= 1:
                continue
            told = [
                (q, t)
                for q, t in _counts(doc, other)
                if t.i > claimed.i
                and _told(t)
                and (_same_dead(claimed, t) or _same_side_dead(claimed, t, event, other))
            ]
            if told:  # the claim's event (the attack, by its doer) takes the told count, the teller's gives it up
                forget_count(article, quantity)
                event.fatalities, other.fatalities = other.fatalities, None
                event.quantities = [*event.quantities, told[0][0]]
                break

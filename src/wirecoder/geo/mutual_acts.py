"""A fight told with both sides as its subject is each side's act on the other.

"Pakistani and Afghan forces exchanged heavy fire", "Thai and Cambodian troops clashed near the temple": the
coder makes one event per conjoined source, none with a target; news coders code A->B and B->A. When the events of
one trigger of a reciprocal verb (``data/lexicon/mutual_acts.yaml``) are exactly two, with sources of two
different countries and no target country (or of one country and two sectors, with no target at all: "federal forces
and Fano militiamen clashed"), each gets the other's source as its target. "US and British jets
struck", a verb allies do together, is not reciprocal and keeps no target.

Talks (``talks`` in the lexicon; not deals, which the PLOVER GSR codes with no target) are mutual only between
their own sides: the subject or agent of the verb ("Pakistani and Afghan officials met"), the words of the noun ("a
meeting between A and B", "talks between A and B"); "the talks were mediated by Qatar and Turkey" makes no pair of
the mediators. The subject of a verb that holds the noun is left out too ("Israel and Lebanon renewed negotiations"):
the PLOVER GSR codes it with no target.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article, Event, Participant
from ..coding import lexicon


@cache
def _verbs() -> frozenset[str]:
    data = lexicon.load("mutual_acts")
    return lexicon.word_set(data.get("verbs")) | _talks()


@cache
def _talks() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("mutual_acts").get("talks"))


def mutual_sides(article: Article) -> None:
    """Give the two sides of a reciprocal fight each other as targets (see the module doc)."""
    by_trigger: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in article.events:
        trig = event.trigger or {}
        if (trig.get("lemma") or "").lower() in _verbs() and trig.get("start") is not None:
            by_trigger[(event.sentence_index, trig["start"])].append(event)
    for events in by_trigger.values():
        if len(events) == 2 and _fought_over(article, *events):
            for e in events:
                e.target = None  # "A and B fought for control of the town": the town is the prize, no side
        if len(events) != 2 or any(e.target is not None and e.target.country for e in events):
            continue
        one, other = events
        if one.source is None or other.source is None:
            continue
        if not _two_sides(one, other):
            continue
        if (one.trigger or {}).get("lemma", "").lower() in _talks() and not all(_own_side(article, e) for e in events):
            continue
        one.target, other.target = _side(other.source), _side(one.source)
        _one_type(one, other)


def _one_type(one: Event, other: Event) -> None:
    """One clash is one kind of event: when one side's act is a riot ("protesters clashed with police"), the
    other's is too, not a battle."""
    for a, b in ((one, other), (other, one)):
        if (a.acled or {}).get("event_type") == "Riots" and (b.acled or {}).get("event_type") == "Battles":
            b.acled = dict(a.acled)


def _two_sides(one: Event, other: Event) -> bool:
    """Are the two sources two sides: of two countries, or of one country and two sectors with no target at all
    ("Ethiopian federal forces and Fano militiamen clashed", "police and protesters clashed"; not "soldiers and
    police fought the rebels")?"""
    a, b = one.source, other.source
    if a is None or b is None or not a.country or not b.country:
        return False
    if a.country != b.country:
        return True
    return bool(a.sector and b.sector and a.sector != b.sector and one.target is None and other.target is None)


_PRIZE_PREPS = frozenset({"for", "over"})


def _fought_over(article: Article, one: Event, other: Event) -> bool:
    """Do two sides' events share one target told only as what they fight for or over ("fought for control of the
    town", "clashed over the disputed village"), not as an object of the verb ("soldiers and police fought the
    rebels")?"""
    doc, a, b = article.doc, one.target, other.target
    if doc is None or a is None or b is None or a.start is None or (a.start, a.end) != (b.start, b.end):
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    trig = (one.trigger or {}).get("start")
    if span is None or trig is None:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.head.idx != trig:
        if tok.dep_ == "pobj" and tok.head.lower_ in _PRIZE_PREPS and tok.head.head.idx == trig:
            return True
        tok = tok.head
    return False


def _side(source: Participant) -> Participant:
    """A copy of one side's source, to stand as the other's target (an edit of one never changes the other)."""
    return replace(source)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})


def _own_side(article: Article, event: Event) -> bool:
    """Whether the event's source is a side of the talk itself (see the module doc), not a mediator or host."""
    doc, trig, src = article.doc, event.trigger or {}, event.source
    if doc is None or src is None or src.start is None or trig.get("start") is None:
        return False
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    who = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or who is None:
        return False
    tok, first = span.root, who[0].i

    def inside(head: Any, deps: frozenset[str]) -> bool:
        return any(c.dep_ in deps and c.left_edge.i <= first <= c.right_edge.i for c in head.children)

    if tok.pos_ in {"VERB", "AUX"}:
        return inside(tok, _SUBJECTS)
    return tok.left_edge.i <= first <= tok.right_edge.i  # "a meeting between A and B", "Indian-Chinese talks"

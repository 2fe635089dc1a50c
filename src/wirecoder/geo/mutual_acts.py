"""A fight told with both sides as its subject is each side's act on the other.

"Pakistani and Afghan forces exchanged heavy fire", "Thai and Cambodian troops clashed near the temple": the
coder makes one event per conjoined source, none with a target; news coders code A->B and B->A. When the events of
one trigger of a reciprocal verb (``data/lexicon/mutual_acts.yaml``) are exactly two, with sources of two
different countries and no target country, each gets the other's source as its target. "US and British jets
struck", a verb allies do together, is not reciprocal and keeps no target.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache

from ..article import Article, Event, Participant
from ..coding import lexicon


@cache
def _verbs() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("mutual_acts").get("verbs"))


def mutual_sides(article: Article) -> None:
    """Give the two sides of a reciprocal fight each other as targets (see the module doc)."""
    by_trigger: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in article.events:
        trig = event.trigger or {}
        if (trig.get("lemma") or "").lower() in _verbs() and trig.get("start") is not None:
            by_trigger[(event.sentence_index, trig["start"])].append(event)
    for events in by_trigger.values():
        if len(events) != 2 or any(e.target is not None and e.target.country for e in events):
            continue
        one, other = events
        if one.source is None or other.source is None:
            continue
        if not one.source.country or not other.source.country or one.source.country == other.source.country:
            continue
        one.target, other.target = _side(other.source), _side(one.source)


def _side(source: Participant) -> Participant:
    """A copy of one side's source, to stand as the other's target (an edit of one never changes the other)."""
    return replace(source)

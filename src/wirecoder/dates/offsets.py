"""Acts dated by a span before "after" / "before" and the act they are tied to.

"The army said on Sunday, a day after an attack on a checkpoint killed four soldiers": the killing is on the
Saturday, not on the Sunday the army spoke (nor on the publication day). "Two days after the bombing, police
arrested five suspects on Friday": the bombing is on the Wednesday. "hours after" keeps the day. The span's
units and counts are the ``time_words`` lexicon's ``offset_*`` lists; the tied act must have a day of its own
from its sentence's words, and the moved act must have none in its own clause.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any

_TIE_WORDS = {"after": -1, "before": 1}
#: The days of a span whose count is unsaid ("days after", "weeks before"): tied, but no date can be moved.
_UNCOUNTED = 10**6


@cache
def _words() -> dict[str, Any]:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    data = load("time_words")
    return {
        "units": {str(k).lower(): int(v) for k, v in (data.get("offset_units") or {}).items()},
        "same_day": word_set(data.get("offset_same_day")),
        "counts": {str(k).lower(): int(v) for k, v in (data.get("offset_counts") or {}).items()},
    }


def _span_days(unit: Any) -> int | None:
    """Days in a span noun ("a day" 1, "two weeks" 14, "hours" 0), or None when it is no span of time."""
    w = _words()
    low = unit.lower_
    if low in w["same_day"]:
        return 0
    if low not in w["units"]:
        return None
    counts = [c for c in unit.children if c.dep_ in {"det", "nummod"}]
    if not counts:
        return _UNCOUNTED if unit.tag_ == "NNS" else None  # "days after": some days before, how many unsaid
    word = counts[0].lower_
    number = int(word) if word.isdigit() else w["counts"].get(word)
    return None if number is None else number * w["units"][low]


def tied_act(trigger: Any) -> tuple[Any, int] | None:
    """The act ``trigger`` is tied to by a span and "after" / "before", and the days to add to that act's date
    to date this one (negative for "after"), or None. An event noun that is its clause's subject is dated by
    its clause ("a day after clashes left three dead")."""
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.pos_ in {"VERB", "AUX"}:
        trigger = trigger.head
    for tie in _tie_words(trigger):
        sign = _TIE_WORDS[tie.lower_]
        for unit in [*tie.children, *trigger.children, *tie.head.children]:
            if unit.dep_ != "npadvmod" or unit.i >= tie.i:
                continue
            days = _span_days(unit)
            if days is None:
                continue
            governor = trigger.head if tie.head.i in (trigger.i, unit.i) else tie.head
            if governor.i == trigger.i or governor.pos_ not in {"VERB", "AUX"}:
                return None
            return governor, sign * days
    return None


def _tie_words(trigger: Any) -> list[Any]:
    """ "after" / "before" that makes ``trigger`` the act told after it: the mark of its clause ("a day after
    rebels seized the town"), the preposition whose object it is ("two days after the bombing"), or one the
    parser hung on the span noun with the clause's subject as its object ("a day after an attack ... killed")."""
    ties = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in _TIE_WORDS]
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _TIE_WORDS and trigger.head.dep_ == "prep":
        ties.append(trigger.head)
    for unit in trigger.children:
        if unit.dep_ == "npadvmod" and unit.i < trigger.i:
            for tie in unit.children:
                objects = [o for o in tie.children if o.dep_ == "pobj"]
                if tie.lower_ in _TIE_WORDS and objects and objects[0].right_edge.i == trigger.i - 1:
                    ties.append(tie)
    return ties


def offset_dating(
    trigger: Any, own_times: list[Any], date_of: Callable[[Any], Any], dating: Callable[..., Any]
) -> Any | None:
    """The dating of ``trigger`` moved from the act it is tied to, or None. ``own_times`` are the sentence's
    resolved time expressions; ``date_of(token)`` gives a token's ``Dating``; ``dating(value, precision,
    source)`` builds one."""
    tied = tied_act(trigger)
    if tied is None:
        return None
    governor, days = tied
    if abs(days) >= _UNCOUNTED:
        return None
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.pos_ in {"VERB", "AUX"}:
        trigger = trigger.head
    clause = trigger.subtree if trigger.pos_ in {"VERB", "AUX"} else [trigger]
    span = [t.idx for t in clause]
    lo, hi = min(span), max(span)
    if any(lo <= t.start <= hi and t.precision not in (None, "period") for t in own_times):
        return None  # the act's own clause dates it
    anchor = date_of(governor)
    if anchor.source != "text" or anchor.precision != "day" or not anchor.value:
        return None
    moved = date.fromisoformat(anchor.value) + timedelta(days=days)
    return dating(moved.isoformat(), "day", "text", anchor.approximate)

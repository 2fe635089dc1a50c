"""Whether two acts are dated apart by their own words: a toll belongs to the incident it counts, so deaths the
text dates to another time ("that year more than 1,000 people died", "in 2017 eleven soldiers were killed") are
never folded into the toll of an attack told on another day, however the sentences follow each other."""

from __future__ import annotations

from datetime import date

from ..article import Event
from ..dates.background import BACKGROUND_DAYS
from ..dates.resolve import last_day


def dated_apart(first: Event, second: Event) -> bool:
    """Both acts dated by the text's own words, and the earlier one ending at least ``BACKGROUND_DAYS``
    (the reach of background) before the other."""
    if first.date_from != "text" or second.date_from != "text":
        return False
    if not first.date or not first.date_precision or not second.date or not second.date_precision:
        return False
    try:
        a, b = last_day(first.date, first.date_precision), last_day(second.date, second.date_precision)
    except ValueError:
        return False
    a_start, b_start = _first_day(first.date), _first_day(second.date)
    return (b_start - a).days >= BACKGROUND_DAYS or (a_start - b).days >= BACKGROUND_DAYS


def _first_day(value: str) -> date:
    parts = [int(x) for x in value.split("-")[:3]]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])

"""A stretch between two weekdays ("overnight Friday into Saturday", "from Saturday through Monday", "Tuesday
night to Wednesday", "between Friday and Sunday"): the act began on the first day, and the date is approximate.

The recogniser writes such a stretch as one span ("Saturday through Monday") or as two ("Friday" ... "Saturday");
read day by day, the later day (or nothing at all) dated the act. ``join_stretches`` glues two weekday spans
that only a joining word (lexicon ``time_words.stretch_joins``, with "night"/"morning" words before it) parts;
``stretch_start`` reads a stretch as its first day. Years and months are left alone ("from 2018 to 2020" is a
stretch of years, read elsewhere), and "and" joins a stretch only after "between" ("on Friday and Sunday" tells
two days). A stretch of calendar days across months ("between 29 November and 1 December 2026", "from 30 November
2026 to 2 December 2026") is read the same way: its first day, with the year written at its end.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .explicit import _DAY, _MONTH, _YEAR

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:night|morning|afternoon|evening))?"
_LEAD = r"(?:(?:overnight|on|late|early|from|last)\s+)*"


@cache
def _joins() -> str:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    words = sorted(word_set(load("time_words")["stretch_joins"]), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _stretch() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:between\s+(?P<b>{_WEEKDAY}{_PART})\s+and|{_LEAD}(?P<a>{_WEEKDAY}{_PART})\s+(?:{_joins()}))"
        rf"\s+(?:early\s+|late\s+)?{_WEEKDAY}{_PART}$",
        re.I,
    )


_CAL = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+{_YEAR})?"
_CAL_END = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?"
_CAL_OPEN = re.compile(rf"^(?:[Bb]etween|[Ff]rom)\s+(?P<d>{_CAL})$")


@cache
def _calendar() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:[Bb]etween)\s+(?P<b>{_CAL})\s+and|(?:[Ff]rom\s+)?(?P<a>{_CAL})\s+(?:{_joins()}))\s+{_CAL_END}$"
    )


def stretch_start(text: str) -> str | None:
    """The first day of a stretch between weekdays ("Friday into Saturday" -> "Friday") or calendar days
    ("between 29 November and 1 December 2026" -> "29 November 2026"), or None."""
    low = text.strip()
    m = _stretch().match(low)
    if m is not None:
        return m.group("b") or m.group("a")
    c = _calendar().match(low)
    if c is not None:
        first = c.group("b") or c.group("a")
        year = c.group("y2")
        return first if re.search(_YEAR, first) or not year else f"{first} {year}"
    return None


@cache
def _gap() -> re.Pattern[str]:
    return re.compile(rf"^{_PART}\s+(?:{_joins()})\s+(?:early\s+|late\s+)?$", re.I)


_DAY_SPAN = re.compile(rf"^{_LEAD}{_WEEKDAY}{_PART}$", re.I)
_CAL_SPAN = re.compile(rf"^{_CAL_END}$")
_CAL_GAP = re.compile(r"^\s+(?:and|to|until|till|through|-|–)\s+$")


def _joinable(first: Any, second: Any, gap: str) -> bool:
    """Two weekdays parted by a joining word, or "between/from" a calendar day and another."""
    if _DAY_SPAN.match(first.text) and _DAY_SPAN.match(second.text):
        return _gap().match(gap) is not None
    return bool(_CAL_OPEN.match(first.text) and _CAL_SPAN.match(second.text) and _CAL_GAP.match(gap))


def join_stretches(doc: Any, text: str, spans: list[Any]) -> list[Any]:
    """The spans with each pair of weekdays parted only by a joining word made one stretch
    ("Friday" + "Saturday" of "Friday into Saturday")."""
    out: list[Any] = []
    for span in spans:
        if out and _joinable(out[-1], span, text[out[-1].end_char : span.start_char]):
            joined = doc.char_span(out[-1].start_char, span.end_char, alignment_mode="expand")
            if joined is not None:
                out[-1] = joined
                continue
        out.append(span)
    return out

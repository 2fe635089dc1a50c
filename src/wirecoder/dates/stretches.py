"""A stretch between two weekdays ("overnight Friday into Saturday", "from Saturday through Monday", "Tuesday
night to Wednesday", "between Friday and Sunday"): the act began on the first day, and the date is approximate.

The recogniser writes such a stretch as one span ("Saturday through Monday") or as two ("Friday" ... "Saturday");
read day by day, the later day (or nothing at all) dated the act. ``join_stretches`` glues two weekday spans
that only a joining word (lexicon ``time_words.stretch_joins``, with "night"/"morning" words before it) parts;
``stretch_start`` reads a stretch as its first day. Years and months are left alone ("from 2018 to 2020" is a
stretch of years, read elsewhere), and "and" joins a stretch only after "between" ("on Friday and Sunday" tells
two days).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

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


def stretch_start(text: str) -> str | None:
    """The first day of a stretch between weekdays ("Friday into Saturday" -> "Friday"), or None."""
    m = _stretch().match(text.strip())
    if m is None:
        return None
    return m.group("b") or m.group("a")


@cache
def _gap() -> re.Pattern[str]:
    return re.compile(rf"^{_PART}\s+(?:{_joins()})\s+(?:early\s+|late\s+)?$", re.I)


_DAY_SPAN = re.compile(rf"^{_LEAD}{_WEEKDAY}{_PART}$", re.I)


def join_stretches(doc: Any, text: str, spans: list[Any]) -> list[Any]:
    """The spans with each pair of weekdays parted only by a joining word made one stretch
    ("Friday" + "Saturday" of "Friday into Saturday")."""
    out: list[Any] = []
    for span in spans:
        if out and _DAY_SPAN.match(out[-1].text) and _DAY_SPAN.match(span.text):
            if _gap().match(text[out[-1].end_char : span.start_char]):
                joined = doc.char_span(out[-1].start_char, span.end_char, alignment_mode="expand")
                if joined is not None:
                    out[-1] = joined
                    continue
        out.append(span)
    return out

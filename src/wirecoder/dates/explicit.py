"""Calendar dates written out in full ("14 March 2021", "March 14, 2021", "10-12 July 2021"), found by
pattern, and the words around a date that make it approximate.

spaCy's entity recogniser often keeps only "March 2021" of "On 14 March 2021," (and "April 2022" of "the
night of 5 April 2022"), which would turn a day into a month. The spans found here widen or add to
its DATE entities; ``dateparser`` still does the reading.
"""

from __future__ import annotations

import re
from functools import cache

# Month names are matched capitalised only: "the 14 may face trial" holds no date.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|and|or)\s*"
_RANGE_START = r"(?:[Bb]etween|[Ff]rom)\s+"

# "14 March 2021", "14-15 March 2021", "14 March", "the 14th of March", "between 10 and 12 July 2021"
_DAY_FIRST = rf"(?:{_RANGE_START})?(?:{_DAY}{_DASH})?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
# "March 14, 2021", "March 14-15, 2021", "March 14"
_MONTH_FIRST = rf"(?:{_RANGE_START})?{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?(?:,?\s+{_YEAR})?"
# "2021-03-14"
_NUMERIC = r"\d{4}-\d{2}-\d{2}"
# "02/14/2010": the month first, as incident databases date their summaries ("02/14/2010: Militants set
# fire to a school ..."); dateparser reads it month first too
_SLASHED = rf"(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])/{_YEAR}"

CALENDAR_DATE = re.compile(rf"\b(?:{_DAY_FIRST}|{_MONTH_FIRST}|{_NUMERIC}|{_SLASHED})\b")
_RANGE = re.compile(rf"^(?:{_RANGE_START})?({_DAY}){_DASH}{_DAY}\b|^(?:{_RANGE_START})?({_MONTH})\s+({_DAY}){_DASH}")


def calendar_spans(text: str) -> list[tuple[int, int]]:
    """Char spans of the full calendar dates in ``text`` (a day and a month, with or without a year)."""
    return [m.span() for m in CALENDAR_DATE.finditer(text)]


# A year opening a sentence after "In" ("In 2022 militants killed 60 people"): the recogniser reads the year as
# a count of the noun after it, but a sentence does not open "In <count> <noun>" with a four-digit 19xx/20xx.
_OPENING_YEAR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))In ((?:1[89]|20)\d\d)\b(?![,.]?\d)")


def opening_years(text: str) -> list[tuple[int, int]]:
    """Char spans of the years that open a sentence after "In" ("In 2022 militants killed ...")."""
    return [m.span(1) for m in _OPENING_YEAR.finditer(text)]


def range_start(text: str) -> str | None:
    """The first day of a range of days ("10-12 July 2021" -> "10 July 2021"), or None for no range."""
    m = _RANGE.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end() :]
    if m.group(1):  # "10-12 July 2021": the first day with the rest's month and year
        return f"{m.group(1)} {rest.strip()}".strip()
    year = re.search(_YEAR, rest)  # "March 14-15, 2021"
    return f"{m.group(2)} {m.group(3)}" + (f", {year.group(0)}" if year else "")


@cache
def _words() -> dict[str, frozenset[str]]:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    data = load("time_words")
    asides = data["asides"]
    return {
        "approx_before": word_set(data["approx_before"]),
        "approx_asides": word_set(asides.get("approximate")),
        "plain_asides": word_set(asides.get("plain")),
        "within_preps": word_set(data["within_preps"]),
        "date_adverbs": word_set(data["date_adverbs"]),
    }


def word_list(name: str) -> frozenset[str]:
    """One of the ``time_words`` lists: approx_before, approx_asides, plain_asides, within_preps, date_adverbs."""
    return _words()[name]


_ASIDE = re.compile(r"\s*\(([^()]{1,40})\)")


def aside_after(text: str, end: int) -> tuple[int, bool] | None:
    """A parenthesised aside right after a date ending at ``end``: (its end, whether it makes the date
    approximate), or None when there is none or it is not about the date ("(as reported)", "(week of)")."""
    m = _ASIDE.match(text, end)
    if m is None:
        return None
    inside = m.group(1).strip().lower()
    if any(inside.startswith(w) for w in word_list("approx_asides")):
        return m.end(), True
    if any(inside.startswith(w) for w in word_list("plain_asides")):
        return m.end(), False
    if CALENDAR_DATE.search(inside):  # "(between 10-14 March)", "(14 March 2021)"
        return m.end(), inside.startswith(("between", "from"))
    return None


def approximate_before(text: str, start: int) -> bool:
    """Whether the words just before a date at ``start`` (or opening it) make it approximate."""
    head = text[max(0, start - 30) : start].lower()
    head = re.sub(r"[\s,]+$", "", head)
    return any(re.search(rf"(?:^|\W){re.escape(w)}$", head) for w in word_list("approx_before"))


def approximate_opening(span_text: str) -> bool:
    """Whether a date's own text opens with an approximation cue ("around 14 March 2021") or is a range."""
    low = span_text.strip().lower()
    cue = any(re.match(rf"{re.escape(w)}\b", low) for w in word_list("approx_before"))
    return cue or range_start(span_text) is not None

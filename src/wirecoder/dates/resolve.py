"""Date resolution: spaCy's DATE spans to calendar dates with a precision (for the ``dates`` stage and the coder).

Each DATE entity is parsed with ``dateparser`` against a reference date:

* the publication date when the input gives one (``published_from`` "input" or "html");
* otherwise a reference *inferred from the text*: the latest date that the article states with an
  explicit year ("December 2022", "3 January 2023"). The article's ``published`` is then set to the
  latest date the article mentions, with ``published_from = "inferred"``, and a warning says so.

A date written without a year ("2 January") takes the year that puts it closest to the reference date,
so a story that speaks of December 2022 and then of 2 January resolves to 2023-01-02. Durations and
vague spans ("the past decade", "recent years") stay unresolved (value None).

Precision is "day", "week", "month" or "year"; values are ISO strings at that precision
("2023-01-02", "2023-01", "2023"; a week is given by its Monday).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from ..article import Article
from ..errors import ConfigError

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
_LEADING = re.compile(
    r"^(?:(?:early|late|mid|earlier|later|since|until|till|by|on|in|of|from|the|this past|around|about)\b[\s-]*)+",
    re.I,
)
_VAGUE = re.compile(r"\b(decade|decades|years|months|weeks|days|century|recent|past|ago\b.*\bseveral)\b", re.I)
_NUMBERED_PERIOD = re.compile(
    r"^\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year)s?\s*$", re.I
)


def parse_iso_date(value: str, what: str = "date") -> date:
    """Parse an ISO date (YYYY-MM-DD, or a longer ISO timestamp) or raise ``ConfigError``."""
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        raise ConfigError(f"{what} '{value}' is not an ISO date: write it as YYYY-MM-DD") from None


class DateResolver:
    """Turns DATE span texts into (value, precision), given a reference date."""

    def __init__(self) -> None:
        self._parsers: dict[date, Any] = {}

    def _parser(self, reference: date) -> Any:
        from dateparser.date import DateDataParser

        if reference not in self._parsers:
            if len(self._parsers) > 64:
                self._parsers.clear()
            base = datetime(reference.year, reference.month, reference.day)
            self._parsers[reference] = DateDataParser(
                languages=["en"],
                settings={"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base},
            )
        return self._parsers[reference]

    def resolve(self, text: str, reference: date) -> tuple[str | None, str | None]:
        cleaned = _LEADING.sub("", text.strip()).strip(" ,.")
        if not cleaned or _DECADE.search(cleaned) or _NUMBERED_PERIOD.match(cleaned):
            return None, None
        if _VAGUE.search(cleaned) and not re.search(r"\bago\b", cleaned, re.I):
            return None, None
        weekday = _WEEKDAY.fullmatch(cleaned)
        if weekday:
            # "on Wednesday" in a story dated Wednesday is that day; otherwise the most recent one before it
            back = (reference.weekday() - _WEEKDAYS.index(weekday.group(1).lower()[:3])) % 7
            return (reference - timedelta(days=back)).isoformat(), "day"
        data = self._parser(reference).get_date_data(cleaned)
        if data is None or data.date_obj is None:
            return None, None
        period = data.period or "day"
        if period == "time":
            if not re.search(r"\b(today|tonight|yesterday|tomorrow|now)\b", cleaned, re.I):
                return None, None  # a clock time or a misread, not a date
            period = "day"
        found = data.date_obj.date() if isinstance(data.date_obj, datetime) else data.date_obj
        if not _YEAR.search(cleaned) and period in ("day", "month") and not _is_relative(cleaned):
            found = _closest_year(found, reference)
        return _format(found, period)


_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)

_RELATIVE_WORDS = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.I,
)


def states_year(text: str) -> bool:
    """True when ``text`` names a year ("3 January 2023", "in 1998")."""
    return bool(_YEAR.search(text))


def _is_relative(text: str) -> bool:
    return bool(_RELATIVE_WORDS.search(text)) and not _YEAR.search(text)


def _closest_year(found: date, reference: date) -> date:
    """The same month and day in the year (reference year -1, 0, +1) closest to ``reference``."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda d: abs((d - reference).days))


def _format(value: date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{value.year:04d}", "year"
    if period == "month":
        return f"{value.year:04d}-{value.month:02d}", "month"
    if period == "week":
        monday = value - timedelta(days=value.weekday())
        return monday.isoformat(), "week"
    return value.isoformat(), "day"


def event_date(
    article: Article, sentence_index: int, start: int | None = None, end: int | None = None
) -> tuple[str | None, str | None]:
    """The date of an event in sentence ``sentence_index`` (optionally its char span): (value, precision).

    1. A resolved time expression in the same sentence (the nearest to the span).
    2. A day-precise date in the sentence just before: news follows a dated lead ("On 2 May the
       minister said …") with undated elaboration ("He accused …"), which belongs to the same day.
    3. The article's publication date (given or inferred), day precision.
    4. (None, None).
    """
    in_sentence = [t for t in article.times if t.sentence_index == sentence_index and t.value]
    if in_sentence:
        if start is not None:
            stop = end if end is not None else start
            in_sentence.sort(key=lambda t: min(abs(t.start - start), abs(t.end - stop)))
        return in_sentence[0].value, in_sentence[0].precision
    previous = [t for t in article.times if t.sentence_index == sentence_index - 1 and t.value and t.precision == "day"]
    if previous and (not article.published or (previous[-1].value or "") <= article.published):
        return previous[-1].value, previous[-1].precision
    if article.published:
        return article.published, "day"
    return None, None

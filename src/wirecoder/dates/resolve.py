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
("2023-01-02", "2023-01", "2023"; a week is given by its Monday). An event's date is chosen among them in
``event_dating`` (ranked by ``date_rank``); ``background`` flags the old ones.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from ..errors import ConfigError
from .holidays import named_day

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
_LEADING = re.compile(
    r"^(?:(?:early|late|mid|earlier|later|since|until|till|by|on|in|of|from|the|this past|around|about)\b[\s-]*)+",
    re.I,
)
_VAGUE = re.compile(r"\b(decade|decades|years|months|weeks|days|century|recent|past|ago\b.*\bseveral)\b", re.I)
# A stretch of months or years reaching up to the time of writing: what is told over it (a running toll,
# "some 30,000 people have been killed in the past decade") is no event of the publication day.
_PERIOD = re.compile(
    r"\b(?:past|last|previous|preceding|recent)\b.*\b(?:months|years|decades?|century)\b|\bover the years\b", re.I
)
# A stretch between two years ("between 2009 and 2016", "from 2009 to 2016"): what is told over a stretch that
# ended before the year of writing is history (undated background), not news of the day.
_YEAR_RANGE = re.compile(
    r"^(?:between|from)?\s*(?:1[89]\d\d|20\d\d)\s*(?:and|to|until|through|-|–)\s*(1[89]\d\d|20\d\d)$", re.I
)
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

    def resolve(
        self, text: str, reference: date, past: bool = False, future: bool = False
    ) -> tuple[str | None, str | None]:
        """(value, precision) of a time expression; ``past`` when its clause is in the past tense, so
        that a date without a year ("in December") is the latest one not after ``reference``; ``future``
        when it is told as to come ("will meet on Friday": the coming Friday)."""
        cleaned = _LEADING.sub("", _ASIDE.sub("", text.strip())).strip(" ,.")
        ago = AGO.search(cleaned)
        if ago:  # "the same school eight years ago" (the recogniser's span): "eight years ago"
            cleaned = ago.group(0)
        named = named_day(cleaned, reference, future and not past)
        if named is not None:  # "Christmas Eve", "the eve of Eid al-Adha", "the weekend"
            return named[0].isoformat(), "day"
        stretch = _YEAR_RANGE.fullmatch(text.strip().strip(" ,."))
        if stretch and int(stretch.group(1)) < reference.year:
            return None, "period"  # "between 2009 and 2016": a stretch of years long over, no one date
        decade = _DECADE_OF.fullmatch(cleaned)
        if decade:  # "the 1990s", "the early 2000s": a decade, written the EDTF way ("199X")
            return decade.group(1)[:3] + "X", "decade"
        if not cleaned or _DECADE.search(cleaned) or _NUMBERED_PERIOD.match(cleaned):
            return None, None
        last_month = _LAST_MONTH.fullmatch(cleaned)
        if last_month:  # "last October": the most recent October before this month
            month = _MONTHS.index(last_month.group(1).lower()[:3]) + 1
            year = reference.year if month < reference.month else reference.year - 1
            return f"{year:04d}-{month:02d}", "month"
        if _PERIOD.search(cleaned) and not re.search(r"\bago\b", cleaned, re.I):
            return None, "period"  # "the past decade", "recent years": a long stretch up to now, no one date
        if _VAGUE.search(cleaned) and not re.search(r"\bago\b", cleaned, re.I):
            return None, None
        weekday = _WEEKDAY.fullmatch(_DAY_PARTS.sub(" ", cleaned).strip())
        if weekday:
            # "on Wednesday" in a story dated Wednesday is that day; otherwise the most recent one before it
            back = (reference.weekday() - _WEEKDAYS.index(weekday.group(1).lower()[:3])) % 7
            if future and not past:
                return (reference + timedelta(days=(7 - back) % 7)).isoformat(), "day"
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
        if not YEAR.search(cleaned) and period in ("day", "month") and not _is_relative(cleaned):
            found = _closest_year(found, reference, past, period, future)
        return _format(found, period)


AGO = re.compile(r"\b(?:\w+\s+)?(?:day|week|month|year|decade)s?\s+ago\b", re.I)
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_LAST_MONTH = re.compile(rf"last\s+({_MONTH_NAMES})\.?", re.I)
_DECADE_OF = re.compile(r"(?:(?:early|mid|late)[\s-]+)?((?:1[89]|20)\d0)'?s", re.I)
_ASIDE = re.compile(r"\s*\((?:as\s+)?(?:reported|approximately|approx\.?|est\.?|estimated|circa)\)", re.I)
_WEEKDAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)
# Times of day around a weekday: "shortly before midnight Wednesday night", "early on Sunday morning".
_DAY_PARTS = re.compile(
    r"\b(?:shortly|just|soon|before|after|around|about|at|on|early|late|midnight|noon|midday|dawn|dusk|daybreak"
    r"|morning|afternoon|evening|night|hours|the|of)\b|'s\b",
    re.I,
)
_RELATIVE_WORDS = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.I,
)


def states_year(text: str) -> bool:
    """True when ``text`` names a year ("3 January 2023", "in 1998")."""
    return bool(YEAR.search(text))


def _is_relative(text: str) -> bool:
    return bool(_RELATIVE_WORDS.search(text)) and not YEAR.search(text)


# A yearless day told in the past tense up to this many days after the reference date is still that
# day: a note published on its event's day may tell of the next day ("On 15 March, troops searched …").
PAST_SLACK_DAYS = 7


def _closest_year(found: date, reference: date, past: bool = False, period: str = "day", future: bool = False) -> date:
    """The same month and day in the year (reference year -1, 0, +1) closest to ``reference``; with
    ``past``, the latest one whose day (or month) has begun by ``reference``: "in December, X accepted"
    written in September is last December; with ``future``, the first one not yet over."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February
            continue
    closest = min(candidates, key=lambda d: abs((d - reference).days))
    if past and 0 < (closest - reference).days <= PAST_SLACK_DAYS:
        return closest  # a day just after the given date is that day, not a year back (a report dated a day early)
    if past:
        begun = [d for d in candidates if (d.replace(day=1) if period == "month" else d) <= reference]
        if begun:
            return max(begun)
    elif future:
        coming = [d for d in candidates if last_day(_format(d, period)[0], period) >= reference]
        if coming:
            return min(coming)
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


def last_day(value: str, precision: str) -> date:
    """The last day a (value, precision) pair can mean: a month stands for its end, a year for Dec 31."""
    if precision == "year":
        return date(int(value), 12, 31)
    if precision == "decade":
        return date(int(value[:3]) * 10 + 9, 12, 31)
    if precision == "month":
        y, m = (int(x) for x in value.split("-"))
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date.fromisoformat(value)


DAY_WORD = re.compile(
    r"\b(?:last|this|yesterday|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*"
    r"\b(?:night|morning|evening|afternoon)\b|\btonight\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
# Words after which a four-digit number still names a year: "March 2011", "summer 2019", "the year 2000".
_YEAR_NOUNS = frozenset(
    "year years fiscal fy summer spring autumn fall winter season election elections census class mid early late"
    " end start beginning".split()
)
_CLOCK_ZONES = frozenset({"utc", "gmt", "hrs", "hours", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "pkt", "ist"})


def names_a_thing(ent: Any) -> bool:
    """A number that spaCy took for a year but that names a thing: "resolution 2334", "Flight 1549", or a
    clock time ("at 1639 UTC", "1900 GMT")."""
    if len(ent) != 1 or not ent.text.isdigit():
        return False
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _CLOCK_ZONES:
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ not in {"NOUN", "PROPN"} or before.lower_ in _YEAR_NOUNS:
        return False
    return not re.fullmatch(_MONTH_NAMES, before.lower_.rstrip("."), re.I)

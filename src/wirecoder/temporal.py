"""The ``dates`` stage: resolve spaCy's DATE spans to calendar dates with a precision.

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

from .article import Article, TimeExpr
from .errors import ConfigError
from .pipeline import Stage
from .settings import Settings

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


def _as_date(value: str, precision: str) -> date:
    """The last day a (value, precision) pair can mean: a month stands for its end, a year for Dec 31."""
    if precision == "year":
        return date(int(value), 12, 31)
    if precision == "month":
        y, m = (int(x) for x in value.split("-"))
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date.fromisoformat(value)


class TimeStage(Stage):
    """Fills ``article.times``; sets ``published``/``published_from`` when inferred from the text."""

    name = "dates"
    requires = ("doc", "sentences")
    assigns = ("times", "published_from")

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.resolver = DateResolver()
        self.override = parse_iso_date(settings.published, "--published") if settings.published else None

    def __call__(self, article: Article) -> Article:
        doc = article.doc
        spans = [ent for ent in doc.ents if ent.label_ == "DATE"]
        if self.override is not None:
            article.published, article.published_from = self.override.isoformat(), "input"
        elif article.published:
            article.published = parse_iso_date(article.published, f"{article.source}: published date").isoformat()
            article.published_from = article.published_from or "input"

        if article.published:
            reference = date.fromisoformat(article.published)
        else:
            reference = self._infer_reference(spans)

        times: list[TimeExpr] = []
        for ent in spans:
            value, precision = self.resolver.resolve(ent.text, reference) if reference else (None, None)
            times.append(
                TimeExpr(
                    ent.text, ent.start_char, ent.end_char, _sentence_of(article, ent.start_char), value, precision
                )
            )
        article.times = times

        if not article.published and reference is not None:
            latest = max(
                (_as_date(t.value, t.precision) for t in times if t.value and t.precision == "day"),
                default=reference,
            )
            article.published, article.published_from = latest.isoformat(), "inferred"
            article.warnings.append(
                f"no publication date given: inferred {article.published} from the dates the text mentions"
            )
        elif not article.published:
            article.warnings.append("no publication date given and none could be inferred: events are undated")
        return article

    def _infer_reference(self, spans: list[Any]) -> date | None:
        """The latest date stated with an explicit year, read without any other reference."""
        explicit: list[date] = []
        anchor = date(2000, 1, 1)
        for ent in spans:
            if not _YEAR.search(ent.text):
                continue
            value, precision = self.resolver.resolve(ent.text, anchor)
            if value and precision:
                explicit.append(_as_date(value, precision))
        return max(explicit) if explicit else None


def _sentence_of(article: Article, char: int) -> int:
    for s in article.sentences:
        if s.start <= char < s.end:
            return s.index
    return -1


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
    if previous and (not article.published or previous[-1].value <= article.published):
        return previous[-1].value, previous[-1].precision
    if article.published:
        return article.published, "day"
    return None, None

"""The ``dates`` stage: every DATE entity of the article resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..article import Article, TimeExpr
from ..settings import Settings
from ..stage import Stage
from .anchored import anchor_times
from .clause_tense import told_in_future, told_in_past
from .counts import counts_things
from .explicit import (
    approximate_before,
    approximate_opening,
    aside_after,
    calendar_spans,
    opening_years,
    range_start,
)
from .holidays import holiday_spans, is_weekend
from .resolve import (
    AGO,
    DAY_WORD,
    DateResolver,
    last_day,
    names_a_thing,
    parse_iso_date,
    states_year,
)
from .stretches import join_stretches, stretch_start


class TimeStage(Stage):
    """Fills ``article.times``. The publication date the input states is the clean stage's to set; this
    stage only reads it, and sets ``published`` (``published_from = "inferred"``) when there was none."""

    name = "dates"
    requires = ("doc", "sentences")
    assigns = ("times", "published_from")

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.resolver = DateResolver()

    def __call__(self, article: Article) -> Article:
        doc = article.doc
        text_of_doc = doc.text  # the parse's own text, which the character offsets index
        spans = time_spans(doc, text_of_doc)
        if article.published:
            reference: date | None = parse_iso_date(article.published, f"{article.source}: published date")
        else:
            reference = self._infer_reference(spans)

        times: list[TimeExpr] = []
        story = self._dateline_day(article, text_of_doc, spans, reference)
        for span in spans:
            text, approx, stop = _reading(text_of_doc, span)
            # the past-tense reading needs a real "now": an inferred reference is only the latest date told
            past = bool(article.published) and told_in_past(span)
            future = bool(article.published) and not past and told_in_future(span)
            # the dateline's own day is the story's "today": "ADEN, Nov 30 (Reuters) - ... on Monday"
            now = story[0] if story is not None and span.start_char >= story[1] else reference
            value, precision = self.resolver.resolve(text, now, past, future) if now else (None, None)
            times.append(
                TimeExpr(
                    text_of_doc[span.start_char : stop],
                    span.start_char,
                    stop,
                    _sentence_of(article, span.start_char),
                    value,
                    precision,
                    approx and value is not None,
                )
            )
        article.times = times
        anchor_times(article)  # "during Friday prayers in 2019", "that year"

        if not article.published and reference is not None:
            latest = max(
                (last_day(t.value, t.precision) for t in times if t.value and t.precision == "day"),
                default=reference,
            )
            article.published, article.published_from = latest.isoformat(), "inferred"
            article.warnings.append(
                f"no publication date given: inferred {article.published} from the dates the text mentions"
            )
        elif not article.published:
            article.warnings.append("no publication date given and none could be inferred: events are undated")
        return article

    def _dateline_day(
        self, article: Article, text: str, spans: list[Any], reference: date | None
    ) -> tuple[date, int] | None:
        """The day a dateline states ("KABUL, Sept 28, 2015 (Reuters) -", "ADEN, Yemen, Nov 30 (Reuters) -") and
        where the dateline ends, when it is no later than publication: the story's own day, against which its
        weekdays and "last week" are read, however late the story is published."""
        if not article.dateline or reference is None:
            return None
        end = text.find("\n", 0, _DATELINE_CHARS)
        if end < 0:
            return None
        for span in spans:
            if span.end_char > end:
                break
            value, precision = self.resolver.resolve(span.text, reference)
            if value and precision == "day" and date.fromisoformat(value) <= reference:
                return date.fromisoformat(value), end
        return None

    def _infer_reference(self, spans: list[Any]) -> date | None:
        """The latest date stated with an explicit year, read without any other reference."""
        explicit: list[date] = []
        anchor = date(2000, 1, 1)
        for ent in spans:
            if not states_year(ent.text):
                continue
            value, precision = self.resolver.resolve(range_start(ent.text) or ent.text, anchor)
            if value and precision:
                explicit.append(last_day(value, precision))
        return max(explicit) if explicit else None


# How far into the text a dateline may end ("PORT-AU-PRINCE, Haiti, Nov. 30, 2026 (Reuters) -").
_DATELINE_CHARS = 80


# A length written as a hyphenated modifier ("20-year", "three-day", "six-month-long"): how long, never when.
_LENGTH = re.compile(
    r"(?:an?\s+)?(?:\d+|[a-z]+)(?:-[a-z]+)?-(?:year|month|week|day|hour|minute|decade)s?(?:-long|-old)?", re.I
)


def time_spans(doc: Any, text: str) -> list[Any]:
    """The article's time expressions as spaCy spans: its DATE entities (and TIME ones that name a day,
    "last night", "Wednesday night"), each widened to a full calendar date written around it ("14" + "March
    2021"), and the calendar dates the recogniser missed; numbers that name a thing ("resolution 2334") left out."""
    ents = [
        ent
        for ent in doc.ents
        if (ent.label_ == "DATE" or (ent.label_ == "TIME" and DAY_WORD.search(ent.text)))
        and not names_a_thing(ent)
        and not counts_things(ent)  # "Between 6 and 10 combatants were killed": a count, no date
        and not _LENGTH.fullmatch(ent.text)  # "a 20-year prison sentence", "a three-day trial": a length, no date
    ]
    spans: list[Any] = []
    taken: list[tuple[int, int]] = []
    for start, end in sorted(calendar_spans(text) + opening_years(text) + holiday_spans(text, doc)):
        overlapping = [e for e in ents if e.start_char < end and start < e.end_char]
        lo = min([start, *(e.start_char for e in overlapping)])
        hi = max([end, *(e.end_char for e in overlapping)])
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
            taken.append((span.start_char, span.end_char))
    spans += [_trimmed(doc, e) for e in ents if not any(e.start_char < hi and lo < e.end_char for lo, hi in taken)]
    return join_stretches(
        doc, text, sorted((s for s in spans if not _actor_period(text, s)), key=lambda s: s.start_char)
    )


# The open period incident notes write after a state force's name: "Military Forces of Mali (2021-)"; a closed
# one ("the war (2011-2024)") may date what is told, and stays.
_PERIOD = re.compile(r"\(\s*(?:19|20)\d\d\s*-\s*\)")


def _actor_period(text: str, span: Any) -> bool:
    """Whether the span is only the bracketed period of an actor's name ("Police Forces of India (2014-)"),
    which dates the government the force served, not an event."""
    lo = text.rfind("(", 0, span.start_char + 1)
    if lo < 0 or span.start_char - lo > 2:
        return False
    m = _PERIOD.match(text, lo)
    return m is not None and m.end() >= span.end_char


# The span of a tie the recogniser glued to the day before it: "on Monday, days after ...", "Sunday, a day before".
_TIED_SPAN = re.compile(
    r",\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:days?|weeks?|hours?|minutes?)$", re.I
)


def _trimmed(doc: Any, ent: Any) -> Any:
    """The "N years ago" end of a span the recogniser drew too wide ("the same school eight years ago"); the day
    alone of "Monday, days" when the span ties another act ("on Monday, days after rebels fired ...")."""
    tied = _TIED_SPAN.search(ent.text)
    after = doc[ent.end] if ent.end < len(doc) else None
    if tied is not None and tied.start() > 0 and after is not None and after.lower_ in {"after", "before"}:
        span = doc.char_span(ent.start_char, ent.start_char + tied.start(), alignment_mode="contract")
        if span is not None and len(span):
            return span
    m = AGO.search(ent.text)
    if m is None or m.start() == 0:
        return ent
    span = doc.char_span(ent.start_char + m.start(), ent.start_char + m.end(), alignment_mode="expand")
    return span if span is not None and len(span) else ent


def _reading(text: str, span: Any) -> tuple[str, bool, int]:
    """What to parse of a time span (a range read as its first day), whether the text makes it
    approximate, and where the expression ends (after an aside on it: "14 March 2021 (as reported)")."""
    stop = span.end_char
    approx = approximate_before(text, span.start_char) or approximate_opening(span.text)
    aside = aside_after(text, stop)
    if aside is not None:
        stop, approx = aside[0], approx or aside[1]
    stretch = stretch_start(span.text)  # "Friday into Saturday": the first day, approximate
    weekend = is_weekend(span.text)  # "at the weekend": its Saturday, approximate
    return range_start(span.text) or stretch or span.text, approx or stretch is not None or weekend, stop


def _sentence_of(article: Article, char: int) -> int:
    for s in article.sentences:
        if s.start <= char < s.end:
            return s.index
    return -1

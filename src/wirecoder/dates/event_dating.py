"""The date of an event (``event_dating``): its own clause's time, a dated lead sentence before it, or the
publication day."""

from __future__ import annotations

from typing import Any, NamedTuple

from ..article import Article, TimeExpr
from .date_rank import date_rank
from .offsets import offset_dating
from .reported_day import clause_weekday, is_weekday, reported_act_day
from .resolve import YEAR, states_year


class Dating(NamedTuple):
    """An event's date: ISO value at its precision, where it came from ("text": the sentence's own time
    words; "context": the dated sentence before; "publication": the publication day), and whether the
    text gives it as approximate."""

    value: str | None
    precision: str | None
    source: str | None
    approximate: bool = False


def event_date(
    article: Article, sentence_index: int, start: int | None = None, end: int | None = None
) -> tuple[str | None, str | None]:
    """(value, precision) of the event in sentence ``sentence_index`` (see ``event_dating``)."""
    found = event_dating(article, sentence_index, start, end)
    return found.value, found.precision


def event_dating(article: Article, sentence_index: int, start: int | None = None, end: int | None = None) -> Dating:
    """The date of an event in sentence ``sentence_index`` (optionally its char span).

    1. A resolved time expression of the sentence that dates the event's own clause (see ``date_rank``):
       on the trigger, on a clause above it ("On 14 March, police said they arrested …"), or on a
       conjoined one; a date inside a clause or phrase about something else ("demands first made in
       2011", "the 2019 law") does not date it. Of equally close ones the finer wins ("next month, on
       August 2"). Without a trigger span: the nearest time expression.
    2. A day-precise date in the sentence just before: news follows a dated lead ("On 2 May the
       minister said …") with undated elaboration ("He accused …"), which belongs to the same day.
    3. The article's publication date (given or inferred), day precision.
    4. Nothing.
    """
    in_sentence = [t for t in article.times if t.sentence_index == sentence_index and (t.value or t.precision)]
    trigger = _token_at(article, start, end if end is not None else start + 1) if start is not None else None
    if trigger is not None:
        when = _when_of([t for t in article.times if t.sentence_index == sentence_index], trigger)
        if when is not None:
            return when
        moved = offset_dating(
            trigger, in_sentence, lambda tok: event_dating(article, sentence_index, tok.idx, tok.idx + len(tok)), Dating
        )
        if moved is not None:
            return moved
    if in_sentence and start is not None:
        if trigger is not None:
            ranked = [(rank, t) for t in in_sentence if (rank := date_rank(article, t, trigger)) is not None]
            if ranked:
                rank, best = min(ranked, key=lambda rt: (rt[0], min(abs(rt[1].start - start), abs(rt[1].end - start))))
                best = _finer_beside(best, [t for r, t in ranked if r == rank])
                opening = _opening_day(article, sentence_index, in_sentence) if is_weekday(best.text) else None
                if opening is not None and opening is not best:
                    return _own(opening)  # "On 14 March 2021, a Sunday evening, soldiers fired ...": the date wins
                return _own(reported_act_day(article, best, trigger, in_sentence) or best)
            opening = _opening_day(article, sentence_index, in_sentence)
            if opening is not None:
                return _own(opening)
            weekday = clause_weekday(article, trigger, in_sentence)
            if weekday is not None:
                return _own(weekday)
            in_sentence = []
        else:
            stop = end if end is not None else start
            in_sentence.sort(key=lambda t: min(abs(t.start - start), abs(t.end - stop)))
    if in_sentence:
        return _own(in_sentence[0])
    previous = [t for t in article.times if t.sentence_index == sentence_index - 1 and t.value and t.precision == "day"]
    if previous and (not article.published or (previous[-1].value or "") <= article.published):
        return Dating(previous[-1].value, previous[-1].precision, "context", previous[-1].approximate)
    if article.published:
        return Dating(article.published, "day", "publication")
    return Dating(None, None, None)


# How far into its sentence a fronted day may begin ("On ", "Around ", "Early on ") to date the whole sentence.
_OPENING_CHARS = 12


def _opening_day(article: Article, sentence_index: int, times: list[TimeExpr]) -> TimeExpr | None:
    """A calendar day that opens the sentence ("On 3 May 2024, ...", "Around 3 May 2024 (as reported), ...")
    dates every act the sentence tells when no closer time claims one: an incident note's lead, however the
    parser hangs the date."""
    sentence = next((s for s in article.sentences if s.index == sentence_index), None)
    if sentence is None:
        return None
    for time in times:
        if time.start - sentence.start <= _OPENING_CHARS and time.precision == "day" and states_year(time.text):
            return time
    return None


def _when_of(times: list[TimeExpr], trigger: Any) -> Dating | None:
    """The date a "when" clause hangs on dates the acts told in it: "the worst attack since 2014, when
    gunmen killed 30", "ruled from 1996 to 2001, when US-led forces ousted them" (the year it names)."""
    clause = trigger
    while clause.dep_ not in {"relcl", "advcl"} and clause.head.i != clause.i and clause.dep_ in {"conj", "xcomp"}:
        clause = clause.head
    if clause.dep_ not in {"relcl", "advcl"} or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
    ):
        return None
    head = clause.head
    for time in times:
        if time.start <= head.idx < time.end:
            if YEAR.fullmatch(head.text) and (time.precision in (None, "period") or time.value != head.text):
                return Dating(head.text, "year", "text")
            return _own(time)
    return None


def _own(time: TimeExpr) -> Dating:
    """The dating a time expression of the event's own sentence gives; a long stretch up to now ("in
    the past decade") leaves the event undated (``mark_background`` then flags it)."""
    if time.precision == "period":
        return Dating(None, None, "text")
    return Dating(time.value, time.precision, "text", time.approximate)


_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def _finer_beside(best: TimeExpr, equals: list[TimeExpr]) -> TimeExpr:
    """A finer time expression written right beside ``best`` and dating the same clause says the same
    time more exactly: "next month, on August 2" is August 2."""
    for other in equals:
        gap = other.start - best.end if other.start >= best.end else best.start - other.end
        if 0 <= gap <= 5 and _FINENESS.get(other.precision or "", 9) < _FINENESS.get(best.precision or "", 9):
            return other
    return best


def _token_at(article: Article, start: int, end: int) -> Any:
    doc = article.doc
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None

"""Times that take their year from another time the text states: a weekday inside a clause dated to an earlier
year ("shot dead during Friday prayers in 2019" is a Friday of 2019, not of this week) and a year told by
reference to the last one named ("Rebels took the town in 2012. That year, ..."; "the following year").
Both are background when that year is long past; read from publication they would be today's news."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, TimeExpr
from .reported_day import is_weekday
from .resolve import states_year

_CLAUSE_POS = frozenset({"VERB", "AUX"})
_DATED_PRECISIONS = frozenset({"year", "month"})


@cache
def _anaphors() -> tuple[dict[str, int], frozenset[str]]:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    data = load("time_words")
    phrases = {" ".join(str(k).lower().split()): int(v) for k, v in (data.get("anaphoric_years") or {}).items()}
    return phrases, word_set(data.get("anaphoric_year_lead"))


def anchor_times(article: Article) -> None:
    """Re-date, in place, the weekdays of an earlier year's clause and the years told by reference."""
    doc = article.doc
    if doc is None or not article.times:
        return
    for k, time in enumerate(article.times):
        if time.value and is_weekday(time.text):
            dated = _dating_year(doc, time, article.times)
            if dated is not None:
                article.times[k] = _with(time, dated.value, dated.precision)
        elif time.value is None:
            year = _referred_year(time, article.times[:k])
            if year is not None:
                article.times[k] = _with(time, f"{year:04d}", "year")


def _with(time: TimeExpr, value: str | None, precision: str | None) -> TimeExpr:
    return TimeExpr(time.text, time.start, time.end, time.sentence_index, value, precision, time.approximate)


def _referred_year(time: TimeExpr, before: list[TimeExpr]) -> int | None:
    """The year "that year" / "the following year" names: the last year stated before it, moved by the offset."""
    phrases, lead = _anaphors()
    words = time.text.lower().strip(" ,.").split()
    while words and words[0] in lead:
        words = words[1:]
    offset = phrases.get(" ".join(words))
    if offset is None:
        return None
    for earlier in reversed(before):
        if earlier.value and earlier.precision in {"year", "month", "day"} and states_year(earlier.text):
            return int(earlier.value[:4]) + offset
    return None


def _dating_year(doc: Any, weekday: TimeExpr, times: list[TimeExpr]) -> TimeExpr | None:
    """A year or month stated with a year, of a year before the weekday's, on the weekday's own clause verb or
    inside the weekday's own phrase ("during Friday prayers in 2019", "on a Sunday afternoon in September
    2013"); a year on another noun ("at the site of the massacre of December 2014") dates that noun only."""
    span = doc.char_span(weekday.start, weekday.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb, phrase = _clause_and_phrase(span.root)
    for other in times:
        if other.sentence_index != weekday.sentence_index or other is weekday or not other.value:
            continue
        if other.precision not in _DATED_PRECISIONS or not states_year(other.text):
            continue
        if int(other.value[:4]) >= int((weekday.value or "0")[:4]):
            continue
        dated = doc.char_span(other.start, other.end, alignment_mode="expand")
        if dated is None or not len(dated):
            continue
        root = dated.root
        if root.dep_ != "pobj" or root.head.dep_ != "prep":
            continue  # "the 2019 attack": a year naming a thing, not dating a clause
        attach = root.head.head
        if (verb is not None and attach.i == verb.i) or attach.i in phrase:
            return other
    return None


def _clause_and_phrase(tok: Any) -> tuple[Any | None, set[int]]:
    """The verb heading the token's clause, and the token indices of the phrase the token stands in below it."""
    top = tok
    while top.head.i != top.i and top.head.pos_ not in _CLAUSE_POS:
        top = top.head
    verb = top.head if top.head.i != top.i and top.head.pos_ in _CLAUSE_POS else None
    return verb, {t.i for t in top.subtree}

"""A year's toll is no incident: "1,200 people were killed in attacks on civilians in Burkina Faso in 2024,
the report said" tells a total over a whole year, as annual reports and monitors give it, not one attack on
a day a user's country-year table should count again beside the year's incidents. An event with dead whose
only date is a year told by a preposition that spans it ("in 2024", "during 2023") is kept as background
(as a toll "in the past decade" is): the act is not of one day. The year as a modifier ("the 2024 attack on
the school killed 12") dates one incident and is left as it is. Words: ``data/lexicon/year_tolls.yaml``."""

from __future__ import annotations

from functools import cache

from ..article import Article, TimeExpr
from .lexicon import load, word_set


@cache
def _span_preps() -> frozenset[str]:
    return word_set(load("year_tolls")["span_preps"])


def year_tolls_as_background(article: Article) -> None:
    """Mark background each event with dead dated only by a year its sentence spans (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in article.events:
        if event.background or not event.fatalities or event.date_precision != "year" or event.date_from != "text":
            continue
        times = [t for t in article.times if t.sentence_index == event.sentence_index and t.value == event.date]
        if times and all(_spanning(article, t) for t in times):
            event.background = True


def _spanning(article: Article, time: TimeExpr) -> bool:
    """The year is the object of a spanning preposition ("in 2024"), not a modifier ("the 2024 attack")."""
    doc = article.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _span_preps()

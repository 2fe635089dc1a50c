"""The ``dates`` stage: every DATE entity of the article resolved against the publication date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..article import Article, TimeExpr
from ..settings import Settings
from ..stage import Stage
from .resolve import DateResolver, parse_iso_date, states_year


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
        spans = [ent for ent in doc.ents if ent.label_ == "DATE"]
        if article.published:
            reference: date | None = parse_iso_date(article.published, f"{article.source}: published date")
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
            if not states_year(ent.text):
                continue
            value, precision = self.resolver.resolve(ent.text, anchor)
            if value and precision:
                explicit.append(_as_date(value, precision))
        return max(explicit) if explicit else None


def _as_date(value: str, precision: str) -> date:
    """The last day a (value, precision) pair can mean: a month stands for its end, a year for Dec 31."""
    if precision == "year":
        return date(int(value), 12, 31)
    if precision == "month":
        y, m = (int(x) for x in value.split("-"))
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date.fromisoformat(value)


def _sentence_of(article: Article, char: int) -> int:
    for s in article.sentences:
        if s.start <= char < s.end:
            return s.index
    return -1

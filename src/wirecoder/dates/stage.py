"""The ``dates`` stage: every DATE entity of the article resolved against the publication date."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..article import Article, TimeExpr
from ..settings import Settings
from ..stage import Stage
from .resolve import DAY_WORD, DateResolver, last_day, names_a_thing, parse_iso_date, states_year, told_in_past


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
        spans = [
            ent
            for ent in doc.ents
            if (ent.label_ == "DATE" or (ent.label_ == "TIME" and DAY_WORD.search(ent.text))) and not names_a_thing(ent)
        ]
        if article.published:
            reference: date | None = parse_iso_date(article.published, f"{article.source}: published date")
        else:
            reference = self._infer_reference(spans)

        times: list[TimeExpr] = []
        for ent in spans:
            # the past-tense reading needs a real "now": an inferred reference is only the latest date told
            past = bool(article.published) and told_in_past(ent)
            value, precision = self.resolver.resolve(ent.text, reference, past) if reference else (None, None)
            times.append(
                TimeExpr(
                    ent.text, ent.start_char, ent.end_char, _sentence_of(article, ent.start_char), value, precision
                )
            )
        article.times = times

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

    def _infer_reference(self, spans: list[Any]) -> date | None:
        """The latest date stated with an explicit year, read without any other reference."""
        explicit: list[date] = []
        anchor = date(2000, 1, 1)
        for ent in spans:
            if not states_year(ent.text):
                continue
            value, precision = self.resolver.resolve(ent.text, anchor)
            if value and precision:
                explicit.append(last_day(value, precision))
        return max(explicit) if explicit else None


def _sentence_of(article: Article, char: int) -> int:
    for s in article.sentences:
        if s.start <= char < s.end:
            return s.index
    return -1

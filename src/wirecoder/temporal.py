"""The ``dates`` stage (stub): resolve DATE entities against the publication date."""

from __future__ import annotations

from .article import Article
from .pipeline import Stage


class TimeStage(Stage):
    name = "dates"
    requires = ("doc",)
    assigns = ("times", "published_from")

    def __call__(self, article: Article) -> Article:
        return article


def event_date(article: Article, sentence_index: int, start: int | None = None, end: int | None = None) -> tuple[str | None, str | None]:
    """The date of an event in sentence ``sentence_index`` (optionally its char span): (value, precision).

    A time expression in the same sentence wins (the nearest to the span); else the article's
    publication date (day precision); else (None, None).
    """
    in_sentence = [t for t in article.times if t.sentence_index == sentence_index and t.value]
    if in_sentence:
        if start is not None:
            in_sentence.sort(key=lambda t: min(abs(t.start - start), abs(t.end - (end or start))))
        return in_sentence[0].value, in_sentence[0].precision
    if article.published:
        return article.published, "day"
    return None, None

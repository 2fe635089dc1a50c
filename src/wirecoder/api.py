"""Convenience functions over ``Pipeline`` for library users."""

from __future__ import annotations

from .article import Article
from .dates import parse_iso_date
from .pipeline import Pipeline
from .settings import Settings


def code_text(
    text: str,
    published: str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Code one article given as text (or HTML); returns the coded ``Article``.

    Builds a default pipeline when none is given; build one ``Pipeline`` and pass it to code many.
    ``published`` (YYYY-MM-DD) is the article's publication date; a malformed one raises ``ConfigError``.
    """
    if pipeline is None:
        if published:
            parse_iso_date(published, "published")
        pipeline = Pipeline(Settings.from_env())
    return pipeline(Article(raw=text, source="<text>", url=url, title=title, published=published))

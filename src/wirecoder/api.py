"""Convenience functions over ``Pipeline`` for library users."""

from __future__ import annotations

from .article import Article
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
    """
    pipe = pipeline or Pipeline(Settings.from_env(published=published))
    return pipe(Article(raw=text, source="<text>", url=url, title=title, published=published))

"""Finding the actor mention that covers a place in the text (used by the coder and quote finder)."""

from __future__ import annotations

from .article import Article, Mention


def mention_at(article: Article, start: int, end: int | None = None) -> Mention | None:
    """The narrowest mention whose span covers ``[start, end)`` (or the char at ``start``)."""
    end = start + 1 if end is None else end
    covering = [m for m in article.mentions if m.start <= start and end <= m.end]
    if not covering:
        return None
    return min(covering, key=lambda m: m.end - m.start)


def mentions_in(article: Article, start: int, end: int) -> list[Mention]:
    """Mentions lying inside ``[start, end)``, in text order."""
    return sorted((m for m in article.mentions if start <= m.start and m.end <= end), key=lambda m: m.start)

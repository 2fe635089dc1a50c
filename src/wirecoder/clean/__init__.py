"""The ``clean`` stage (stub, to be replaced): decode, normalise, strip boilerplate, hash."""

from __future__ import annotations

from ..article import Article, stable_id
from ..pipeline import Stage


class CleanStage(Stage):
    name = "clean"
    requires = ("raw",)
    assigns = ("text", "format", "title", "removed", "content_hash", "language", "dateline")

    def __call__(self, article: Article) -> Article:
        raw = article.raw.decode("utf-8") if isinstance(article.raw, bytes) else article.raw
        article.text = raw.replace("\u00a0", " ")
        article.format = "text"
        article.content_hash = stable_id(article.text, length=40)
        article.id = article.id or article.content_hash[:16]
        return article

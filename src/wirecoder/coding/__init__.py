"""The ``events`` stage (stub): code events and quotes from the parse."""

from __future__ import annotations

from ..article import Article
from ..pipeline import Stage


class EventStage(Stage):
    name = "events"
    requires = ("doc", "mentions", "times")
    assigns = ("events", "quotes")

    def __call__(self, article: Article) -> Article:
        return article

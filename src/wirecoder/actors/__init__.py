"""The ``actors`` stage (stub): resolve entity mentions to actors."""

from __future__ import annotations

from ..article import Article
from ..pipeline import Stage


class ActorStage(Stage):
    name = "actors"
    requires = ("doc", "times")
    assigns = ("mentions",)

    def __call__(self, article: Article) -> Article:
        return article

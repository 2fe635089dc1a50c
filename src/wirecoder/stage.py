"""What a pipeline stage is: a callable with a ``name``, what it ``requires`` and what it ``assigns``.

``requires`` names ``Article`` fields a previous stage must have filled; ``assigns`` the fields this
stage fills. Every stage imports this module and none imports the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from .article import Article
from .errors import PipelineError
from .settings import Settings

# Article fields that exist before any stage has run.
INITIAL_FIELDS = frozenset({"raw", "source", "id", "url", "title", "published", "fetched_at"})


class Stage:
    """Base class of a pipeline stage: ``stage(article) -> article``."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ``PipelineError`` if a stage needs a field that no earlier stage assigns."""
    available = set(INITIAL_FIELDS)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise PipelineError(
                f"stage '{stage.name}' requires {', '.join(missing)}, which no earlier stage assigns; "
                f"order was: {' -> '.join(s.name for s in stages)}"
            )
        available.update(stage.assigns)

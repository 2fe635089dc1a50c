"""Stages and the pipeline that runs them, in the manner of spaCy's ``Language.__call__``.

A stage is a callable object with a ``name``, what it ``requires`` of the article (names of
``Article`` fields a previous stage must have filled) and what it ``assigns``. The pipeline checks the
order once, when it is built, so a wrong order fails before a run with a clear message.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

from .article import Article
from .budget import cpu_budget
from .errors import InputError, PipelineError
from .settings import Settings

log = logging.getLogger(__name__)

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


def default_stages(settings: Settings) -> list[Stage]:
    """The standard stages, in order: clean -> nlp -> dates -> actors -> events -> redate -> geo."""
    from .actors import ActorStage
    from .actors.redate import RedateStage
    from .clean import CleanStage
    from .coding import EventStage
    from .geo import GeoStage
    from .nlp import NlpStage
    from .temporal import TimeStage

    return [
        CleanStage(settings),
        NlpStage(settings),
        TimeStage(settings),
        ActorStage(settings),
        EventStage(settings),
        RedateStage(settings),
        GeoStage(settings),
    ]


class Pipeline:
    """Runs articles through the stages. Build once (loads models and data), call many times."""

    def __init__(self, settings: Settings | None = None, stages: Sequence[Stage] | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.stages = list(stages) if stages is not None else default_stages(self.settings)
        check_order(self.stages)

    def __call__(self, article: Article, doc: Any = None) -> Article:
        """Run every stage on ``article``; ``doc``, when given, is its spaCy parse made beforehand (batched)
        and takes the place of the ``nlp`` stage's own parse. Past ``Settings.cpu_budget`` seconds of CPU
        the article raises ``Timeout`` (an ``InputError``: a batch records it as a reject and goes on)."""
        with cpu_budget(self.settings.cpu_budget, article.source):
            for stage in self.stages:
                if doc is not None and stage.name == "nlp" and hasattr(stage, "attach"):
                    article = stage.attach(article, doc)
                else:
                    article = stage(article)
                if not isinstance(article, Article):
                    raise PipelineError(f"stage '{stage.name}' returned {type(article).__name__}, not Article")
                article.stages.append(stage.name)
        return article

    def run(self, articles: Iterable[Article]) -> Iterator[Article | InputError]:
        """Code each article; a bad input yields its ``InputError`` instead, and the run goes on."""
        for article in articles:
            try:
                yield self(article)
            except InputError as exc:
                log.info("rejected %s: %s", exc.source, exc.message)
                yield exc

"""The pipeline that runs the stages, in the manner of spaCy's ``Language.__call__``.

The stages (``stage.Stage``) import nothing from here, so the pipeline can list them without a cycle.
The order is checked once, when the pipeline is built, so a wrong order fails before a run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .article import Article
from .budget import cpu_budget
from .errors import InputError, PipelineError
from .settings import Settings
from .stage import Stage, check_order

log = logging.getLogger(__name__)


def default_stages(settings: Settings) -> list[Stage]:
    """The standard stages, in order: clean -> nlp -> dates -> actors -> events -> redate -> geo."""
    from .actors import ActorStage
    from .actors.redate import RedateStage
    from .clean import CleanStage
    from .coding import EventStage
    from .dates import TimeStage
    from .geo import GeoStage
    from .nlp import NlpStage

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

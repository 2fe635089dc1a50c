"""What a worker process does: load the pipeline once, then code cleaned articles sent to it.

The parent cleans each input (cheap, about 5 % of the work) so that it can drop exact duplicates before
they cost a parse; the worker runs the remaining stages (nlp -> dates -> actors -> events) and sends
back the article without its spaCy ``Doc``. Errors travel as ``Failure`` tuples: ``InputError``
subclasses do not survive pickling with their fields.
"""

from __future__ import annotations

import signal
import traceback
from typing import TYPE_CHECKING, Any, NamedTuple

from ..article import Article
from ..errors import InputError, WirecoderError
from ..settings import Settings
from .dedup import signature, to_bytes

if TYPE_CHECKING:  # imported when used: keeps start-up light
    from ..pipeline import Pipeline

__all__ = [
    "Failure",
    "Fatal",
    "code_article",
    "code_chunk",
    "code_chunk_with_signatures",
    "code_with_signature",
    "code_many",
    "init_worker",
    "preload",
    "to_error",
]

# One pipeline per process and settings: a worker process is long-lived and codes many articles.
_PIPELINES: dict[str, Pipeline] = {}


class Failure(NamedTuple):
    """A picklable rejected input."""

    source: str
    reason: str
    message: str


def to_error(failure: Failure) -> InputError:
    err = InputError(failure.source, failure.message)
    err.reason = failure.reason
    return err


def _pipeline(settings: Settings) -> Pipeline:
    """The coding pipeline without the clean stage (the parent cleaned), loaded once per process."""
    key = repr(settings)
    if key not in _PIPELINES:
        from ..pipeline import Pipeline, default_stages

        stages = [s for s in default_stages(settings) if s.name != "clean"]
        if settings.prefilter:
            from .prefilter import PrefilterNlpStage

            stages = [PrefilterNlpStage(settings) if s.name == "nlp" else s for s in stages]
        pipe = Pipeline.__new__(Pipeline)  # skip check_order: "text" comes from the parent's clean
        pipe.settings, pipe.stages = settings, stages
        _PIPELINES[key] = pipe
    return _PIPELINES[key]


class Fatal(NamedTuple):
    """The pipeline cannot be loaded (bad data file, missing model): the run must stop, not reject."""

    message: str


_LOAD_ERRORS: dict[str, str] = {}


def init_worker(settings: Settings) -> None:
    """Pool initializer: ignore Ctrl-C (the parent stops the run) and load the pipeline now.

    A loading error is kept and reported with the first task (an initializer that raises would make
    the pool respawn workers for ever).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's SIGTERM handler is not the worker's
    preload(settings)  # a no-op in a forked worker: the parent loaded it


def preload(settings: Settings) -> None:
    """Load the pipeline in this process now (the parent, before it forks workers that inherit it)."""
    try:
        _pipeline(settings)
    except Exception as exc:
        _LOAD_ERRORS[repr(settings)] = f"{type(exc).__name__}: {exc}"


def _loaded(settings: Settings) -> Any:
    """The pipeline, or a ``Fatal`` when it cannot be loaded."""
    key = repr(settings)
    if key in _LOAD_ERRORS:
        return Fatal(_LOAD_ERRORS[key])
    try:
        return _pipeline(settings)
    except Exception as exc:
        return Fatal(f"{type(exc).__name__}: {exc}")


def code_article(article: Article, settings: Settings, doc: Any = None) -> Article | Failure | Fatal:
    """Run the stages after ``clean`` on a cleaned article; a failure comes back as a ``Failure``.

    ``doc`` is the article's parse when it was made beforehand (``code_chunk``)."""
    pipe = _loaded(settings)
    if isinstance(pipe, Fatal):
        return pipe
    try:
        coded = pipe(article, doc)
    except InputError as exc:
        return Failure(exc.source, exc.reason, exc.message)
    except WirecoderError as exc:
        return Failure(article.source, "bad-input", str(exc))
    except Exception as exc:  # a bug: keep the reason, the batch goes on
        tb = traceback.format_exc(limit=3).strip().splitlines()[-1]
        return Failure(
            article.source,
            "internal-error",
            f"internal error while coding ({type(exc).__name__}: {exc}; {tb}); please report it",
        )
    coded.doc = None
    coded.raw = b""
    return coded


def parse_chunk(articles: list[Article], settings: Settings) -> list[Any]:
    """The spaCy parses of ``articles`` made by one batched ``nlp.pipe`` call, or ``None`` each when the
    articles must be parsed one by one (prefilter, a custom nlp stage, a text spaCy rejects)."""
    from ..nlp import NlpStage

    pipe = _loaded(settings)
    nlp = None if isinstance(pipe, Fatal) else next((s for s in pipe.stages if s.name == "nlp"), None)
    if len(articles) < 2 or type(nlp) is not NlpStage:
        return [None] * len(articles)
    try:
        return nlp.parse_many([a.text or "" for a in articles])
    except Exception:  # one bad text: each article again on its own, so only that one fails
        return [None] * len(articles)


def code_chunk(articles: list[Article], settings: Settings) -> list[Article | Failure | Fatal]:
    """Code several cleaned articles: one batched parse, then the other stages article by article.

    The rows are the same as ``code_article`` on each (spaCy's parse does not depend on the batch)."""
    docs = parse_chunk(articles, settings)
    return [code_article(a, settings, d) for a, d in zip(articles, docs, strict=True)]


def code_many(articles: list[Article], settings: Settings) -> list[Article | Failure | Fatal]:
    """Code a partition of articles in this process (used by the Dask engine)."""
    return [code_article(a, settings) for a in articles]


def code_with_signature(article: Article, settings: Settings) -> tuple[Article | Failure | Fatal, bytes | None]:
    """Worker task: code a cleaned article and compute its MinHash signature (off the parent)."""
    sig = to_bytes(signature(article.text))
    return code_article(article, settings), sig


def code_chunk_with_signatures(
    articles: list[Article], settings: Settings
) -> list[tuple[Article | Failure | Fatal, bytes | None]]:
    """Worker task: code a chunk of cleaned articles (one batched parse) with their MinHash signatures."""
    sigs = [to_bytes(signature(a.text)) for a in articles]
    return list(zip(code_chunk(articles, settings), sigs, strict=True))

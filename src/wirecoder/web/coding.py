"""Coding uploaded articles in a worker process, off the server's event loop.

The server's own process only parses requests and reads the store; one worker process (started on the
first upload, with the server's settings) runs the pipeline under the same per-article CPU budget as a
batch (``Settings.cpu_budget``: past it the upload is a 422 with reason ``timeout``). Stopping the
server terminates the worker, so a long upload can neither hold the server's CPU nor keep it alive
after SIGTERM.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple

from ..article import Article
from ..errors import InputError, WirecoderError
from ..settings import Settings

_PIPELINE: Any = None


class Rejected(NamedTuple):
    """An upload the pipeline could not code, picklable (``InputError`` loses its fields in a pickle)."""

    source: str
    reason: str
    message: str


def _start(settings: Settings) -> None:
    """Worker initializer: the parent decides when to stop; load the pipeline once."""
    global _PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from ..pipeline import Pipeline

    _PIPELINE = Pipeline(settings)


def _code(article: Article) -> Article | Rejected:
    """Code one article in the worker (its main thread, where the CPU budget can be enforced)."""
    try:
        coded = _PIPELINE(article)
    except InputError as exc:
        return Rejected(exc.source, exc.reason, exc.message)
    except WirecoderError as exc:
        return Rejected(article.source, "bad-input", str(exc))
    coded.doc = None
    coded.raw = b""
    return coded


class UploadCoder:
    """One worker process that codes uploads, one at a time, started on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),  # no fork of a threaded server
                initializer=_start,
                initargs=(self.settings,),
            )
        return self._executor

    async def code(self, article: Article) -> Article:
        """The coded article; an ``InputError`` (with its reason) when it cannot be coded."""
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._pool(), _code, article)
        except BrokenProcessPool:  # the worker died (killed, out of memory): a fresh one next time
            self.close()
            err = InputError(article.source, "the coding worker stopped while coding this article; try again")
            err.reason = "internal-error"
            raise err from None
        if isinstance(result, Rejected):
            err = InputError(result.source, result.message)
            err.reason = result.reason
            raise err
        return result

    def close(self) -> None:
        """Stop the worker now, even mid-article."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()  # shutdown() alone would wait for the article being coded
        executor.shutdown(wait=False, cancel_futures=True)

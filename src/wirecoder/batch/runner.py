"""The batch engine behind ``wirecoder ingest``: read, clean, deduplicate, code in workers, store.

The parent process reads inputs in a deterministic order, skips input keys an earlier run finished,
cleans each article (cheap), drops exact copies, and hands the rest to an executor: a pool of worker
processes (``local``; forked after the parent loaded the pipeline, fed chunks of articles) or a Dask
cluster (``dask``). Results are taken
back *in input order* and written by the parent, one transaction per input holding the article's rows
and its resume/cluster rows (``state.commit_*``). Hence:

* killed at any moment (SIGKILL included), a run leaves every input either wholly stored or untouched,
  and the same command finishes the job with the rows a clean run makes (event ids are stable hashes);
* story clusters do not depend on timing: near-duplicates are assigned in input order.

At most ``window`` inputs are in flight, so memory stays flat on millions of inputs.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol
from urllib.parse import urlparse

from ..article import Article
from ..errors import ConfigError, InputError, WirecoderError
from ..settings import Settings
from ..store import shield
from . import state
from .dedup import Assignment, Deduper
from .progress import NullProgress
from .summary import BatchSummary
from .worker import Failure, Fatal, code_chunk_with_signatures, code_with_signature, to_error

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (what it codes is ``Settings``)."""

    workers: int = 1  # worker processes; 0 codes in this process (tests, debugging)
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # dask: tcp://host:8786; None starts a LocalCluster
    since: str | None = None  # ISO date: leave out articles published before it
    near_threshold: float = 0.8  # MinHash Jaccard estimate at which two texts are one story
    window: int = 0  # inputs in flight; 0 = 4 chunks per worker (at least 4 inputs)
    chunk: int = 4  # local workers: articles per task (one IPC round trip, one batched parse)
    limit: int | None = None  # stop after this many new inputs (benchmarks, tests)


class Handle(Protocol):
    def get(self) -> Any: ...


class _Ready:
    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


class InlineExecutor:
    """Codes in the calling process (``workers=0``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def submit(self, article: Article) -> Handle:
        return _Ready(code_with_signature(article, self.settings))

    def close(self) -> None:
        pass

    def terminate(self) -> None:
        pass


class _InChunk:
    """The handle of one article sent in a chunk: its result is entry ``index`` of the chunk's."""

    def __init__(self, executor: LocalExecutor, index: int) -> None:
        self.executor, self.index = executor, index
        self.result: Any = None  # the chunk's AsyncResult once sent

    def get(self) -> Any:
        if self.result is None:  # still gathering: send what there is
            self.executor.flush()
        return self.result.get()[self.index]


def start_method(settings: Settings) -> str:
    """How worker processes start: ``fork`` after the parent loaded the pipeline (Linux: workers share
    it copy-on-write and start at once), else ``spawn`` (each worker loads it). ``WIRECODER_START_METHOD``
    (or ``Settings.start_method``) chooses: fork, forkserver or spawn."""
    import multiprocessing as mp
    import os
    import sys

    chosen = settings.start_method or os.environ.get("WIRECODER_START_METHOD")
    if chosen:
        if chosen not in mp.get_all_start_methods():
            raise ConfigError(
                f"start method {chosen!r} is not available here: use one of {', '.join(mp.get_all_start_methods())}"
            )
        return chosen
    return "fork" if sys.platform.startswith("linux") else "spawn"


TASKS_PER_FORKED_WORKER = 32  # chunks a forked worker codes before it is replaced by a fresh fork


class LocalExecutor:
    """A pool of worker processes, each with the pipeline loaded once; articles travel in chunks.

    ``fork`` (the default on Linux): the parent loads the pipeline, then forks the workers, which
    inherit it (no per-worker loading; pages stay shared until written). ``spawn``/``forkserver``:
    each worker loads it in its initializer. A chunk of ``chunk`` articles is one task: one IPC round
    trip and one batched ``nlp.pipe`` parse.

    Forked workers are replaced after ``TASKS_PER_FORKED_WORKER`` chunks each: a new fork costs nothing,
    and memory that spaCy's string store and the lookup caches gather over a long run goes back to the
    parent's. The replacement is a new pool started here, in the main thread, between two articles; the
    old pool finishes the chunks it holds and is joined at the next replacement. (``maxtasksperchild``
    would fork from the pool's own thread while the main thread may be inside SQLite: the new worker
    then inherits SQLite's mutex locked and hangs at its first database open.)
    """

    def __init__(self, settings: Settings, workers: int, chunk: int = 8) -> None:
        import gc
        import multiprocessing as mp

        from .worker import preload

        self.settings, self.chunk, self.workers = settings, max(1, chunk), workers
        method = start_method(settings)
        self.ctx = mp.get_context(method)
        if method == "fork":
            preload(settings)  # a loading error is kept and reported with the first result
            gc.collect()
            gc.freeze()  # the loaded objects are never scanned again: fewer shared pages get copied
        if method == "forkserver":
            self.ctx.set_forkserver_preload(["wirecoder.batch.worker", "wirecoder.pipeline", "spacy"])
        self.recycle_after = workers * TASKS_PER_FORKED_WORKER if method == "fork" else None
        self.pools_started = 0
        self.pool = self._start_pool()
        self.retired: Any = None  # the pool replaced last: it finishes its chunks, then is joined
        self.sent = 0  # chunks sent to the current pool
        self.pending: list[tuple[Article, _InChunk]] = []

    def _start_pool(self) -> Any:
        from .worker import init_worker

        self.pools_started += 1
        return self.ctx.Pool(self.workers, initializer=init_worker, initargs=(self.settings,))

    def submit(self, article: Article) -> Handle:
        handle = _InChunk(self, len(self.pending))
        self.pending.append((article, handle))
        if len(self.pending) >= self.chunk:
            self.flush()
        return handle

    def flush(self) -> None:
        """Send the articles gathered so far as one task."""
        if not self.pending:
            return
        if self.recycle_after is not None and self.sent >= self.recycle_after:
            self._replace_pool()
        articles = [a for a, _ in self.pending]
        result = self.pool.apply_async(code_chunk_with_signatures, (articles, self.settings))
        self.sent += 1
        for _, handle in self.pending:
            handle.result = result
        self.pending = []

    def _replace_pool(self) -> None:
        if self.retired is not None:  # its chunks were sent a whole pool's life ago: long done
            self.retired.join()
        self.retired, self.pool, self.sent = self.pool, self._start_pool(), 0
        self.retired.close()

    def _pools(self) -> list[Any]:
        return [p for p in (self.retired, self.pool) if p is not None]

    def close(self) -> None:
        self.flush()
        for pool in self._pools():
            pool.close()
            pool.join()

    def terminate(self) -> None:
        self.pending = []
        for pool in self._pools():
            pool.terminate()
            pool.join()


class LazyExecutor:
    """Starts the real executor at the first article to code: a run with nothing to do starts no workers."""

    def __init__(self, settings: Settings, options: BatchOptions) -> None:
        self.settings, self.options = settings, options
        self.inner: Any = None

    def submit(self, article: Article) -> Handle:
        if self.inner is None:
            self.inner = make_executor(self.settings, self.options)
        return self.inner.submit(article)

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()

    def terminate(self) -> None:
        if self.inner is not None:
            self.inner.terminate()


def make_executor(settings: Settings, options: BatchOptions) -> Any:
    if options.engine == "dask":
        from .dask_engine import DaskExecutor

        return DaskExecutor(settings, options.workers or 1, options.scheduler)
    if options.engine != "local":
        raise ConfigError(f"unknown engine {options.engine!r}: use local or dask")
    if options.workers <= 0:
        return InlineExecutor(settings)
    return LocalExecutor(settings, options.workers, options.chunk)


def outlet_of(article: Article, key: str) -> str:
    """Who published it: the URL's host, else the input file (for NumSources)."""
    if article.url:
        host = urlparse(article.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    base = key.split("#", 1)[0]
    head, sep, tail = base.rpartition(":")
    return head if sep and tail.isdigit() else base


@dataclass
class _Item:
    key: str
    kind: str  # "code" | "reject" | "exact"
    article: Article | None = None
    handle: Handle | None = None
    error: InputError | None = None
    original_key: str | None = None


def estimate_total(inputs: list[str]) -> int | None:
    """A quick count of the inputs, for the ETA (None when unknown, e.g. stdin)."""
    from pathlib import Path

    from ..ingest.files import ARTICLE_SUFFIXES

    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        path = Path(spec)
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path] if path.is_file() else []
        for f in files:
            name = f.name.lower()
            if name.endswith((".jsonl", ".jsonl.gz")):
                import gzip
                import zlib

                opener = gzip.open if name.endswith(".gz") else open
                try:
                    with opener(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError, zlib.error):  # unreadable or truncated: the reader reports it
                    total += 1
            elif name.endswith(ARTICLE_SUFFIXES):
                total += 1
            else:
                return None  # archives and feeds: unknown until read
    return total or None


def run_batch(
    inputs: list[str],
    db: str,
    settings: Settings,
    options: BatchOptions | None = None,
    progress: NullProgress | None = None,
    stdin: BinaryIO | None = None,
    command: str = "ingest",
) -> BatchSummary:
    """Ingest ``inputs`` into the database ``db``; skip what earlier runs did. See the module docstring."""
    from ..clean import CleanStage
    from ..ingest.archives import read_all
    from ..provenance import collect as collect_provenance
    from ..store import Store

    options = options or BatchOptions()
    progress = progress or NullProgress()
    started = time.monotonic()
    store = Store(db)
    engine = store.engine
    state.ensure_tables(engine)
    done = state.done_keys(engine)
    deduper = Deduper(options.near_threshold)
    deduper_loaded = False  # replayed from the store at the first article to clean: a no-op rerun skips it
    seq = state.next_seq(engine)
    summary = BatchSummary()
    summary.run_id = run_id = store.start_run(
        command,
        {
            "spacy_model": settings.spacy_model,
            "workers": options.workers,
            "engine": options.engine,
            "prefilter": "on" if settings.prefilter else "off",
        },
        collect_provenance(settings),
    )
    clean = CleanStage(settings)
    per_task = max(1, options.chunk) if options.engine == "local" and options.workers > 0 else 1
    window = options.window or max(4, 4 * max(options.workers, 1)) * per_task
    queue: deque[_Item] = deque()
    pending_hashes: dict[str, str] = {}  # content hash -> key of an in-flight article with it
    executor = None

    def finish(item: _Item) -> None:
        nonlocal seq
        if item.kind == "code":  # wait for the worker before opening a transaction
            assert item.handle is not None and item.article is not None
            result, sig = item.handle.get()
            pending_hashes.pop(item.article.content_hash or "", None)
        with shield.begin(engine) as conn:
            if item.kind == "reject":
                assert item.error is not None
                # "cannot read" (missing path, permissions) is no verdict on the content: retried next run
                unreadable = (
                    type(item.error) is InputError and item.error.reason == "bad-input" and item.article is None
                )
                state.commit_reject(conn, item.key, item.error, run_id, done=not unreadable)
                summary.rejected += 1
                summary.reasons[item.error.reason] += 1
                progress.advance("rejected")
                return
            article = item.article
            assert article is not None and article.content_hash is not None
            if item.kind == "exact":
                first = deduper.exact(article.content_hash)
                if first is None:  # its original could not be coded
                    err = InputError(item.key, f"exact copy of {item.original_key}, which was rejected")
                    err.reason = "copy-of-reject"
                    state.commit_reject(conn, item.key, err, run_id)
                    summary.rejected += 1
                    summary.reasons[err.reason] += 1
                    progress.advance("rejected")
                    return
                assignment = Assignment("exact", deduper.cluster[first], first, 1.0)
                state.commit_duplicate(conn, item.key, assignment, outlet_of(article, item.key), run_id)
                summary.duplicates += 1
                progress.advance("duplicate")
                return
            if isinstance(result, Fatal):
                raise ConfigError(f"the coding pipeline cannot be loaded in a worker: {result.message}")
            if isinstance(result, Failure):
                err = to_error(result)
                state.commit_reject(conn, item.key, err, run_id)
                summary.rejected += 1
                summary.reasons[err.reason] += 1
                progress.advance("rejected")
                return
            mh = None
            if sig is not None:
                from .dedup import from_bytes

                mh = from_bytes(sig, deduper.num_perm)
            assert result.id is not None and result.content_hash is not None
            assignment = (
                deduper.assign(result.id, result.content_hash, mh) if mh is not None else Assignment("new", result.id)
            )
            if assignment.kind == "exact":  # same text under another key, coded meanwhile
                state.commit_duplicate(conn, item.key, assignment, outlet_of(result, item.key), run_id)
                summary.duplicates += 1
                progress.advance("duplicate")
                return
            state.commit_coded(conn, item.key, result, assignment, outlet_of(result, item.key), sig, seq, run_id)
        deduper.add(result.id, result.content_hash, mh, assignment.cluster_id)
        seq += 1
        summary.coded += 1
        summary.near_duplicates += assignment.kind == "near"
        summary.events += len(result.events)
        summary.words += len(result.text.split())
        progress.advance("coded", len(result.events))

    def drain(keep: int) -> None:
        while len(queue) > keep:
            finish(queue.popleft())

    progress.start(estimate_total(inputs))
    new_inputs = 0
    seen: set[str] = set()
    try:
        executor = LazyExecutor(settings, options)
        for item in read_all(inputs, settings, stdin):
            key = item.source
            if key in seen:  # the same input twice in one run (a path given twice): read once
                continue
            seen.add(key)
            if key in done:
                summary.skipped += 1
                progress.advance("skipped")
                continue
            if options.limit is not None and new_inputs >= options.limit:
                break
            new_inputs += 1
            if isinstance(item, InputError):
                queue.append(_Item(key, "reject", error=item))
            else:
                if not deduper_loaded:
                    state.load_deduper(engine, deduper)
                    deduper_loaded = True
                queue.append(_prepare(item, key, clean, options, deduper, pending_hashes, executor, summary, progress))
                if queue[-1].kind == "older":
                    queue.pop()
                    continue
            drain(window)
        drain(0)
        executor.close()
        from ..incidents import update as update_incidents

        update_incidents(store)  # the run's events join or start cross-story incidents (incremental)
    except KeyboardInterrupt:
        summary.interrupted = True
        if executor is not None:
            executor.terminate()
    except BaseException:
        if executor is not None:
            executor.terminate()
        raise
    finally:
        progress.stop()
        summary.elapsed = time.monotonic() - started
        store.finish_run(run_id, summary.coded, summary.rejected)
        store.close()
    return summary


def _prepare(
    article: Article,
    key: str,
    clean: Any,
    options: BatchOptions,
    deduper: Deduper,
    pending_hashes: dict[str, str],
    executor: Any,
    summary: BatchSummary,
    progress: NullProgress,
) -> _Item:
    """Clean an article and decide its fate: reject, exact copy, left out (older), or code it."""
    try:
        article = clean(article)
    except InputError as exc:
        return _Item(key, "reject", article=article, error=exc)
    except WirecoderError as exc:
        return _Item(key, "reject", article=article, error=InputError(key, str(exc)))
    except Exception as exc:  # a bug in cleaning: keep the reason, go on
        err = InputError(key, f"internal error while cleaning ({type(exc).__name__}: {exc}); please report it")
        err.reason = "internal-error"
        return _Item(key, "reject", article=article, error=err)
    if options.since and article.published and article.published < options.since:
        summary.older += 1
        progress.advance("older")
        return _Item(key, "older")
    assert article.content_hash is not None
    article.raw = b""  # not needed after cleaning; keeps what travels to workers small
    if deduper.exact(article.content_hash) is not None or article.content_hash in pending_hashes:
        return _Item(key, "exact", article=article, original_key=pending_hashes.get(article.content_hash))
    pending_hashes[article.content_hash] = key
    return _Item(key, "code", article=article, handle=executor.submit(article))


def iter_keys(items: Iterator[Article | InputError]) -> Iterator[str]:
    """The input keys of what a reader yields (tests, tools)."""
    for item in items:
        yield item.source

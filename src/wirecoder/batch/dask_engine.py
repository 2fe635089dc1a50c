"""The Dask engine: the same batch job with a Dask cluster doing the coding.

The parent (``run_batch``) still reads, cleans, deduplicates and writes, in input order and one
transaction per input, so resuming works exactly as with local workers; the cluster's workers run the
expensive stages. Each worker loads the pipeline once: a worker plugin loads it when the worker joins,
and ``worker._pipeline`` keeps it for every later task in that process. Point ``--db`` at PostgreSQL when
several parents share one store, and ``--scheduler`` at a running cluster (docs/batch.md shows Slurm
via dask-jobqueue and Kubernetes); without ``--scheduler`` a ``LocalCluster`` with ``workers`` worker
processes (one thread each) is started on the loopback interface.

Shard mode (``wirecoder ingest --engine dask --shards DIR`` -> ``run_shards``): each task codes one
partition of inputs and writes its own Parquet shards; nothing goes to a database. The parent reads the inputs, sorts them by input key and cuts them into partitions
of ``partition_size`` consecutive keys (deterministic: the same inputs give the same partitions). Each
partition is one Dask task; the worker cleans and codes it with a pipeline loaded once per worker process
(``LoadPipeline`` and the per-process cache in ``worker``) and writes, in ``shards_dir``:

* ``events-<p>.parquet``   the flat event columns of ``wirecoder export --format parquet``;
* ``articles-<p>.parquet`` one row per coded article (id, key, hash, url, title, dates, counts, text);
* ``quotes-<p>.parquet``   one row per quote;
* ``rejects-<p>.parquet``  key, reason, message of every input that could not be coded;
* ``_part-<p>.json``       the partition's keys, counts and rejects, written last.

When every partition is complete the parent merges their events into cross-story incidents with the
database path's rule and code (``shard_incidents``: ``incidents.parquet``, ``incident_mentions.parquet``).

Every file is written under a temporary name and renamed, and ``_part-<p>.json`` comes last, so a
partition is complete exactly when its ``_part`` file exists, lists the same keys and its shards exist: a
rerun skips complete partitions and redoes the others (a killed run leaves at most temp files, which are
overwritten). The parent then writes ``_manifest.json`` (partitions, inputs, counts, rejects with reasons).

Exact copies within a partition are coded once (the copy is listed under ``duplicates``); copies in
different partitions get the same article and event ids, so the union of the shards' event ids is the
set a one-process run makes. Near-duplicate story clusters are a feature of the database mode only
(cross-story incidents are made in both).
Shards must be written to a directory every worker can reach (a shared filesystem on a real cluster).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from distributed.diagnostics.plugin import WorkerPlugin

from ..article import Article, Participant
from ..errors import ConfigError, InputError, WirecoderError
from ..settings import Settings

__all__ = [
    "DaskExecutor",
    "LoadPipeline",
    "ShardOptions",
    "ShardSummary",
    "code_partition",
    "connect",
    "partition",
    "run_shards",
]

_LOCK = threading.Lock()


def _load(settings: Settings) -> None:
    from .worker import _LOAD_ERRORS, _pipeline

    with _LOCK:
        try:
            _pipeline(settings)
        except Exception as exc:  # reported with the first task, as for local workers
            _LOAD_ERRORS[repr(settings)] = f"{type(exc).__name__}: {exc}"


def code_task(article: Article, settings: Settings) -> Any:
    """A Dask task: code one cleaned article (pipeline loaded once per worker process)."""
    from .worker import code_with_signature

    _load(settings)
    return code_with_signature(article, settings)


class LoadPipeline(WorkerPlugin):
    """A worker plugin: load the pipeline when a worker starts."""

    name = "wirecoder-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        _load(self.settings)


class _FutureHandle:
    def __init__(self, future: Any) -> None:
        self.future = future

    def get(self) -> Any:
        return self.future.result()


def connect(workers: int = 2, scheduler: str | None = None) -> tuple[Any, Any]:
    """A ``(Client, LocalCluster | None)``: to ``scheduler``, else to a new loopback ``LocalCluster`` with
    ``workers`` worker processes of one thread each."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            return Client(scheduler, timeout="30s"), None
        cluster = LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        return Client(cluster), cluster
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise ConfigError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None


class DaskExecutor:
    """Submits each cleaned article as a task to a Dask cluster (given, or a loopback ``LocalCluster``)."""

    def __init__(self, settings: Settings, workers: int = 2, scheduler: str | None = None) -> None:
        self.settings = settings
        self.client, self.cluster = connect(workers, scheduler)
        self.client.register_plugin(LoadPipeline(settings), name=LoadPipeline.name)

    def submit(self, article: Article) -> _FutureHandle:
        return _FutureHandle(self.client.submit(code_task, article, self.settings, pure=False))

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def terminate(self) -> None:
        self.close()


# ---------------------------------------------------------------- shard mode

KINDS = ("events", "articles", "quotes", "rejects")
_CLEANERS: dict[str, Any] = {}


@dataclass(frozen=True)
class ShardOptions:
    """How a shard run is partitioned and where it runs."""

    workers: int = 2  # LocalCluster worker processes when no scheduler is given
    scheduler: str | None = None  # tcp://host:8786
    partition_size: int = 200  # inputs per partition (and per Dask task)
    since: str | None = None  # ISO date: leave out articles published before it


@dataclass
class ShardSummary:
    partitions: int = 0
    written: int = 0  # partitions coded by this run
    skipped: int = 0  # partitions complete from an earlier run
    inputs: int = 0
    coded: int = 0
    duplicates: int = 0
    rejected: int = 0
    older: int = 0
    events: int = 0
    quotes: int = 0
    incidents: int = 0  # cross-story incidents of all partitions' events (``shard_incidents``)
    elapsed: float = 0.0
    reasons: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "reasons"}
        d["reasons"] = dict(self.reasons)
        return d


def partition(keys: list[str], size: int) -> list[list[str]]:
    """Sorted keys cut into runs of ``size`` (the last may be shorter)."""
    if size < 1:
        raise ConfigError(f"partition size must be at least 1, not {size}")
    ordered = sorted(set(keys))
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def part_name(index: int) -> str:
    return f"{index:05d}"


def keys_digest(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:16]


def is_complete(shards: Path, name: str, keys: list[str]) -> bool:
    """True when partition ``name`` was written completely for exactly these keys."""
    marker = shards / f"_part-{name}.json"
    if not marker.is_file() or not all((shards / f"{k}-{name}.parquet").is_file() for k in KINDS):
        return False
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("digest") == keys_digest(keys)


# ---------------------------------------------------------------- worker side


def _cleaner(settings: Settings) -> Any:
    key = repr(settings)
    if key not in _CLEANERS:
        from ..clean import CleanStage

        _CLEANERS[key] = CleanStage(settings)
    return _CLEANERS[key]


def _reject(key: str, reason: str, message: str) -> dict[str, str]:
    return {"key": key, "reason": reason, "message": message}


def _atomic_write(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _write_table(path: Path, rows: list[dict[str, Any]], schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    _atomic_write(path, lambda tmp: pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd"))


def _string_schema(columns: list[str], ints: tuple[str, ...] = ()) -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in columns])


ARTICLE_COLUMNS = [
    "id",
    "key",
    "content_hash",
    "url",
    "title",
    "published",
    "published_from",
    "language",
    "dateline",
    "n_events",
    "n_quotes",
    "warnings",
    "text",
]
QUOTE_COLUMNS = [
    "id",
    "article_id",
    "sentence_index",
    "speaker_text",
    "speaker_actor_id",
    "speaker_name",
    "speaker_country",
    "speaker_sector",
    "speaker_cameo",
    "text",
    "start",
    "end",
    "verb",
    "date",
]
REJECT_COLUMNS = ["key", "reason", "message"]


def _article_row(a: Article, key: str) -> dict[str, Any]:
    return {
        "id": a.id,
        "key": key,
        "content_hash": a.content_hash,
        "url": a.url,
        "title": a.title,
        "published": a.published,
        "published_from": a.published_from,
        "language": a.language,
        "dateline": a.dateline,
        "n_events": len(a.events),
        "n_quotes": len(a.quotes),
        "warnings": json.dumps(a.warnings, ensure_ascii=False),
        "text": a.text,
    }


def _quote_row(a: Article, q: Any) -> dict[str, Any]:
    sp = asdict(q.speaker) if isinstance(q.speaker, Participant) else {}
    row = {
        "id": q.id,
        "article_id": a.id,
        "sentence_index": q.sentence_index,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "verb": q.verb,
        "date": q.date,
    }
    row.update({f"speaker_{k}": sp.get(k) for k in ("text", "actor_id", "name", "country", "sector", "cameo")})
    return row


def event_rows(article: Article) -> list[dict[str, Any]]:
    """The article's events as the flat rows of ``wirecoder export --format parquet``."""
    from ..export.columns import flat_row

    ref = {"id": article.id, "title": article.title, "url": article.url, "published": article.published}
    return [flat_row({**asdict(e), "article": ref}) for e in article.events]


def code_partition(
    name: str,
    items: list[tuple[str, Article | dict[str, str]]],
    shards_dir: str,
    settings: Settings,
    since: str | None = None,
) -> dict[str, Any]:
    """A Dask task: clean and code one partition, write its shards and ``_part`` file; return the part info.

    ``items`` are ``(key, Article)`` or ``(key, reject dict)`` for inputs the parent could not read.
    """
    from ..export.parquet import _schema, _typed
    from .worker import Failure, Fatal, code_article

    _load(settings)
    shards = Path(shards_dir)
    for stale in shards.glob(f".*-{name}.*.tmp-*"):  # left by a run killed while writing this partition
        stale.unlink(missing_ok=True)
    events: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    rejects: list[dict[str, str]] = []
    duplicates: list[dict[str, str]] = []
    older: list[str] = []
    seen: dict[str, str] = {}  # content hash -> key coded in this partition
    clean = _cleaner(settings)
    for key, item in items:
        if isinstance(item, dict):
            rejects.append(item)
            continue
        try:
            article = clean(item)
        except InputError as exc:
            rejects.append(_reject(key, exc.reason, exc.message))
            continue
        except WirecoderError as exc:
            rejects.append(_reject(key, "bad-input", str(exc)))
            continue
        except Exception as exc:  # a bug in cleaning: keep the reason, go on
            rejects.append(
                _reject(key, "internal-error", f"internal error while cleaning ({type(exc).__name__}: {exc})")
            )
            continue
        if since and article.published and article.published < since:
            older.append(key)
            continue
        if article.content_hash in seen:
            duplicates.append({"key": key, "copy_of": seen[article.content_hash]})
            continue
        article.raw = b""
        result = code_article(article, settings)
        if isinstance(result, Fatal):
            raise ConfigError(f"the coding pipeline cannot be loaded in a worker: {result.message}")
        if isinstance(result, Failure):
            rejects.append(_reject(key, result.reason, result.message))
            continue
        seen[result.content_hash or ""] = key
        articles.append(_article_row(result, key))
        events.extend(_typed(row) for row in event_rows(result))  # the date column is a real date
        quotes.extend(_quote_row(result, q) for q in result.quotes)
    _write_table(shards / f"events-{name}.parquet", events, _schema())
    _write_table(
        shards / f"articles-{name}.parquet", articles, _string_schema(ARTICLE_COLUMNS, ("n_events", "n_quotes"))
    )
    _write_table(
        shards / f"quotes-{name}.parquet", quotes, _string_schema(QUOTE_COLUMNS, ("sentence_index", "start", "end"))
    )
    _write_table(shards / f"rejects-{name}.parquet", rejects, _string_schema(REJECT_COLUMNS))
    keys = [k for k, _ in items]
    info = {
        "partition": name,
        "digest": keys_digest(keys),
        "inputs": keys,
        "counts": {
            "inputs": len(keys),
            "coded": len(articles),
            "events": len(events),
            "quotes": len(quotes),
            "rejected": len(rejects),
            "duplicates": len(duplicates),
            "older": len(older),
        },
        "rejects": rejects,
        "duplicates": duplicates,
        "older": older,
    }
    text = json.dumps(info, ensure_ascii=False, indent=1)
    _atomic_write(shards / f"_part-{name}.json", lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return info


# ---------------------------------------------------------------- parent side


def _read(inputs: list[str], settings: Settings, stdin: BinaryIO | None) -> dict[str, Article | dict[str, str]]:
    from ..ingest.archives import read_all

    items: dict[str, Article | dict[str, str]] = {}
    for item in read_all(inputs, settings, stdin):
        if item.source in items:
            continue
        if isinstance(item, InputError):
            items[item.source] = _reject(item.source, item.reason, item.message)
        else:
            items[item.source] = item
    return items


def run_shards(
    inputs: list[str],
    shards_dir: str | Path,
    settings: Settings,
    options: ShardOptions | None = None,
    stdin: BinaryIO | None = None,
    client: Any = None,
) -> ShardSummary:
    """Code ``inputs`` on a Dask cluster into Parquet shards under ``shards_dir``; skip complete partitions.

    ``client``: an existing ``distributed.Client`` (else one is made from ``options``).
    """
    options = options or ShardOptions()
    started = time.monotonic()
    shards = Path(shards_dir)
    try:
        shards.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the shard directory {shards}: {exc}") from None
    items = _read(inputs, settings, stdin)
    parts = partition(list(items), options.partition_size)
    names = [part_name(i) for i in range(len(parts))]
    todo = [(n, p) for n, p in zip(names, parts, strict=True) if not is_complete(shards, n, p)]
    summary = ShardSummary(partitions=len(parts), skipped=len(parts) - len(todo))
    if todo:
        own = client is None
        cluster = None
        if own:
            client, cluster = connect(options.workers, options.scheduler)
        try:
            client.register_plugin(LoadPipeline(settings), name=LoadPipeline.name)
            futures = [
                client.submit(
                    code_partition,
                    n,
                    [(k, items[k]) for k in p],
                    str(shards.resolve()),
                    settings,
                    options.since,
                    key=f"wirecoder-shard-{n}-{keys_digest(p)}",
                    pure=False,
                )
                for n, p in todo
            ]
            client.gather(futures)
        finally:
            if own:
                client.close()
                if cluster is not None:
                    cluster.close()
        summary.written = len(todo)
    manifest = _manifest(shards, names, inputs, settings)
    for info in manifest["partitions"]:
        c = info["counts"]
        summary.inputs += c["inputs"]
        summary.coded += c["coded"]
        summary.duplicates += c["duplicates"]
        summary.rejected += c["rejected"]
        summary.older += c["older"]
        summary.events += c["events"]
        summary.quotes += c["quotes"]
    summary.reasons.update(r["reason"] for r in manifest["rejects"])
    from .shard_incidents import merge_shards

    summary.incidents = merge_shards(shards, names)["incidents"]
    summary.elapsed = time.monotonic() - started
    return summary


def _manifest(shards: Path, names: list[str], inputs: list[str], settings: Settings) -> dict[str, Any]:
    """Merge the ``_part`` files of this run's partitions into ``_manifest.json`` (written atomically)."""
    parts = [json.loads((shards / f"_part-{n}.json").read_text(encoding="utf-8")) for n in names]
    totals: Counter = Counter()
    for p in parts:
        totals.update(p["counts"])
    manifest = {
        "inputs": inputs,
        "spacy_model": settings.spacy_model,
        "counts": {"partitions": len(parts), **dict(totals)},
        "rejects": [r for p in parts for r in p["rejects"]],
        "partitions": [
            {
                "partition": p["partition"],
                "digest": p["digest"],
                "counts": p["counts"],
                "files": [f"{k}-{p['partition']}.parquet" for k in KINDS],
                "inputs": p["inputs"],
            }
            for p in parts
        ],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    new = shards / "_manifest.json"
    if not new.exists() or new.read_text(encoding="utf-8") != text:  # a no-op rerun rewrites nothing
        _atomic_write(new, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return manifest

"""The Dask engine: the same batch job with a Dask cluster doing the coding.

The parent (``run_batch``) still reads, cleans, deduplicates and writes, in input order and one
transaction per input, so resuming works exactly as with local workers; the cluster's workers run the
expensive stages. Each worker loads the pipeline once: a worker plugin loads it when the worker joins,
and ``worker._pipeline`` keeps it for every later task in that process. Point ``--db`` at PostgreSQL when
several parents share one store, and ``--scheduler`` at a running cluster (docs/batch.md shows Slurm
via dask-jobqueue and Kubernetes); without ``--scheduler`` a ``LocalCluster`` with ``workers`` worker
processes (one thread each) is started on the loopback interface.
"""

from __future__ import annotations

import threading
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..article import Article
from ..errors import ConfigError
from ..settings import Settings

__all__ = ["DaskExecutor", "LoadPipeline"]

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
    from .runner import code_with_signature

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


class DaskExecutor:
    """Submits each cleaned article as a task to a Dask cluster (given, or a loopback ``LocalCluster``)."""

    def __init__(self, settings: Settings, workers: int = 2, scheduler: str | None = None) -> None:
        from distributed import Client, LocalCluster

        self.settings = settings
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(
                    n_workers=max(workers, 1), threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None,
                )
                self.client = Client(self.cluster)
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
        self.client.register_plugin(LoadPipeline(settings), name=LoadPipeline.name)

    def submit(self, article: Article) -> _FutureHandle:
        return _FutureHandle(self.client.submit(code_task, article, self.settings, pure=False))

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def terminate(self) -> None:
        self.close()

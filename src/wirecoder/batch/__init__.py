"""Batch ingestion: many inputs into one database, resumable, deduplicated, on worker processes or Dask.

``run_batch(inputs, db, settings, BatchOptions(...), progress)`` is what ``wirecoder ingest`` calls;
see ``runner`` (the engine), ``state`` (resume and story-cluster tables), ``dedup`` (exact and
MinHash/LSH near-duplicates), ``prefilter`` (parse only sentences that can hold an event),
``dask_engine`` and ``progress``. docs/batch.md describes the whole.
"""

from __future__ import annotations

from .runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]

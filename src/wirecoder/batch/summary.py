"""The counts a batch run reports, in a module of their own so the runner and the progress display share them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BatchSummary"]


@dataclass
class BatchSummary:
    """What a batch run did: counts per outcome, reject reasons, words, time."""

    coded: int = 0
    skipped: int = 0  # done by an earlier run
    duplicates: int = 0  # exact copies
    near_duplicates: int = 0
    rejected: int = 0
    older: int = 0
    events: int = 0
    words: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    reasons: Counter = field(default_factory=Counter)
    run_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "reasons"}
        d["reasons"] = dict(self.reasons)
        return d

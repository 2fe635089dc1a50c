"""Progress of a batch run: a rich progress bar on a terminal, plain periodic lines otherwise.

``Progress`` is told what happened to each input (``advance``) and renders it; ``summary_lines`` turns
a finished run's ``BatchSummary`` into the closing summary. Nothing here decides anything about the run.
"""

from __future__ import annotations

import time
from typing import Any, TextIO

from .summary import BatchSummary

__all__ = ["NullProgress", "Progress", "summary_lines"]


class NullProgress:
    """Reports nothing (library use, tests)."""

    def start(self, total: int | None) -> None:
        pass

    def advance(self, status: str, events: int = 0) -> None:
        pass

    def stop(self) -> None:
        pass


class Progress(NullProgress):
    """Articles/s, events/s, ETA and rejects: a live bar on a TTY, one line every ``every`` s elsewhere."""

    def __init__(self, stream: TextIO, tty: bool | None = None, every: float = 10.0) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.every = every
        self.total: int | None = None
        self.counts = {"coded": 0, "duplicate": 0, "rejected": 0, "skipped": 0, "older": 0}
        self.events = 0
        self.started = time.monotonic()
        self.last = self.started
        self._bar: Any = None  # a rich Progress once started on a terminal
        self._task: Any = None

    def start(self, total: int | None) -> None:
        self.total = total
        self.started = self.last = time.monotonic()
        if self.tty:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]ingest"),
                BarColumn(bar_width=16),
                MofNCompleteColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[rates]}"),
                console=Console(file=self.stream),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=total, rates="")

    def _rates(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        done = self.counts["coded"] + self.counts["duplicate"]
        c = self.counts
        return (
            f"{done / elapsed:.1f} art/s  {self.events / elapsed:.1f} ev/s  coded {c['coded']}  "
            f"dup {c['duplicate']}  skipped {c['skipped']}  rejected {c['rejected']}"
        )

    def _short_rates(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        done = self.counts["coded"] + self.counts["duplicate"]
        return f"{done / elapsed:.1f} art/s {self.events / elapsed:.1f} ev/s rej {self.counts['rejected']}"

    def advance(self, status: str, events: int = 0) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        self.events += events
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, rates=self._short_rates())
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            n = sum(self.counts.values())
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"ingest: {n}{of} inputs, {self._rates()}\n")
            self.stream.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def summary_lines(summary: BatchSummary, resume_hint: str | None = None) -> list[str]:
    """The closing summary of a run, one fact per line."""
    s = summary
    rate = s.coded / s.elapsed if s.elapsed > 0 else 0.0
    lines = [
        f"coded {s.coded} article(s) ({s.events} events, {s.words:,} words) in {s.elapsed:.1f} s, {rate:.2f} articles/s",
        f"skipped {s.skipped} input(s) already done by an earlier run",
        f"duplicates: {s.duplicates} exact copies (not coded again), {s.near_duplicates} near-duplicates "
        f"(coded, linked to their story cluster)",
        f"rejected {s.rejected} input(s)"
        + (": " + ", ".join(f"{k} {v}" for k, v in sorted(s.reasons.items())) if s.reasons else ""),
    ]
    if s.older:
        lines.append(f"left out {s.older} article(s) published before --since")
    if s.coded == 0 and s.rejected == 0 and s.duplicates == 0 and s.skipped:
        lines.append("nothing to do: every input was already done")
    if s.interrupted:
        lines.append(
            "interrupted: what was stored is kept; run the same command again to resume"
            + (f" ({resume_hint})" if resume_hint else "")
        )
    return lines

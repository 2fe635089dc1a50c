"""Does the prefilter lose events? ``wirecoder eval`` scores with and without it, on the same gold sets.

Run: ``.venv/bin/python benchmarks/prefilter_eval.py [--limit N]``. The evaluation builds ordinary
pipelines; for the second pass the ``nlp`` stage is swapped for ``PrefilterNlpStage`` (what
``wirecoder ingest --prefilter`` runs). Prints both score tables and whether every metric is equal.
It asserts nothing. Skips with a message when ../shared/gold is absent.

``--corpus FILE.jsonl`` (e.g. ``../shared/corpus/wikinews-conflict.jsonl``) instead codes every article of
a JSON Lines corpus with and without the prefilter and prints the kept share (sentences, characters),
the coding time, and how many events are identical (CAMEO code, source, target, evidence offsets).
"""

from __future__ import annotations

import argparse
import sys
import time

from wirecoder.evaluation import run as eval_run
from wirecoder.evaluation.report import markdown_table


class _PrefilteredPipeline(eval_run.Pipeline):
    def __init__(self, settings=None, stages=None):
        super().__init__(settings, stages)
        from wirecoder.batch.prefilter import PrefilterNlpStage

        self.stages = [PrefilterNlpStage(self.settings) if s.name == "nlp" else s for s in self.stages]


def compare_corpus(path: str) -> None:
    """Events of every article of ``path`` with and without the prefilter, and the share it keeps."""
    import collections
    import copy
    import json
    from dataclasses import replace

    from wirecoder.article import Article
    from wirecoder.batch.prefilter import select_spans, trigger_table
    from wirecoder.batch.worker import _pipeline
    from wirecoder.clean import CleanStage
    from wirecoder.settings import Settings

    settings = Settings.from_env()
    clean = CleanStage(settings)
    with open(path, encoding="utf-8") as fh:
        articles = [
            clean(Article(raw=r["text"], source=str(i), published=r.get("published")))
            for i, r in enumerate(json.loads(line) for line in fh if line.strip())
        ]
    table = trigger_table(settings.patterns, settings.spacy_model)
    sents = kept_sents = chars = kept_chars = 0
    for a in articles:
        keep, n = select_spans(a.text, table)
        sents, kept_sents = sents + n, kept_sents + len(keep)
        chars, kept_chars = chars + len(a.text), kept_chars + sum(e - s for s, e in keep)
    print(
        f"{path}: {len(articles)} articles; kept {kept_sents}/{sents} sentences ({kept_sents / sents:.1%}), "
        f"{kept_chars / chars:.1%} of the characters"
    )
    events: dict[str, collections.Counter] = {}
    for mode in ("off", "on"):
        pipe = _pipeline(replace(settings, prefilter=mode == "on"))
        t0 = time.perf_counter()
        events[mode] = collections.Counter()
        for i, a in enumerate(articles):
            done = pipe(copy.deepcopy(a))
            events[mode].update(
                (
                    i,
                    e.cameo["code"],
                    e.source and e.source.text,
                    e.target and e.target.text,
                    e.evidence["start"],
                    e.evidence["end"],
                )
                for e in done.events
            )
        print(f"prefilter {mode}: {sum(events[mode].values())} events, coded in {time.perf_counter() - t0:.1f} s")
    same = sum((events["off"] & events["on"]).values())
    print(f"identical events: {same} of {sum(events['off'].values())}")
    for label, diff in (("only without", events["off"] - events["on"]), ("only with", events["on"] - events["off"])):
        for key in sorted(diff):
            print(
                f"  {label}: article {key[0]}, {key[1]}, source {key[2]!r}, target {key[3]!r}, chars {key[4]}-{key[5]}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="sentences per gold set (default all)")
    parser.add_argument("--corpus", default=None, help="compare events on a JSON Lines corpus instead of the gold sets")
    args = parser.parse_args()
    if args.corpus:
        compare_corpus(args.corpus)
        return 0
    sets = [g for g in eval_run.default_sets() if g.path.exists()]
    if not sets:
        print(f"gold sets absent under {eval_run.gold_dir()}: nothing to compare")
        return 0
    results = {}
    for name, cls in (("without prefilter", eval_run.Pipeline), ("with prefilter", _PrefilteredPipeline)):
        original = eval_run.Pipeline
        eval_run.Pipeline = cls  # pipeline_for() builds its pipelines through this name
        try:
            t0 = time.perf_counter()
            results[name] = eval_run.evaluate(sets, limit=args.limit, keep_errors=False)
            print(f"## {name} ({time.perf_counter() - t0:.0f} s)\n\n{markdown_table(results[name])}\n")
        finally:
            eval_run.Pipeline = original
    same = all(
        a.metrics() == b.metrics() for a, b in zip(results["without prefilter"], results["with prefilter"], strict=True)
    )
    for a, b in zip(results["without prefilter"], results["with prefilter"], strict=True):
        diff = {k: (v, b.metrics().get(k)) for k, v in a.metrics().items() if b.metrics().get(k) != v}
        print(f"{a.name}: {'equal' if not diff else diff}")
    print("every score equal with and without the prefilter" if same else "SCORES DIFFER: keep the prefilter off")
    return 0


if __name__ == "__main__":
    sys.exit(main())

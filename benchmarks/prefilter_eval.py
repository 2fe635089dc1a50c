"""Does the prefilter lose events? ``wirecoder eval`` scores with and without it, on the same gold sets.

Run: ``.venv/bin/python benchmarks/prefilter_eval.py [--limit N]``. The evaluation builds ordinary
pipelines; for the second pass the ``nlp`` stage is swapped for ``PrefilterNlpStage`` (what
``wirecoder ingest --prefilter`` runs). Prints both score tables and whether every metric is equal.
It asserts nothing. Skips with a message when ../shared/gold is absent.
"""

from __future__ import annotations

import argparse
import sys
import time

from wirecoder.evaluation import run as eval_run
from wirecoder.evaluation.report import markdown_table


class _PrefilteredPipeline(eval_run.Pipeline):  # type: ignore[misc, valid-type]
    def __init__(self, settings=None, stages=None):  # type: ignore[no-untyped-def]
        super().__init__(settings, stages)
        from wirecoder.batch.prefilter import PrefilterNlpStage

        self.stages = [PrefilterNlpStage(self.settings) if s.name == "nlp" else s for s in self.stages]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="sentences per gold set (default all)")
    args = parser.parse_args()
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
    same = all(a.metrics() == b.metrics() for a, b in zip(results["without prefilter"], results["with prefilter"]))
    for a, b in zip(results["without prefilter"], results["with prefilter"]):
        diff = {k: (v, b.metrics().get(k)) for k, v in a.metrics().items() if b.metrics().get(k) != v}
        print(f"{a.name}: {'equal' if not diff else diff}")
    print("every score equal with and without the prefilter" if same else "SCORES DIFFER: keep the prefilter off")
    return 0


if __name__ == "__main__":
    sys.exit(main())

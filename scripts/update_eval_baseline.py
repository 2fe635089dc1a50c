"""Rewrite eval_baseline.json from the current scores on the gold sets.

Usage: python scripts/update_eval_baseline.py [--gold ../shared/gold] [--reason "why floors move"] [--sets NAME ...]

With --sets, only those sets are scored and re-baselined; the floors of the others are kept as they are.

Floors are the current scores rounded down to 0.01, plus the sha256 of each gold file. If any floor
would go down, the script refuses unless --reason says why; the reason is kept in the baseline's
history, and the commit that carries the new baseline must repeat it (docs/evaluation.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.evaluation import default_sets, evaluate, gold_dir  # noqa: E402
from wirecoder.evaluation.baseline import BASELINE_FILE, build, dump, load  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold directory (default ../shared/gold)")
    parser.add_argument("--reason", default=None, help="why the baseline changes (required to lower a floor)")
    parser.add_argument("--out", type=Path, default=ROOT / BASELINE_FILE)
    parser.add_argument("--sets", nargs="+", default=None, help="re-baseline only these sets (names)")
    args = parser.parse_args()
    sets = default_sets(args.gold or gold_dir(ROOT))
    if args.sets:
        unknown = sorted(set(args.sets) - {s.name for s in sets})
        if unknown:
            print(f"unknown gold sets: {', '.join(unknown)}", file=sys.stderr)
            return 2
        sets = [s for s in sets if s.name in args.sets]
    missing = [str(s.path) for s in sets if not s.path.is_file()]
    if missing:
        print(f"gold files missing: {', '.join(missing)}", file=sys.stderr)
        return 2
    old = load(args.out) if args.out.exists() else None
    scores = evaluate(sets, keep_errors=False)
    data, lowered = build(scores, sets, old, args.reason)
    if args.sets and old:  # keep the other sets as they were
        data["gold"] = {**old.get("gold", {}), **data["gold"]}
        data["floors"] = {**old.get("floors", {}), **data["floors"]}
    if lowered and not args.reason:
        print('these floors would go down; rerun with --reason "..." (and say why in the commit):', file=sys.stderr)
        for line in lowered:
            print(f"  {line}", file=sys.stderr)
        return 1
    args.out.write_text(dump(data), encoding="utf-8")
    for s in scores:
        m = s.metrics()
        print(
            f"{s.name}: "
            + ", ".join(
                f"{k}={m[k]:.3f}"
                for k in ("plover.f1", "cameo_root.f1", "reproduced", "relevance.f1", "event.f1", "found.acc")
                if k in m
            )
        )
    print(f"wrote {args.out}" + (f"; lowered: {'; '.join(lowered)}" if lowered else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

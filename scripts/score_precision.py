"""Score the precision of single news sentences against tests/data/precision_sentences.yaml.

Codes every sentence as its own article and counts, per class of the fixture, the false events (a PLOVER
type the row does not list; every event of a row listing none is false) and the rows whose listed types we
give none of. Usage: .venv/bin/python scripts/score_precision.py [FIXTURE] [--json]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "precision_sentences.yaml"


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """False events per class, rows with an expected type missed, event presence P/R, with the misses."""
    false_by: Counter[str] = Counter()
    missed = tp = fp = fn = 0
    misses = []
    for row, events in zip(rows, coded, strict=True):
        want = set(row.get("plover") or [])
        types = [(e.plover or {}).get("type") for e in events]
        false = [t for t in types if t not in want]
        false_by[row.get("cls", "-")] += len(false)
        lost = bool(want) and not (want & set(types))
        missed += lost
        tp += bool(want) and bool(events)
        fp += (not want) and bool(events)
        fn += bool(want) and not events
        if false or lost:
            codes = [f"{t} {e.cameo['code']} ({e.trigger})" for t, e in zip(types, events, strict=True)]
            misses.append({"text": row["text"], "want": sorted(want), "ours": codes})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(rows),
        "false_events": sum(false_by.values()),
        "false_by_class": dict(false_by),
        "positives_missed": missed,
        "event_p": round(p, 4),
        "event_r": round(r, 4),
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    from fixture_scoring import read_fixture

    from wirecoder.article import Article
    from wirecoder.evaluation.run import eval_settings
    from wirecoder.pipeline import Pipeline

    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else FIXTURE
    rows = read_fixture(path)
    if rows is None:
        return 2
    pipeline = Pipeline(eval_settings())
    coded = [pipeline(Article(raw=r["text"], source="fixture", published="2024-05-20")).events for r in rows]
    result = score(rows, coded)
    if "--json" in argv:
        print(json.dumps(result, indent=1))
        return 0
    for m in result["misses"]:
        print(f"MISS want {m['want']}: {m['text']}\n     ours {m['ours']}")
    print({k: v for k, v in result.items() if k != "misses"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score the main event of single news sentences against tests/data/verbal_main_events.yaml.

Codes every sentence as its own article (as `wirecoder eval` codes gold sentences) and prints: the share of
sentences whose main event (the first event of the sentence) has an expected CAMEO root, "is there an
event" precision / recall / F1, the main event's source and target where the fixture names one (``target``: a
word of the target's text, or ``target: null`` for no target), and every miss.
Usage: .venv/bin/python scripts/score_main_events.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import pair_miss, pair_miss_line, presence, run_sentences  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "verbal_main_events.yaml"


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """Root accuracy of the main event, event presence P/R/F1 and source hits, with the misses."""
    right = tp = fp = fn = src_right = src_total = tgt_right = tgt_total = 0
    misses = []
    for row, events in zip(rows, coded, strict=True):
        want, main = row.get("root"), (events[0] if events else None)
        root = main.cameo["root"] if main is not None else None
        ok = (root is None) if want is None else (root in want)
        right += ok
        tp += bool(want) and main is not None
        fp += (not want) and main is not None
        fn += bool(want) and main is None
        src_ok = True
        if row.get("source"):
            src_total += 1
            text = (main.source.text if main is not None and main.source is not None else "") or ""
            src_ok = row["source"].lower() in text.lower()
            src_right += src_ok
        tgt_ok = True
        if "target" in row:
            tgt_total += 1
            text = (main.target.text if main is not None and main.target is not None else "") or ""
            tgt_ok = (not text) if row["target"] is None else row["target"].lower() in text.lower()
            tgt_right += tgt_ok
        if not ok or not src_ok or not tgt_ok:
            codes = [
                f"{e.cameo['code']} {e.source.text if e.source else None}->{e.target.text if e.target else None}"
                for e in events
            ]
            misses.append(pair_miss(row, want, codes))
    return {
        "sentences": len(rows),
        "root_accuracy": round(right / len(rows), 4),
        **presence("event", tp, fp, fn),
        "source_accuracy": round(src_right / src_total, 4) if src_total else None,
        "target_accuracy": round(tgt_right / tgt_total, 4) if tgt_total else None,
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    return run_sentences(argv, FIXTURE, score, pair_miss_line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

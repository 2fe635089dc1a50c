"""Score the precision of single news sentences against tests/data/precision_sentences.yaml.

Codes every sentence as its own article and counts, per class of the fixture, the false events (a PLOVER
type the row does not list; every event of a row listing none is false) and the rows whose listed types we
give none of; ``false_current`` counts the false events a user's default tables keep (not background,
negated, hypothetical or future). A row may say ``dead: N``, the toll an event of it may carry; any other toll on an event not
flagged background is a false toll (counted, and its dead summed: one false "3,000 killed" ruins a table).
A row without ``dead`` that lists ASSAULT has its tolls unchecked. Usage: .venv/bin/python scripts/score_precision.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import presence, run_sentences  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "precision_sentences.yaml"


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """False events per class, rows with an expected type missed, event presence P/R, with the misses."""
    false_by: Counter[str] = Counter()
    missed = tp = fp = fn = 0
    false_tolls = false_dead = false_current = 0
    misses = []
    for row, events in zip(rows, coded, strict=True):
        want = set(row.get("plover") or [])
        types = [(e.plover or {}).get("type") for e in events]
        false = [t for t in types if t not in want]
        false_current += sum(t not in want and not _aside(e) for t, e in zip(types, events, strict=True))
        tolls = [_toll(e) for e in events if _toll(e) and not e.background and _toll(e) != row.get("dead")]
        if "dead" not in row and "ASSAULT" in want:
            tolls = []  # an older row that gives no toll to check
        false_tolls += len(tolls)
        false_dead += sum(tolls)
        false_by[row.get("cls", "-")] += len(false)
        lost = bool(want) and not (want & set(types))
        missed += lost
        tp += bool(want) and bool(events)
        fp += (not want) and bool(events)
        fn += bool(want) and not events
        if false or lost or tolls:
            codes = [f"{t} {e.cameo['code']} ({e.trigger}) dead={_toll(e)}" for t, e in zip(types, events, strict=True)]
            misses.append({"text": row["text"], "want": sorted(want), "ours": codes})
    return {
        "sentences": len(rows),
        "false_events": sum(false_by.values()),
        "false_by_class": dict(false_by),
        "false_current": false_current,
        "positives_missed": missed,
        "false_tolls": false_tolls,
        "false_dead": false_dead,
        **presence("event", tp, fp, fn),
        "misses": misses,
    }


def _aside(event: Any) -> bool:
    """The event is kept out of a user's default tables: background, negated, hypothetical or future."""
    return bool(event.background or event.negated or event.hypothetical or getattr(event, "future", False))


def _toll(event: Any) -> int:
    """The event's dead as a number (0 when it gives none)."""
    return int(event.fatalities or 0)


def main(argv: list[str]) -> int:
    return run_sentences(argv, FIXTURE, score, lambda m: f"MISS want {m['want']}: {m['text']}\n     ours {m['ours']}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

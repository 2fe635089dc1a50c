"""Score yielding, appeals and agreements told with their partner against tests/data/verbal_pairs.yaml.

Codes every sentence as its own article (as `wirecoder eval` codes gold sentences). A row holds when some event
has the row's PLOVER type (``plover``; null: the sentence gives no event) with the row's ``source`` / ``target``
word in its actors' text (``target: null``: no target), and no event has a type listed in ``not``. Prints the
share of rows that hold, "is there an event of the type" P/R/F1, and every miss.
Usage: .venv/bin/python scripts/score_verbal_pairs.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import pair_miss, pair_miss_line, presence, run_sentences  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "verbal_pairs.yaml"


def _text(actor: Any) -> str:
    return ((actor.text if actor is not None else "") or "").lower()


def _fits(row: dict[str, Any], event: Any) -> bool:
    """The event has the row's type and its source / target words."""
    if event.plover.get("type") != row["plover"]:
        return False
    if row.get("source") and row["source"].lower() not in _text(event.source):
        return False
    if "target" in row:
        text = _text(event.target)
        return not text if row["target"] is None else row["target"].lower() in text
    return True


def holds(row: dict[str, Any], events: list[Any]) -> bool:
    """Whether the coded events satisfy the row."""
    if any(e.plover.get("type") in (row.get("not") or []) for e in events):
        return False
    if "plover" not in row:
        return True
    if row["plover"] is None:
        return not events
    return any(_fits(row, e) for e in events)


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """Share of rows that hold, presence P/R/F1 of the wanted type, with the misses."""
    right = tp = fp = fn = 0
    misses = []
    for row, events in zip(rows, coded, strict=True):
        want = row.get("plover")
        typed = any(e.plover.get("type") == want for e in events) if want else False
        tp += bool(want) and typed
        fn += bool(want) and not typed
        fp += sum(1 for e in events if e.plover.get("type") in (row.get("not") or [])) + (
            len(events) if "plover" in row and want is None else 0
        )
        ok = holds(row, events)
        right += ok
        if not ok:
            ours = [
                f"{e.plover.get('type')} {e.cameo['code']} {e.source.text if e.source else None}"
                f"->{e.target.text if e.target else None}"
                for e in events
            ]
            misses.append(pair_miss(row, want, ours))
    return {
        "sentences": len(rows),
        "holds": round(right / len(rows), 4),
        **presence("typed", tp, fp, fn),
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    return run_sentences(argv, FIXTURE, score, pair_miss_line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

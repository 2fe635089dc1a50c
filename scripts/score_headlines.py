"""Score conflict headlines against tests/data/conflict_headlines.yaml, the way the ucdp set is scored.

Codes every headline as its own article and prints: "is there an event" precision / recall / F1, fatalities
exact (sum of the events), location country and source country of the main event (the highest
confidence), each where the fixture states it, and every miss.
Usage: .venv/bin/python scripts/score_headlines.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import presence, run_sentences  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "conflict_headlines.yaml"
FIELDS = ("fatalities", "country", "source")


def _ours(events: list[Any]) -> dict[str, Any]:
    from wirecoder.coding.main_event import main_event

    main = main_event(events)
    return {
        "event": main is not None,
        "fatalities": sum(int(e.fatalities or 0) for e in events),
        "country": (main.location or {}).get("country") if main is not None else None,
        "source": main.source.country if main is not None and main.source is not None else None,
        "brief": (
            f"{(main.acled or {}).get('sub_event_type') or (main.plover or {}).get('type')} "
            f"src {main.source.text if main.source else '-'} at {(main.location or {}).get('name')}"
            if main is not None
            else "(no event)"
        ),
    }


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """Event presence P/R/F1 and the accuracy of each stated field, with the misses."""
    tp = fp = fn = 0
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    misses = []
    for row, events in zip(rows, coded, strict=True):
        ours = _ours(events)
        want = bool(row.get("event"))
        tp += want and ours["event"]
        fp += (not want) and ours["event"]
        fn += want and not ours["event"]
        wrong = [] if want == ours["event"] else ["event"]
        for key in FIELDS:
            if key in row and row[key] is not None:
                total[key] += 1
                ok = ours[key] == row[key]
                right[key] += ok
                if not ok:
                    wrong.append(f"{key} {row[key]} != {ours[key]}")
        if wrong:
            misses.append({"text": row["text"], "wrong": wrong, "ours": ours["brief"]})
    result: dict[str, Any] = {
        "headlines": len(rows),
        **presence("event", tp, fp, fn),
    }
    for key in FIELDS:
        result[key] = round(right[key] / total[key], 4) if total[key] else None
    result["misses"] = misses
    return result


def main(argv: list[str]) -> int:
    return run_sentences(
        argv, FIXTURE, score, lambda m: f"MISS {'; '.join(m['wrong'])}: {m['text']}\n     ours {m['ours']}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

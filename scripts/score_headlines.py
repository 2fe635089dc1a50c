"""Score conflict headlines against tests/data/conflict_headlines.yaml, the way the ucdp set is scored.

Codes every headline as its own article and prints: "is there an event" precision / recall / F1, fatalities
exact (sum of the events), location country and source country of the main event (the highest
confidence), each where the fixture states it, and every miss.
Usage: .venv/bin/python scripts/score_headlines.py [FIXTURE] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

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
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    result: dict[str, Any] = {
        "headlines": len(rows),
        "event_p": round(p, 4),
        "event_r": round(r, 4),
        "event_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }
    for key in FIELDS:
        result[key] = round(right[key] / total[key], 4) if total[key] else None
    result["misses"] = misses
    return result


def main(argv: list[str]) -> int:
    from wirecoder.article import Article
    from wirecoder.evaluation.run import eval_settings
    from wirecoder.pipeline import Pipeline

    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else FIXTURE
    from fixture_scoring import read_fixture

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
        print(f"MISS {'; '.join(m['wrong'])}: {m['text']}\n     ours {m['ours']}")
    print({k: v for k, v in result.items() if k != "misses"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score the ACLED sub-event type of news snippets against tests/data/acled_snippets.yaml.

Codes every snippet as its own article and takes its main event as an ACLED row would (the first event with
an ACLED type, as `wirecoder eval --format acled` does). Prints the support-weighted F1 of the sub-event type
over the labelled types, the share of labelled snippets that give no typed event, the share of unlabelled
snippets (sub: null) that give one, and every miss. A row without a ``sub`` key is not scored for it; a row's
optional ``plover`` (types any event must have; [] = no event) and ``killed`` (the main event's fatalities) are
scored where given.
Usage: .venv/bin/python scripts/score_acled_snippets.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import PUBLISHED, fixture_path, pipeline, read_fixture, report  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "acled_snippets.yaml"
NONE = "(none)"


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    """Support-weighted F1 over the gold labels (not NONE) of (gold, ours) pairs; a NONE gold row that we
    type counts against the precision of the type we gave."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, ours in pairs:
        if gold == ours:
            tp[gold] += 1
            continue
        fn[gold] += 1
        fp[ours] += 1
    support = Counter(g for g, _ in pairs if g != NONE)
    total = sum(support.values())
    out = 0.0
    for label, n in support.items():
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        out += n * (2 * p * r / (p + r) if p + r else 0.0)
    return out / total if total else 0.0


def extras(rows: list[dict[str, Any]], found: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """PLOVER-type and fatalities hits of the rows that give them, with their misses."""
    out: dict[str, Any] = {}
    misses: list[dict[str, Any]] = []
    for key in ("plover", "killed"):
        scored = [(row, got) for row, got in zip(rows, found, strict=True) if key in row]
        if not scored:
            continue
        right = 0
        for row, got in scored:
            want, ours = row[key], got[key]
            ok = (set(want) & set(ours) if want else not ours) if key == "plover" else want == (ours or 0)
            right += bool(ok)
            if not ok:
                misses.append({"text": row["text"], "want": f"{key} {want}", "ours": f"{key} {ours}"})
        out[f"{key}_accuracy"] = round(right / len(scored), 4)
    return out, misses


def score(rows: list[dict[str, Any]], subs: list[str], found: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Weighted F1, event type accuracy, no-event share and false-event share (and, where the rows give them,
    PLOVER type and fatalities accuracy), with the misses."""
    kept = [(row, ours) for row, ours in zip(rows, subs, strict=True) if "sub" in row]
    pairs = [(row.get("sub") or NONE, ours) for row, ours in kept]
    labelled = [(g, o) for g, o in pairs if g != NONE]
    negatives = [(g, o) for g, o in pairs if g == NONE]
    misses = [
        {"text": row["text"], "want": g, "ours": o} for (row, _), (g, o) in zip(kept, pairs, strict=True) if g != o
    ]
    more, more_misses = extras(rows, found) if found is not None else ({}, [])
    return {
        "snippets": len(rows),
        "weighted_f1": round(weighted_f1(pairs), 4),
        "sub_accuracy": round(sum(g == o for g, o in labelled) / len(labelled), 4) if labelled else None,
        "no_event_share": round(sum(o == NONE for _, o in labelled) / len(labelled), 4) if labelled else None,
        "false_event_share": round(sum(o != NONE for _, o in negatives) / len(negatives), 4) if negatives else None,
        **more,
        "misses": misses + more_misses,
    }


def main(argv: list[str]) -> int:
    from wirecoder.article import Article
    from wirecoder.evaluation.acled import main_event

    rows = read_fixture(fixture_path(argv, FIXTURE))
    if rows is None:
        return 2
    run = pipeline()
    subs, found = [], []
    for r in rows:
        events = run(Article(raw=r["text"], source="fixture", published=PUBLISHED)).events
        main = main_event(events)
        subs.append(main.acled["sub_event_type"] if main is not None else NONE)
        first = main if main is not None else (events[0] if events else None)
        plover = [(e.plover or {}).get("type") for e in events]
        found.append({"plover": plover, "killed": first.fatalities if first is not None else None})
    return report(score(rows, subs, found), argv, lambda m: f"MISS want {m['want']!r} ours {m['ours']!r}: {m['text']}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Score short attack summaries: is the perpetrator the main attack's source, and is the toll within 10 %.

Reads a YAML list of ``{text, perp, killed}`` (tests/data/attack_summaries.yaml by default), codes each
summary as one article and prints: the share of summaries naming a perpetrator whose main violent event
has it as source (its text or name), the share of summaries naming none whose source names no one
(none, "gunmen", a generic "Country (sector)" actor), where a row gives ``country`` the share whose
named perpetrator has that country, and the share whose fatalities (every death the summary reports, attackers included) are within
10 % of ``killed``: for the main event, for the summary's distinct counts together, and for the sum of
its events' fatalities (what a user adding up the events gets).
Usage: .venv/bin/python scripts/score_attack_summaries.py [FIXTURE] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import code_sentences, fixture_path, read_fixture  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "attack_summaries.yaml"


def within(ours: int | None, want: int) -> bool:
    """Within 10 % of ``want`` (exact when ``want`` is 0; no figure counts as 0)."""
    return abs((ours or 0) - want) <= 0.1 * want


def score_one(row: dict[str, Any], events: list[Any]) -> dict[str, Any]:
    """One summary's main attack, its source and its tolls against the row."""
    from wirecoder.coding.affiliation import named
    from wirecoder.coding.main_event import is_violent, main_event
    from wirecoder.evaluation.acled import note_fatalities

    violent = [e for e in events if is_violent(e)]
    main = main_event(violent) or main_event(events)
    src = main.source if main is not None else None
    said = " / ".join(x for x in ((src.text or "", src.name or "") if src else ()) if x)
    perp = row.get("perp")
    perp_ok = perp.lower() in said.lower() if perp else not named(src)
    main_toll = (main.fatalities if main is not None else None) or 0
    all_toll = note_fatalities(violent)
    sum_toll = sum(int(e.fatalities or 0) for e in events)  # what a user summing the events gets
    country = row.get("country")  # the perpetrator's country, where the text gives it
    return {
        "perp_ok": perp_ok,
        "country_ok": None if not country else bool(perp_ok and src is not None and src.country == country),
        "main_ok": within(main_toll, row["killed"]),
        "all_ok": within(all_toll, row["killed"]),
        "sum_ok": within(sum_toll, row["killed"]),
        "line": f"perp {perp!r} ours {said!r} | killed {row['killed']} main {main_toll} all {all_toll} sum {sum_toll}",
    }


def main(argv: list[str]) -> int:
    rows = read_fixture(fixture_path(argv, FIXTURE))
    if rows is None:
        return 2
    results = [
        score_one(row, events) for row, events in zip(rows, code_sentences([r["text"] for r in rows]), strict=True)
    ]
    named = [r for row, r in zip(rows, results, strict=True) if row.get("perp")]
    unnamed = [r for row, r in zip(rows, results, strict=True) if not row.get("perp")]
    placed = [r["country_ok"] for r in results if r["country_ok"] is not None]
    total = {
        "summaries": len(rows),
        "perpetrator_source": round(sum(r["perp_ok"] for r in named) / len(named), 3) if named else None,
        "no_false_perpetrator": round(sum(r["perp_ok"] for r in unnamed) / len(unnamed), 3) if unnamed else None,
        "perpetrator_country": round(sum(placed) / len(placed), 3) if placed else None,
        "fatalities_main_10pct": round(sum(r["main_ok"] for r in results) / len(rows), 3),
        "fatalities_all_10pct": round(sum(r["all_ok"] for r in results) / len(rows), 3),
        "fatalities_sum_10pct": round(sum(r["sum_ok"] for r in results) / len(rows), 3),
    }
    if "--json" in argv:
        print(json.dumps(total, indent=1))
        return 0
    for row, r in zip(rows, results, strict=True):
        if not (r["perp_ok"] and r["main_ok"] and r["all_ok"] and r["sum_ok"]):
            print(f"MISS {r['line']}\n     {row['text']}")
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

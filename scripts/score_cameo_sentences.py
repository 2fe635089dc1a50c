"""Score the main event of CAMEO-style sentences with its source and target countries.

Builds on scripts/score_main_events.py (root accuracy, event presence, source / target words) and adds the
main event's source and target country where a row names one (``src_cc`` / ``tgt_cc``: ISO3, or null for no
country).
Usage: .venv/bin/python scripts/score_cameo_sentences.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import pair_miss_line, run_sentences  # noqa: E402
from score_main_events import score as score_main  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "cameo_sentences_r12.yaml"


def _country(actor: Any) -> str | None:
    return actor.country if actor is not None else None


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """score_main_events's result plus source / target country accuracy, with the country misses."""
    result = score_main(rows, coded)
    counts = {"src_cc": [0, 0], "tgt_cc": [0, 0]}
    for row, events in zip(rows, coded, strict=True):
        main = events[0] if events else None
        for key, side in (("src_cc", "source"), ("tgt_cc", "target")):
            if key not in row:
                continue
            got = _country(getattr(main, side)) if main is not None else None
            counts[key][1] += 1
            counts[key][0] += got == row[key]
            if got != row[key]:
                result["misses"].append(
                    {"text": row["text"], "want": f"{key} {row[key]}", "source": None, "target": None, "ours": [got]}
                )
    for key, (ok, total) in counts.items():
        result[f"{key}_accuracy"] = round(ok / total, 4) if total else None
    return result


def main(argv: list[str]) -> int:
    return run_sentences(argv, FIXTURE, score, pair_miss_line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""What the scripts that score a composed fixture share: reading it, coding its sentences, P/R/F1, the report.

Each ``score_*.py`` script puts this folder on ``sys.path`` before importing it, so it also imports when a
test loads the script from its file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

PUBLISHED = "2024-05-20"
Result = dict[str, Any]


def read_fixture(path: Path) -> Any | None:
    """The fixture's YAML, or None after one line on stderr naming the file and the problem."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{path}: cannot read the fixture ({exc})", file=sys.stderr)
        return None


def fixture_path(argv: list[str], default: Path) -> Path:
    """The first argument that is not an option, else the script's own fixture."""
    args = [a for a in argv if not a.startswith("--")]
    return Path(args[0]) if args else default


def presence(prefix: str, tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 of "is there one", rounded, under ``<prefix>_p/_r/_f1``."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_p": round(p, 4), f"{prefix}_r": round(r, 4), f"{prefix}_f1": round(f1, 4)}


def pipeline() -> Any:
    """The pipeline `wirecoder eval` codes gold sentences with."""
    from wirecoder.evaluation.run import eval_settings
    from wirecoder.pipeline import Pipeline

    return Pipeline(eval_settings())


def code_sentences(texts: list[str], published: str | list[str] = PUBLISHED) -> list[list[Any]]:
    """The events of each text, coded as its own article published on ``published`` (one day for all, or one
    per text)."""
    from wirecoder.article import Article

    run = pipeline()
    days = [published] * len(texts) if isinstance(published, str) else published
    return [run(Article(raw=t, source="fixture", published=d)).events for t, d in zip(texts, days, strict=True)]


def report(result: Result, argv: list[str], miss_line: Callable[[dict[str, Any]], str]) -> int:
    """Print the result as JSON (``--json``) or as one line per miss and the totals; exit status 0."""
    if "--json" in argv:
        print(json.dumps(result, indent=1))
        return 0
    for miss in result["misses"]:
        print(miss_line(miss))
    print({k: v for k, v in result.items() if k != "misses"})
    return 0


def run_sentences(
    argv: list[str],
    default: Path,
    score: Callable[[list[dict[str, Any]], list[list[Any]]], Result],
    miss_line: Callable[[dict[str, Any]], str],
) -> int:
    """Read a fixture of sentence rows, code each, score and report; 2 when the fixture cannot be read."""
    rows = read_fixture(fixture_path(argv, default))
    if rows is None:
        return 2
    days = [str(r.get("published", PUBLISHED)) for r in rows]  # a row may carry its own publication day
    return report(score(rows, code_sentences([r["text"] for r in rows], days)), argv, miss_line)


def coded_reports(data: dict[str, Any]) -> list[list[Any]]:
    """The events of each report of a ``{published, reports: [{text, ...}]}`` fixture, coded on its date."""
    return code_sentences([r["text"] for r in data["reports"]], str(data.get("published", "2025-06-20")))


def pair_miss(row: dict[str, Any], want: Any, ours: list[str]) -> dict[str, Any]:
    """A miss of a row that names the expected source and target words."""
    return {"text": row["text"], "want": want, "source": row.get("source"), "target": row.get("target"), "ours": ours}


def pair_miss_line(m: dict[str, Any]) -> str:
    """How a ``pair_miss`` is printed."""
    return f"MISS want {m['want']} src {m['source']!r} tgt {m['target']!r}: {m['text']}\n     ours {m['ours']}"

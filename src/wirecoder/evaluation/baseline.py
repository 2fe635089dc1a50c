"""The quality gate's baseline (``eval_baseline.json``): a floor per gold set and metric, and gold hashes.

In the manner of trafilatura's ``tests/eval_gate.py``: ``check`` lists every metric that fell below its
floor and every gold file whose hash changed; ``build`` makes a new baseline from current scores
(floors = scores rounded down to ``step``, less ``MARGIN``), keeping a history of why floors were moved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .run import GOLD_SETS, NEWS_FORMATS, GoldSet
from .score import SetScore

BASELINE_FILE = "eval_baseline.json"
STEP = 0.01
MARGIN = 0.01  # below the rounded score: scores wobble by a few thousandths as stages are tuned


def gated(score: SetScore) -> dict[str, float]:
    """The metrics a set's floors hold: all of them for the sentence sets; F1 and accuracies for the news
    sets (wikinews-dev, ucdp), whose precision and recall trade against each other as the coder grows."""
    metrics = score.metrics()
    if score.format in NEWS_FORMATS:
        return {k: v for k, v in metrics.items() if k.endswith((".f1", ".acc"))}
    return metrics


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def floor_to(value: float, step: float = STEP) -> float:
    """``value`` rounded down to a multiple of ``step`` (0.537 -> 0.53); tiny float noise forgiven."""
    return round(math.floor(value / step + 1e-9) * step, 4)


def load(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def check(scores: Sequence[SetScore], sets: Sequence[GoldSet], baseline: dict[str, Any]) -> list[str]:
    """Everything that breaks the gate, as one line each (empty: the gate passes)."""
    problems: list[str] = []
    by_name = {s.name: s for s in scores}
    for gold in sets:
        pinned = baseline.get("gold", {}).get(gold.name)
        if pinned is None:
            problems.append(f"{gold.name}: not in the baseline; run scripts/update_eval_baseline.py")
            continue
        digest = file_sha256(gold.path)
        if digest != pinned.get("sha256"):
            problems.append(
                f"{gold.name}: gold file {gold.path} changed (sha256 {digest[:12]}…, baseline "
                f"{str(pinned.get('sha256'))[:12]}…); floors no longer apply: re-baseline with a reason"
            )
        score = by_name.get(gold.name)
        if score is None:
            continue
        for crash in score.crashed[:5]:
            problems.append(f"{gold.name}: coding crashed on {crash}")
        metrics = score.metrics()
        for metric, floor in sorted(baseline.get("floors", {}).get(gold.name, {}).items()):
            value = metrics.get(metric)
            if value is None:
                problems.append(f"{gold.name} {metric}: no longer computed (floor {floor:.2f})")
            elif value + 1e-9 < floor:
                problems.append(f"{gold.name} {metric}: {value:.4f} is below its floor {floor:.2f}")
    return problems


def build(
    scores: Sequence[SetScore],
    sets: Sequence[GoldSet],
    old: dict[str, Any] | None = None,
    reason: str | None = None,
    step: float = STEP,
) -> tuple[dict[str, Any], list[str]]:
    """A new baseline from ``scores``, and the floors it lowers relative to ``old`` ("set metric: a -> b")."""
    old = old or {}
    floors = {
        s.name: {k: max(0.0, round(floor_to(v, step) - MARGIN, 4)) for k, v in sorted(gated(s).items())} for s in scores
    }
    lowered = [
        f"{name} {metric}: {prev:.2f} -> {floors[name].get(metric, 0.0):.2f}"
        for name, metrics in old.get("floors", {}).items()
        if name in floors
        for metric, prev in metrics.items()
        if floors[name].get(metric, 0.0) < prev
    ]
    history = list(old.get("history", []))
    if reason or not history:
        history.append(
            {"date": dt.date.today().isoformat(), "reason": reason or "initial baseline", "lowered": lowered}
        )
    data = {
        "about": "Quality gate of wirecoder eval (tests/test_eval_gate.py): per gold set and metric, a floor "
        "(the score when the baseline was made, rounded down to 0.01, less 0.01), and the sha256 of each gold "
        "file. Rewrite with scripts/update_eval_baseline.py; a lowered floor needs --reason, and the "
        "commit message must say why (docs/evaluation.md).",
        "gold": {
            g.name: {
                "format": g.format,
                "path": GOLD_SETS.get(g.name, (g.format, str(g.path)))[1],
                "sha256": file_sha256(g.path),
            }
            for g in sets
        },
        "floors": floors,
        "history": history,
    }
    return data, lowered


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=False) + "\n"

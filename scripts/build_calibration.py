"""Fit the confidence calibration map on the development sets and write src/wirecoder/data/calibration/confidence.json.

Usage: python scripts/build_calibration.py [--gold ../shared/gold] [--check] [--out PATH]   (or: make calibration)

The sets are coded with the coder's raw confidence (calibration off); every scored event is labelled
"right" when its PLOVER type is among its sentence's gold types (wikinews-dev: events placed on labelled
sentences, as `wirecoder eval` scores them; plover-gsr, petr2-afp: every event of a sentence). A logistic
model over the raw confidence and the features of ``wirecoder.coding.calibration.features`` is fitted with an
L2 penalty; the penalty and the weight of the lone-sentence sets against real news are chosen from a small
grid by the mean cross-validated expected calibration error (ten bands, band midpoints) of wikinews-dev and
plover-gsr, over five folds repeated with ten splits, articles (sentences for the sentence sets) kept whole
in a fold. Reported: that ECE per set beside the raw confidence's, and what a confidence threshold buys on
wikinews-dev (out-of-fold confidences).
Deterministic: the same coder and gold give the same file. ``--check`` writes nothing and exits 1 when the
packaged map differs from the one the current coder would give (rebuild after changing the coder).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.article import Article, Event  # noqa: E402
from wirecoder.coding.calibration import DATA, features, uncalibrated  # noqa: E402
from wirecoder.errors import InputError  # noqa: E402
from wirecoder.evaluation.gold import read_gold  # noqa: E402
from wirecoder.evaluation.reliability import Reliability, expected_calibration_error  # noqa: E402
from wirecoder.evaluation.run import GOLD_SETS, eval_settings, gold_dir  # noqa: E402
from wirecoder.evaluation.wikinews import (  # noqa: E402
    WikinewsScore,
    assign,
    corpus_path,
    read_articles,
    read_labelled,
    score_sentence,
)
from wirecoder.pipeline import Pipeline  # noqa: E402

SETS = ("wikinews-dev", "plover-gsr", "petr2-afp")
FOLDS = 5
REPEATS = 10  # cross-validation repeated with ten fold splits: a few hundred events make one split noisy
L2S = (1.0, 2.0, 3.0, 5.0)  # penalty on the weights (not the bias), chosen by repeated cross-validation
LONE_WEIGHTS = (0.5, 1.0)  # weight of the lone-sentence sets against real news (wikinews-dev: 1)
THRESHOLDS = (0.5, 0.7, 0.9)


@dataclass
class Sample:
    set: str
    group: str  # article (wikinews-dev) or sentence id: kept whole within a fold
    feats: dict[str, float]
    right: bool


def _fold(group: str, repeat: int) -> int:
    key = group if repeat == 0 else f"{repeat}:{group}"
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % FOLDS


def collect(gold: Path, pipeline: Pipeline) -> tuple[list[Sample], list[tuple[object, list[Event]]]]:
    """Samples of every set, and wikinews-dev's (labelled sentence, events on it) for the threshold table."""
    samples: list[Sample] = []
    placed: list[tuple[object, list[Event]]] = []
    wn_path = gold / GOLD_SETS["wikinews-dev"][1]
    labelled = read_labelled(wn_path)
    order = list(dict.fromkeys(s.article_id for s in labelled))
    corpus = read_articles(corpus_path(wn_path), set(order))
    for aid in order:
        rec = corpus[aid]
        article = Article(
            raw=str(rec.get("text") or ""), source=aid, id=aid, title=rec.get("title"), published=rec.get("published")
        )
        try:
            article = pipeline(article)
        except InputError:
            continue
        sents = [s for s in labelled if s.article_id == aid]
        per, _ = assign(article.events, sents)
        for sent in sents:
            types = {g.get("plover") for g in sent.events}
            placed.append((sent, per[sent.sid]))
            for e in per[sent.sid]:
                samples.append(Sample("wikinews-dev", aid, features(article, e), (e.plover or {}).get("type") in types))
    for name in ("plover-gsr", "petr2-afp"):
        fmt, rel = GOLD_SETS[name]
        for item in read_gold(gold / rel, fmt):
            article = Article(raw=item.text, source=item.id, id=item.id, published=item.date)
            try:
                article = pipeline(article)
            except InputError:
                continue
            types = {c.plover for c in item.codings if c.plover}
            for e in article.events:
                samples.append(
                    Sample(name, f"{name}:{item.id}", features(article, e), (e.plover or {}).get("type") in types)
                )
    return samples, placed


def design(samples: list[Sample], names: list[str], lone: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = np.array([[s.feats.get(n, 0.0) for n in names] for s in samples], dtype=float)
    y = np.array([float(s.right) for s in samples])
    w = np.array([1.0 if s.set == "wikinews-dev" else lone for s in samples])
    return x, y, w


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Weighted logistic regression with an L2 penalty on the weights; L-BFGS from zero (deterministic)."""

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, coef = theta[0], theta[1:]
        p = 1.0 / (1.0 + np.exp(-np.clip(b + x @ coef, -30, 30)))
        eps = 1e-12
        nll = -np.sum(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        g = w * (p - y)
        grad = np.concatenate(([g.sum()], x.T @ g + 2 * l2 * coef))
        return float(nll + l2 * coef @ coef), grad

    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return float(res.x[0]), res.x[1:]


def predict(b: float, coef: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Calibrated confidence as the package gives it: clipped to [0.01, 0.99], two decimals."""
    return np.round(np.clip(1.0 / (1.0 + np.exp(-np.clip(b + x @ coef, -30, 30))), 0.01, 0.99), 2)


def cross_validate(samples: list[Sample], names: list[str], l2: float, lone: float, repeat: int) -> np.ndarray:
    """Out-of-fold calibrated confidence of every sample (articles and sentences kept whole in a fold)."""
    x, y, w = design(samples, names, lone)
    folds = np.array([_fold(s.group, repeat) for s in samples])
    out = np.zeros(len(samples))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        if test.any():
            b, coef = fit(x[train], y[train], w[train], l2)
            out[test] = predict(b, coef, x[test])
    return out


def set_eces(samples: list[Sample], conf: np.ndarray) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in SETS:
        pairs = [(float(conf[i]), s.right) for i, s in enumerate(samples) if s.set == name]
        value = expected_calibration_error(pairs)
        if value is not None:
            out[name] = value
    return out


def repeated(
    samples: list[Sample], names: list[str], l2: float, lone: float
) -> tuple[dict[str, list[float]], np.ndarray]:
    """ECE per set over the repeated fold splits, and the out-of-fold confidence of the first split."""
    eces: dict[str, list[float]] = {name: [] for name in SETS}
    first = np.zeros(len(samples))
    for r in range(REPEATS):
        oof = cross_validate(samples, names, l2, lone, r)
        if r == 0:
            first = oof
        for name, value in set_eces(samples, oof).items():
            eces[name].append(value)
    return eces, first


def threshold_table(placed: list[tuple[object, list[Event]]], conf: dict[int, float]) -> list[str]:
    """PLOVER-type precision/recall/F1 and relevance of wikinews-dev events kept at each threshold."""
    lines = [
        "| confidence ≥ | events kept | right (type in gold) | PLOVER P | PLOVER R | PLOVER F1 | relevance F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in (0.0, *THRESHOLDS):
        score = WikinewsScore("t")
        for sent, events in placed:
            score_sentence(score, sent, [e for e in events if conf[id(e)] + 1e-9 >= t], keep_errors=False)  # type: ignore[arg-type]
        n, right = score.reliability.at_threshold(0.0)
        pl, rel = score.fields["plover"], score.fields["relevance"]
        fmt = lambda v: "–" if v is None else f"{v:.2f}"  # noqa: E731
        lines.append(
            f"| {'(all)' if t == 0 else t} | {n} | {right} ({fmt(right / n if n else None)}) | {fmt(pl.precision)} "
            f"| {fmt(pl.recall)} | {fmt(pl.f1)} | {fmt(rel.f1)} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold directory (default ../shared/gold)")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "wirecoder" / "data" / Path(*DATA))
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the packaged map is stale")
    args = parser.parse_args()
    gold = args.gold or gold_dir(ROOT)
    missing = [str(gold / GOLD_SETS[s][1]) for s in SETS if not (gold / GOLD_SETS[s][1]).is_file()]
    if missing:
        print(f"gold files missing: {', '.join(missing)}", file=sys.stderr)
        return 2
    pipeline = Pipeline(eval_settings())
    with uncalibrated():
        samples, placed = collect(gold, pipeline)
    names = list(samples[0].feats) if samples else []
    print(f"{len(samples)} events ({dict(Counter(s.set for s in samples))}); {FOLDS} folds x {REPEATS} splits")
    print("l2    lone-sentence weight   mean cross-validated ECE: wikinews-dev  plover-gsr  petr2-afp")
    best: tuple[float, float, float] | None = None
    results = {}
    for l2 in L2S:
        for lone in LONE_WEIGHTS:
            eces, oof = repeated(samples, names, l2, lone)
            means = {k: float(np.mean(v)) for k, v in eces.items() if v}
            results[(l2, lone)] = (eces, oof)
            crit = (means["wikinews-dev"] + means["plover-gsr"]) / 2  # real news and the sentence set alike
            print(
                f"{l2:<5} {lone:<22} {'':24}{means['wikinews-dev']:.3f}       {means['plover-gsr']:.3f}      {means['petr2-afp']:.3f}"
            )
            if best is None or crit < best[0] - 1e-12:
                best = (crit, l2, lone)
    assert best is not None
    _, l2, lone = best
    eces, oof = results[(l2, lone)]
    x, y, w = design(samples, names, lone)
    b, coef = fit(x, y, w, l2)
    raw = np.array([s.feats["raw"] for s in samples])
    raw_eces = set_eces(samples, raw)
    report: dict[str, dict[str, float | int | None]] = {}
    print(f"\nchosen: l2 {l2}, lone-sentence weight {lone}")
    print("set            events  right   ECE raw   ECE cross-validated: mean (min-max over splits)")
    for name in SETS:
        n = sum(s.set == name for s in samples)
        right = sum(s.right for s in samples if s.set == name)
        cv = eces[name]
        report[name] = {
            "events": n,
            "right": right,
            "ece_raw": round(raw_eces.get(name, 0.0), 4),
            "ece_cv_mean": round(float(np.mean(cv)), 4),
            "ece_cv_min": round(float(np.min(cv)), 4),
            "ece_cv_max": round(float(np.max(cv)), 4),
        }
        print(
            f"{name:<14} {n:6d}  {right:5d}   {raw_eces.get(name, 0.0):7.3f}   {np.mean(cv):.3f} "
            f"({np.min(cv):.3f}-{np.max(cv):.3f})"
        )
    wn = [i for i, s in enumerate(samples) if s.set == "wikinews-dev"]
    print("\nwikinews-dev reliability, cross-validated confidence (first split):")
    print("\n".join(Reliability([(float(oof[i]), samples[i].right) for i in wn]).lines()))
    wn_events = [e for _, events in placed for e in events]
    conf = {id(e): float(oof[i]) for e, i in zip(wn_events, wn, strict=True)}
    print("\nwhat a threshold buys on wikinews-dev (cross-validated confidence, first split):")
    print("\n".join(threshold_table(placed, conf)))

    data = {
        "about": "Confidence calibration map of wirecoder.coding.calibration: a logistic model, "
        "p = 1 / (1 + exp(-(bias + sum of weight x feature))), written by scripts/build_calibration.py "
        "(make calibration). Rebuild it whenever the coder changes.",
        "right": "the event's PLOVER type is among its sentence's gold types",
        "sets": {
            name: {"path": GOLD_SETS[name][1], "weight": 1.0 if name == "wikinews-dev" else lone, **report[name]}
            for name in SETS
        },
        "folds": FOLDS,
        "repeats": REPEATS,
        "l2": l2,
        "clip": [0.01, 0.99],
        "bias": round(b, 6),
        "weights": {n: round(float(c), 6) for n, c in zip(names, coef, strict=True)},
    }
    text = json.dumps(data, indent=2) + "\n"
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            print(f"\n{args.out} is stale: rebuild it with make calibration", file=sys.stderr)
            return 1
        print(f"\n{args.out} is up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Plain-text and JSON renderings of evaluation scores (no printing here: these return strings)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .score import FIELD_LABELS, SetScore


def _num(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def score_table(score: Any) -> str:
    """A compact table: one row per field with P, R, F1 and the counts behind them (a news set: its own lines)."""
    if not isinstance(score, SetScore):
        return "\n".join(score.lines())
    head = (
        f"{score.name} ({score.format}): {score.items} sentences, {score.codings} gold codings"
        f"{f', {score.expect_none} expecting no event' if score.expect_none else ''}"
        f"{f', {score.rejected} rejected' if score.rejected else ''}"
        f"{f', {len(score.crashed)} CRASHED (a bug; see the log)' if score.crashed else ''}; coded in {score.seconds:.1f}s"
    )
    width = max(len(v) for v in FIELD_LABELS.values())
    lines = [head, f"  {'field':<{width}}     P     R    F1    tp  pred  gold"]
    for name, fs in score.fields.items():
        if fs.n_gold == 0 and fs.n_pred == 0:
            continue
        lines.append(
            f"  {FIELD_LABELS[name]:<{width}}  {_num(fs.precision)}  {_num(fs.recall)}  {_num(fs.f1)}"
            f"  {fs.tp:4d}  {fs.n_pred:4d}  {fs.n_gold:4d}"
        )
    if score.format.startswith("petr"):
        pct = 100 * score.reproduced / score.expected if score.expected else 0.0
        lines.append(
            f"  reproduced exactly (CAMEO code, source, target; or no event when none expected): "
            f"{score.reproduced}/{score.expected} ({pct:.1f}%)"
        )
    return "\n".join(lines)


def confusion_table(score: SetScore) -> str:
    """Gold PLOVER type (rows) x predicted PLOVER type (columns); '(none)' = missed or spurious."""
    rows = sorted({g for g, _ in score.confusion}, key=lambda t: (t.startswith("("), t))
    cols = sorted({p for _, p in score.confusion}, key=lambda t: (t.startswith("("), t))
    if not rows:
        return f"{score.name}: no events on either side"
    abbrev = {c: c[:6] for c in cols}
    width = max(len(r) for r in rows)
    lines = [
        f"{score.name}: confusion (rows gold PLOVER type, columns predicted)",
        " " * (width + 2) + " ".join(f"{abbrev[c]:>6}" for c in cols),
    ]
    for r in rows:
        cells = " ".join(f"{score.confusion.get((r, c), 0) or '.':>6}" for c in cols)
        lines.append(f"  {r:<{width}}{cells}")
    return "\n".join(lines)


def _coding(c: dict) -> str:
    return f"{c.get('source') or '-'} -> {c.get('target') or '-'}  {c.get('cameo') or '-'} {c.get('plover') or '-'}"


def errors_text(score: SetScore, limit: int | None = None) -> str:
    """Each sentence where we differ from gold: the sentence, the gold codings and ours."""
    out = [f"{score.name}: {len(score.errors)} sentences with mismatches"]
    for err in score.errors[:limit]:
        out.append(f"- {err['id']}: {err['text']}")
        gold = err["gold"] or []
        out += [f"    gold: {_coding(g)}" for g in gold]
        if err["expect_none"]:
            out.append("    gold: (no event)")
        out += [f"    ours: {_coding(p)}" for p in err["predicted"]] or ["    ours: (no event)"]
    return "\n".join(out)


def markdown_table(scores: Sequence[SetScore]) -> str:
    """One Markdown table of F1 per field and set (and PETRARCH's "reproduced"), for README and docs."""
    fields = [f for f in FIELD_LABELS if any(s.fields[f].f1 is not None for s in scores)]
    head = "| field | " + " | ".join(s.name for s in scores) + " |"
    lines = [head, "|---|" + "---|" * len(scores)]
    for f in fields:
        cells = [_num(s.fields[f].f1).strip() if s.fields[f].f1 is not None else "–" for s in scores]
        lines.append(f"| {FIELD_LABELS[f]} F1 | " + " | ".join(cells) + " |")
    cells = [
        f"{s.reproduced}/{s.expected} ({100 * s.reproduced / s.expected:.1f}%)"
        if s.format.startswith("petr") and s.expected
        else "–"
        for s in scores
    ]
    lines.append("| reproduced exactly | " + " | ".join(cells) + " |")
    return "\n".join(lines)


NEWS_LABELS = {
    "relevance.p": "relevance precision (sentence has an event)",
    "relevance.r": "relevance recall",
    "relevance.f1": "relevance F1",
    "plover.f1": "PLOVER type F1",
    "acled.f1": "ACLED event type F1",
    "event.f1": "whole event (type, source country, target country) F1",
    "source_country.acc": "source country (events paired by type)",
    "target_country.acc": "target country (paired)",
    "location_country.acc": "location country (paired; ucdp: main event)",
    "date.acc": "date exact (paired)",
    "fatalities.acc": "fatalities exact (ASSAULT with a toll; ucdp: count-matching headlines)",
    "found.acc": "headlines with an event",
    "found_counted.acc": "headlines with an event (count-matching headlines)",
    "location_counted.acc": "location country of the main event (count-matching headlines)",
    "side_a_country.acc": "side A country = main event's source (governments)",
    "side_a_ged.acc": "side A country = main event's GED side A (governments)",
}


def _ece_cell(score: Any) -> str:
    reliability = getattr(score, "reliability", None)
    ece = reliability.ece() if reliability is not None else None
    return "–" if ece is None else f"{ece:.3f}"


def news_markdown_table(scores: Sequence[Any]) -> str:
    """One Markdown table of the wikinews-dev and ucdp measures (a row per measure, a column per set)."""
    present = {k for s in scores for k in s.metrics()}
    lines = ["| measure | " + " | ".join(s.name for s in scores) + " |", "|---|" + "---|" * len(scores)]
    for key, label in NEWS_LABELS.items():
        if key in present:
            cells = [f"{v:.2f}" if (v := s.metrics().get(key)) is not None else "–" for s in scores]
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    if any(_ece_cell(s) != "–" for s in scores):
        lines.append("| confidence: calibration error (ECE) | " + " | ".join(_ece_cell(s) for s in scores) + " |")
    return "\n".join(lines)


def render_text(scores: Sequence[Any], errors: bool = False, confusion: bool = True) -> str:
    parts: list[str] = []
    for s in scores:
        if not isinstance(s, SetScore):
            parts.append("\n".join(s.lines(errors=errors)))
            continue
        parts.append(score_table(s) + "\n" + "\n".join(s.reliability.lines()))
        if confusion:
            parts.append(confusion_table(s))
        if errors:
            parts.append(errors_text(s))
    return "\n\n".join(parts)


def render_markdown(scores: Sequence[Any]) -> str:
    """The sentence sets' F1 table, then the news sets' table (whichever are present)."""
    sentence = [s for s in scores if isinstance(s, SetScore)]
    news = [s for s in scores if not isinstance(s, SetScore)]
    parts = []
    if sentence:
        ece_row = "| confidence: calibration error (ECE) | " + " | ".join(_ece_cell(s) for s in sentence) + " |"
        parts.append(markdown_table(sentence) + "\n" + ece_row)
    if news:
        parts.append(news_markdown_table(news))
    return "\n\n".join(parts)


def render_json(scores: Sequence[Any], errors: bool = False) -> str:
    return json.dumps({"sets": [s.as_dict(with_errors=errors) for s in scores]}, indent=2, ensure_ascii=False)

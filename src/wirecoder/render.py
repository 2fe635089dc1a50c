"""Output formats for coded articles: a readable table (rich) and JSON Lines (the event record)."""

from __future__ import annotations

import json
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .article import Article


def to_jsonl(article: Article, stream: IO[str], include_text: bool = False) -> None:
    """One JSON object per article (DESIGN.md's record), on one line."""
    stream.write(json.dumps(article.to_dict(include_text=include_text), ensure_ascii=False) + "\n")


def _who(p: Any) -> str:
    if p is None:
        return "—"
    label = p.name or p.text
    code = p.cameo or "/".join(x for x in (p.country, p.sector) if x)
    return f"{label} [{code}]" if code else label


def _flags(e: Any) -> str:
    return ",".join(f for f in ("negated", "hypothetical", "future") if getattr(e, f))


def _amounts(e: Any) -> str:
    parts = []
    if e.fatalities is not None:
        parts.append(f"killed {e.fatalities}")
    for q in e.quantities:
        if q.kind in ("killed", "dead") and e.fatalities is not None:
            continue
        approx = f"{q.approx} " if q.approx else ""
        value = "" if q.value is None else (f"{q.value:,.0f}" if isinstance(q.value, (int, float)) else str(q.value))
        unit = f" {q.unit}" if q.unit else ""
        parts.append(f"{q.kind}: {approx}{value}{unit}".strip())
    return "; ".join(parts)


def render_table(article: Article, console: Console) -> None:
    """A human-readable view of one coded article: header, events, quotes."""
    published = article.published or "unknown"
    if article.published_from == "inferred":
        published += " (inferred from the text)"
    console.print(f"[bold]{article.title or article.source}[/bold]")
    console.print(
        f"source: {article.source}  id: {article.id}  published: {published}"
        + (f"  dateline: {article.dateline}" if article.dateline else "")
    )
    if article.removed:
        console.print(f"removed as boilerplate: {len(article.removed)} piece(s) ({', '.join(sorted({r.reason for r in article.removed}))})")
    for w in article.warnings:
        console.print(f"[yellow]note:[/yellow] {w}")

    events = Table(title=f"{len(article.events)} events", show_lines=False, expand=True)
    for col, kw in (
        ("#", {"justify": "right", "no_wrap": True}),
        ("date", {"no_wrap": True}),
        ("source", {}),
        ("event", {}),
        ("target", {}),
        ("amounts", {}),
        ("evidence", {"ratio": 3}),
    ):
        events.add_column(col, **kw)
    for i, e in enumerate(article.events, 1):
        code = f"{e.cameo.get('code')} {e.cameo.get('name') or ''}".strip()
        plover = e.plover.get("type") or ""
        if e.plover.get("mode"):
            plover += f"/{e.plover['mode']}"
        flags = _flags(e)
        event_text = f"{code}\n{plover}" + (f"\n[{flags}]" if flags else "")
        date = f"{e.date or '—'}" + (f" ({e.date_precision})" if e.date_precision and e.date_precision != "day" else "")
        snippet = e.evidence.get("sentence", "")
        if len(snippet) > 160:
            snippet = snippet[:157] + "…"
        events.add_row(str(i), date, _who(e.source), event_text, _who(e.target), _amounts(e), snippet)
    console.print(events)

    quotes = Table(title=f"{len(article.quotes)} quotes", expand=True)
    quotes.add_column("#", justify="right", no_wrap=True)
    quotes.add_column("speaker")
    quotes.add_column("verb", no_wrap=True)
    quotes.add_column("quote", ratio=3)
    for i, q in enumerate(article.quotes, 1):
        text = q.text if len(q.text) <= 200 else q.text[:197] + "…"
        quotes.add_row(str(i), _who(q.speaker), q.verb or "", f"“{text}”")
    console.print(quotes)

"""Output formats for coded articles: a readable table (rich) and JSON Lines (the event record)."""

from __future__ import annotations

import json
from typing import IO, Any

from rich.console import Console
from rich.markup import escape

from ..article import Article


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
    """A human-readable view of one coded article: header, then one block per event, then quotes.

    Blocks rather than a wide table, so that it reads well in an 80-column terminal and in a pipe.
    """
    published = article.published or "unknown"
    if article.published_from == "inferred":
        published += " (inferred from the text)"
    console.print(f"[bold]{escape(article.title or article.source)}[/bold]")
    console.print(
        f"source: {escape(article.source)}  id: {article.id}  published: {published}"
        + (f"  dateline: {escape(article.dateline)}" if article.dateline else "")
    )
    if article.removed:
        reasons = ", ".join(sorted({r.reason for r in article.removed}))
        console.print(f"removed as boilerplate: {len(article.removed)} piece(s) ({reasons})")
    for w in article.warnings:
        console.print(f"[yellow]note:[/yellow] {escape(w)}")

    console.rule(f"{len(article.events)} events")
    for i, e in enumerate(article.events, 1):
        notes = [p for p in (e.date_precision if e.date_precision != "day" else None,) if p]
        notes += ["approx."] if e.date_approximate else []
        date = f"{e.date or 'undated'}" + (f" ({', '.join(notes)})" if notes else "")
        console.print(f"[bold]{i:>2}[/bold]  {date}  {escape(_who(e.source))} → {escape(_who(e.target))}")
        plover = e.plover.get("type") or "—"
        if e.plover.get("mode"):
            plover += f"/{e.plover['mode']}"
        acled = e.acled.get("sub_event_type") or e.acled.get("event_type")
        line = f"CAMEO {e.cameo.get('code')} {e.cameo.get('name') or ''} · PLOVER {plover}"
        if acled:
            line += f" · ACLED {acled}"
        line += f" · Goldstein {e.cameo.get('goldstein')} · confidence {e.confidence:.2f}"
        console.print("    " + escape(line))
        extras = [x for x in (_amounts(e), _flags(e)) if x]
        if e.location and e.location.get("name"):
            extras.append(f"at {e.location['name']}")
        if e.reported_by is not None:
            extras.append(f"reported by {_who(e.reported_by)}")
        if extras:
            console.print("    " + escape(" · ".join(extras)))
        snippet = " ".join(e.evidence.get("sentence", "").split())
        if len(snippet) > 220:
            snippet = snippet[:217] + "…"
        console.print(f"    [dim]“{escape(snippet)}” [chars {e.evidence.get('start')}–{e.evidence.get('end')}][/dim]")

    console.rule(f"{len(article.quotes)} quotes")
    for i, q in enumerate(article.quotes, 1):
        text = " ".join(q.text.split())
        if len(text) > 220:
            text = text[:217] + "…"
        console.print(
            f"[bold]{i:>2}[/bold]  {escape(_who(q.speaker))} ({escape(q.verb or 'said')}, {q.date or 'undated'}):"
        )
        console.print(f"    “{escape(text)}”")

"""Cut an article's text into segments so the page can mark event evidence and quotes.

The template escapes each segment's text; nothing here builds HTML, so article text can never become
markup however it was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass
class Segment:
    """A stretch of text covered by the same evidence spans and quotes."""

    text: str
    start: int
    events: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # element ids that start in this segment
    selected: bool = False

    @property
    def marked(self) -> bool:
        return bool(self.events or self.quotes)

    @property
    def classes(self) -> str:
        names = []
        if self.events:
            names.append("evidence")
        if self.quotes:
            names.append("quote")
        if self.selected:
            names.append("selected")
        return " ".join(names)


def _span(record: dict[str, Any], key: str | None, length: int) -> tuple[int, int] | None:
    """The (start, end) of a record (or of its ``key`` sub-dict), clipped to the text; None if unusable."""
    holder = record.get(key) if key else record
    if not isinstance(holder, dict):
        return None
    start, end = holder.get("start"), holder.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def segments(
    text: str,
    events: list[dict[str, Any]],
    quotes: list[dict[str, Any]] | None = None,
    selected: str | None = None,
) -> list[Segment]:
    """Split ``text`` at every evidence and quote boundary; each piece knows what covers it."""
    spans: list[tuple[int, int, str, str]] = []  # (start, end, kind, id)
    for e in events:
        span = _span(e, "evidence", len(text))
        if span and e.get("id"):
            spans.append((*span, "event", str(e["id"])))
    for q in quotes or []:
        span = _span(q, None, len(text))
        if span and q.get("id"):
            spans.append((*span, "quote", str(q["id"])))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        seg = Segment(text[a:b], a)
        for start, end, kind, ident in spans:
            if start <= a and b <= end:
                (seg.events if kind == "event" else seg.quotes).append(ident)
                if start == a:
                    seg.anchors.append(("ev-" if kind == "event" else "q-") + ident)
        seg.selected = selected is not None and selected in seg.events
        out.append(seg)
    return out

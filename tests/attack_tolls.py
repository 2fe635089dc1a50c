"""Helpers of the attack-summary and toll tests: code a composed text as an article published on a given day, and
read its main violent event's toll, the sum of all its events' tolls, and the main event's source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wirecoder.article import Article
from wirecoder.coding.main_event import is_violent, main_event


def toll_helpers(published: str) -> tuple[Callable[..., Any], ...]:
    """``(events, main, dead, total, source)`` for texts published on ``published``, each called as
    ``f(short, text)`` with the ``short`` pipeline fixture."""

    def events(short: Any, text: str) -> list[Any]:
        return short(Article(raw=text, source="t", published=published)).events

    def main(short: Any, text: str) -> Any:
        found = events(short, text)
        return main_event([e for e in found if is_violent(e)]) or main_event(found)

    def dead(short: Any, text: str) -> int:
        event = main(short, text)
        return int(event.fatalities or 0) if event is not None else 0

    def total(short: Any, text: str) -> int:
        return sum(int(e.fatalities or 0) for e in events(short, text))

    def source(short: Any, text: str) -> str:
        event = main(short, text)
        src = event.source if event is not None else None
        return " / ".join(x for x in ((src.text or "", src.name or "") if src else ()) if x)

    return events, main, dead, total, source

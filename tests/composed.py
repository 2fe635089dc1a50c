"""Helpers shared by the tests that code composed texts: code a text as an article published on a given day, keep
the events of the reporting week, and read an event's source and target countries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wirecoder.article import Article, Event


def coder_on(published: str, source: str = "test") -> Callable[[Any, str], list[Event]]:
    """A function ``events(short, text)`` coding ``text`` as an article of ``source`` published on ``published``,
    with the ``short`` pipeline fixture."""

    def events(short: Any, text: str) -> list[Event]:
        return short(Article(raw=text, source=source, published=published)).events

    return events


def current(evs: list[Event]) -> list[Event]:
    """The events told as happening: not background, denied or hypothetical."""
    return [e for e in evs if not (e.background or e.negated or e.hypothetical)]


def pair(e: Event) -> tuple[str | None, str | None]:
    """The event's (source country, target country)."""
    return (e.source.country if e.source else None, e.target.country if e.target else None)


def of_type(evs: list[Event], kind: str, sentence: int | None = None) -> list[Event]:
    """The events of PLOVER type ``kind``, in sentence ``sentence`` when it is given."""
    return [
        e for e in evs if (e.plover or {}).get("type") == kind and (sentence is None or e.sentence_index == sentence)
    ]


def main_sub_type(short: Any, text: str) -> str:
    """The ACLED sub-event type of the main event of ``text`` (coded by ``conftest.events_of``), or "(none)"."""
    from conftest import events_of
    from wirecoder.evaluation.acled import main_event

    main = main_event(events_of(short, text))
    return main.acled["sub_event_type"] if main is not None else "(none)"


def acled_kind(event: Event | None) -> tuple[str | None, str | None]:
    """The event's ACLED (event type, sub-event type), both None when there is no event or no ACLED type."""
    acled = (event.acled or {}) if event is not None else {}
    return acled.get("event_type"), acled.get("sub_event_type")


def main_current(events: Callable[[Any, str], list[Event]], short: Any, text: str) -> Event:
    """The first event of ``text`` told as happening (``current``), asserting there is one."""
    evs = current(events(short, text))
    assert evs, text
    return evs[0]


def main_place(short: Any, text: str, published: str = "2026-12-05") -> dict[str, Any]:
    """The location of the main event of ``text`` coded as an article published on ``published``."""
    from wirecoder.coding.main_event import main_event

    main = main_event(coder_on(published)(short, text))
    assert main is not None, text
    return main.location or {}


def km_from(loc: dict[str, Any], lat: float, lon: float) -> float:
    """Great-circle kilometres from a location record to a point."""
    from wirecoder.incidents import distance_km

    return distance_km(loc["lat"], loc["lon"], lat, lon)


def sub_types(evs: list[Event]) -> list[str | None]:
    """The ACLED sub-event types of the events told as happening."""
    return [(e.acled or {}).get("sub_event_type") for e in current(evs)]


def cameo_codes(evs: list[Event]) -> list[str | None]:
    """The CAMEO codes of the events told as happening."""
    return [e.cameo.get("code") for e in current(evs)]

"""Composed incident reports and attack summaries (tests/data/incident_reports.yaml): per report, the main
event's ACLED type and sub-type, the report's fatalities, and its source (a country, a named group, or
none). Every report was written for this test; none is taken from a labelled collection."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import names_no_doer
from wirecoder.article import Article, Event

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "incident_reports.yaml"
PUBLISHED = "2025-06-05"
REPORTS: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))["reports"]


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _source_ok(event: Event | None, report: dict[str, Any]) -> bool:
    """``source_country`` against the source's country, ``source_name`` against its name or words,
    ``no_source`` against no doer named (no source, or the unidentified armed group a short report gives)."""
    source = event.source if event else None
    if report.get("no_source"):
        return names_no_doer(source)  # nobody named: none, or the unidentified armed group of the place
    if source is None:
        return False
    if "source_country" in report:
        return source.country == report["source_country"]
    want = _key(report["source_name"])
    names = [_key(n) for n in (source.name, source.text) if n]
    return any(want in n or n in want for n in names)


def outcome(short, report: dict[str, Any]) -> dict[str, bool]:
    """Which of type, sub-type, fatalities and source the coder gets right on one report."""
    events = short(Article(raw=report["text"], source="report", published=PUBLISHED)).events
    typed = [e for e in events if (e.acled or {}).get("event_type") and not e.background]
    main = typed[0] if typed else None
    kind = main.acled["event_type"] if main else "none"
    sub = main.acled["sub_event_type"] if main else None
    return {
        "type": kind == report["type"],
        "sub": sub == report.get("sub"),
        "fatalities": sum(e.fatalities or 0 for e in typed) == report["fatalities"],
        "source": report["type"] == "none" or _source_ok(main, report),
    }


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(r, id=r["id"], marks=pytest.mark.xfail(reason=r["known_miss"], strict=True))
        if r.get("known_miss")
        else pytest.param(r, id=r["id"])
        for r in REPORTS
    ],
)
def test_incident_report(short, report):
    got = outcome(short, report)
    assert all(got.values()), got

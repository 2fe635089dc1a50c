"""A length written as a hyphenated modifier ("a 20-year prison sentence", "a three-day truce") is how long, not
when: it dates nothing, and the day told beside it does (dates/stage.py, ``_LENGTH``). Texts composed for these
tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A court sentenced the former governor to a 20-year prison sentence on Monday.", "2026-12-07"),
        ("The rebels declared a three-day truce on Friday.", "2026-12-04"),
        ("Police ended a six-month-long blockade of the port on Thursday.", "2026-12-03"),
    ],
)
def test_a_length_is_no_date(short, text, day):
    evs = short(Article(raw=text, source="test", published="2026-12-07")).events
    assert evs and all(not e.background and str(e.date) == day for e in evs)


def test_a_calendar_date_still_dates_the_event(short):
    evs = short(Article(raw="The 10-day siege ended on 3 December 2026.", source="test", published="2026-12-07")).events
    assert evs and str(evs[0].date) == "2026-12-03"

"""An act told on a holiday ("on Christmas Eve", "on Eid al-Fitr", "on Good Friday", "on the eve of Eid al-Adha")
is dated to that holiday's day (the latest one by publication, the coming one when told as to come), and an act
"at the weekend" to its Saturday, approximately. A holiday's name that names a thing ("the Good Friday Agreement",
"Christmas Island") or modifies a noun ("Eid prayers") dates nothing. The examples are composed for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from composed import coder_on, current
from wirecoder.dates.holidays import easter_sunday, holiday_spans, is_weekend, named_day

monday = coder_on("2026-12-07")


def _first(short, events, text):
    evs = [e for e in current(events(short, text)) if e.plover.get("type")]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize(
    "published, text, day",
    [
        (
            "2025-12-27",
            "Gunmen attacked a church in Benue state on Christmas Eve, killing 6 worshippers.",
            "2025-12-24",
        ),
        ("2026-01-03", "On New Year's Day, protesters blocked the main road into Cochabamba.", "2026-01-01"),
        ("2026-04-08", "Militants bombed a church in Mindanao on Easter Sunday, killing 3 people.", "2026-04-05"),
        ("2026-04-08", "Police beat marchers in Belfast on Good Friday, injuring 4.", "2026-04-03"),
        ("2026-03-24", "A suicide bomber struck a crowded market in Kunduz on Eid al-Fitr, killing 9.", "2026-03-20"),
        ("2026-05-30", "Gunmen killed two guards at a checkpoint near Arish on the eve of Eid al-Adha.", "2026-05-26"),
        (
            "2026-05-30",
            "On the first day of Eid al-Adha, troops shelled a village near Idlib, killing 4.",
            "2026-05-27",
        ),
        # a clock-time lead after the holiday, and a holiday on a participle of the object
        (
            "2025-12-27",
            "Gunmen fired on worshippers leaving a church in Kaduna on Christmas Day, killing 5.",
            "2025-12-25",
        ),
        # a day part after the holiday; a holiday in the act's clause beside the speaker's day
        ("2025-12-28", "Rebels attacked an army post in Cauca on Christmas night, killing 2 soldiers.", "2025-12-25"),
        (
            "2025-12-29",
            "Bandits raided a village in Zamfara district on Boxing Day, killing 8 people, an official said on Monday.",
            "2025-12-26",
        ),
    ],
)
def test_a_holiday_dates_the_act(short, published, text, day):
    event = _first(short, coder_on(published), text)
    assert (event.date, event.date_precision) == (day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Rival militias fought with heavy weapons in Zawiya at the weekend, killing 5 fighters.",
        "Over the weekend, gunmen killed 3 farmers near Makurdi.",
        "Troops fought with rebels holding a ridge in Rutshuru over the weekend, killing 4, the army said on Monday.",
    ],
)
def test_the_weekend_is_its_saturday_approximately(short, text):
    event = _first(short, monday, text)
    assert (event.date, event.date_precision, event.date_approximate) == ("2026-12-05", "day", True)


@pytest.mark.parametrize(
    "text, day",
    [
        # a holiday's name that is a thing's name, or a modifier of a noun, dates nothing
        (
            "On Sunday, thousands of people protested in Belfast against changes to the Good Friday Agreement.",
            "2026-12-06",
        ),
        ("Police detained 12 asylum seekers on Christmas Island on Friday.", "2026-12-04"),
        ("On Thursday, gunmen shot dead a preacher who had led Eid prayers in Kano.", "2026-12-03"),
        ("Before Christmas, troops raided a village near Gao on Wednesday.", "2026-12-02"),
        ("On Friday, gunmen shot dead 2 traders at a Christmas market in Lagos.", "2026-12-04"),
    ],
)
def test_a_holiday_name_that_dates_nothing_leaves_the_day(short, text, day):
    event = _first(short, monday, text)
    assert (event.date, event.date_approximate) == (day, False)


def test_named_day_reads_the_calendar():
    ref = date(2026, 12, 7)
    assert named_day("Christmas Eve", ref) == (date(2025, 12, 24), False)
    assert named_day("Christmas Eve", ref, future=True) == (date(2026, 12, 24), False)
    assert named_day("Eid", ref) == (date(2026, 5, 27), False)  # the latest of either Eid
    assert named_day("Good Friday", date(2026, 4, 3)) == (date(2026, 4, 3), False)
    assert named_day("the weekend", date(2026, 12, 6)) == (date(2026, 12, 5), True)
    assert named_day("last weekend", ref) == (date(2026, 12, 5), True)
    assert named_day("Eid al-Fitr", date(2031, 6, 1)) is None  # a year the table does not hold: no date
    assert named_day("Tuesday", ref) is None


def test_easter_and_spans():
    assert [easter_sunday(y) for y in (2024, 2025, 2026)] == [date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5)]
    assert holiday_spans("after the Good Friday Agreement and on Christmas Island") == []
    assert not is_weekend("weekend curfew") and is_weekend("over the weekend")

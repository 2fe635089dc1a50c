"""An act told over a stretch between two weekdays ("overnight Friday into Saturday", "from Saturday through
Monday", "between Friday and Sunday") is dated to the stretch's first day, approximately; two days told apart
("on Friday and Sunday"), a day tied to another act ("a day after") and years ("a deal signed in 2018",
"resolution 2334") are not stretches. Published Monday 7 December 2026; the examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current
from wirecoder.dates.stretches import stretch_start

events = coder_on("2026-12-07")


def _first(short, text):
    evs = [e for e in current(events(short, text)) if e.plover.get("type")]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize(
    "text, day",
    [
        ("Overnight Friday into Saturday, militants raided a village near Dori, killing 5 herders.", "2026-12-04"),
        ("Overnight Tuesday to Wednesday, drones struck a fuel depot in Kherson, killing 2 workers.", "2026-12-01"),
        (
            "Fighting raged between two militias in Zawiya from Saturday through Monday, killing 6 fighters.",
            "2026-12-05",
        ),
        ("On Saturday night into Sunday, rebels shelled the town of Kalehe, killing 2 civilians.", "2026-12-05"),
        ("Between Thursday and Saturday, troops killed 9 insurgents in Cabo Delgado.", "2026-12-03"),
        # calendar days across two months: the first day, with the year written at the end
        ("Between 27 November and 2 December 2026, clashes near Kidal killed 7 fighters.", "2026-11-27"),
        ("From 30 November to 1 December 2026, rioters burned shops in Bangui, killing 2 traders.", "2026-11-30"),
        ("Between 26 November 2026 and 1 December 2026, soldiers killed 4 militants near Diffa.", "2026-11-26"),
    ],
)
def test_a_stretch_of_weekdays_dates_its_first_day_approximately(short, text, day):
    event = _first(short, text)
    assert (event.date, event.date_precision, event.date_approximate) == (day, "day", True)


@pytest.mark.parametrize(
    "text, day",
    [
        # a day after another act: the tie moves the day, no stretch
        ("Police arrested 5 suspects in Sokoto on Friday, a day after gunmen killed a judge.", "2026-12-04"),
        ("Late on Tuesday, gunmen shot dead a trader in Jos.", "2026-12-01"),
        ("On 4 December 2026, students protested in Dhaka against a power deal signed in 2018.", "2026-12-04"),
        ("On 1 December 2026, demonstrators in Amman called for the enforcement of resolution 2334.", "2026-12-01"),
    ],
)
def test_no_stretch_keeps_the_day_exact(short, text, day):
    event = _first(short, text)
    assert (event.date, event.date_approximate) == (day, False)


def test_two_days_told_apart_are_no_stretch(short):
    event = _first(short, "On Friday and Sunday, teachers marched in Quito against pay cuts.")
    assert event.date in ("2026-12-04", "2026-12-06") and not event.date_approximate


@pytest.mark.parametrize(
    "text, first",
    [
        ("Friday into Saturday", "Friday"),
        ("overnight Friday night to Saturday", "Friday night"),
        ("between Friday and Sunday", "Friday"),
        ("Saturday through Monday", "Saturday"),
        ("between 29 November and 1 December 2026", "29 November 2026"),
        ("from 28 November 2026 to 2 December 2026", "28 November 2026"),
    ],
)
def test_stretch_start(text, first):
    assert stretch_start(text) == first


@pytest.mark.parametrize(
    "text", ["Friday and Sunday", "2018 to 2020", "29 November 2026", "Friday", "March to May", "last week"]
)
def test_no_stretch(text):
    assert stretch_start(text) is None

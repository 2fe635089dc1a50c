"""Work stoppages told with the bare word "strike" are protests (PLOVER PROTEST), a military strike stays an
attack, and a count of protests over a stretch of time is a record, no incident. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Lagos staged a strike on Thursday over unpaid overtime.",
        "Hospital nurses launched a nationwide strike on Monday.",
        "Junior doctors began an indefinite strike in the capital on Tuesday.",
        "A strike by port workers halted shipping in Valparaíso for a third day.",
        "The miners' strike entered its second week on Friday.",
    ],
)
def test_work_stoppage_is_a_protest(short, text: str) -> None:
    types = _types(_code(short, text))
    assert "PROTEST" in types and "ASSAULT" not in types, (text, types)


@pytest.mark.parametrize(
    "text",
    [
        "The air force launched a retaliatory strike on rebel positions near Goma.",
        "A drone strike killed two militants in North Waziristan on Sunday.",
        "A strike on a fuel depot near Kherson killed three people overnight.",
        "Israel launched a strike on a weapons store outside Damascus.",
    ],
)
def test_military_strike_stays_an_attack(short, text: str) -> None:
    types = _types(_code(short, text))
    assert "ASSAULT" in types and "PROTEST" not in types, (text, types)


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice before half-time.",
        "The teachers' union has held four strikes since 2022.",
        "Farmers have staged three protests since March over fuel prices.",
    ],
)
def test_no_strike_event(short, text: str) -> None:
    types = _types(_code(short, text))
    assert "PROTEST" not in types and "ASSAULT" not in types, (text, types)


def test_announced_stoppage_is_no_attack(short) -> None:
    types = _types(_code(short, "Postal workers will strike on Wednesday, their union said."))
    assert types and "ASSAULT" not in types  # a protest announced: a threat to protest (133)


def test_declared_result_is_no_support(short) -> None:
    assert "SUPPORT" not in _types(_code(short, "The election board declared the governor the winner on Monday."))
    assert "SUPPORT" in _types(_code(short, "The prime minister praised the winner of the vote."))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Dockworkers in Rotterdam stopped work for a second day in an indefinite strike over pensions.",
            "Dockworkers",
        ),
        ("Teachers staged a 48-hour strike over unpaid wages in Lagos.", "Teachers"),
        ("Bakers in Tunis began a three-day strike over flour prices.", "Bakers"),
    ],
)
def test_one_stoppage_is_one_event_held_by_its_strikers(short, text: str, source: str) -> None:
    # the clause verb and the noun tell one stoppage; a duration ("48-hour") is never the striker
    events = [e for e in _code(short, text) if e.plover["type"] == "PROTEST"]
    assert len(events) == 1 and events[0].source is not None and source in events[0].source.text, (text, events)

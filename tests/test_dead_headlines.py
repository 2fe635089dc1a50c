"""Deaths a headline tells with "dead" and no violent word (coding/dead_headlines.py): a fighter, soldier or
policeman said dead is a killing, with its toll; an obituary ("veteran actor dead at 91", "former minister
dead after illness") is no event. Every headline here was written for this test."""

from __future__ import annotations

import pytest

from composed import coder_on

pytestmark = pytest.mark.slow


_events = coder_on("2024-05-11")


@pytest.mark.parametrize(
    ("headline", "toll"),
    [
        ("Senior Shabaab commander dead in southern Somalia", 1),
        ("Rebel commander dead in Ituri, army says", 1),
        ("Raid on hideout foiled, 3 gunmen dead", 3),
        ("Siege of Kabul hotel ends with three attackers dead: police", 3),
        ("Two soldiers dead in Tillaberi", 2),
        ("Prison break in Kandahar ends with four guards dead", 4),
    ],
)
def test_combatants_dead_is_a_killing(short, headline: str, toll: int) -> None:
    events = _events(short, headline)
    assert any(e.cameo["code"].startswith(("18", "19")) for e in events), headline
    assert sum(int(e.fatalities or 0) for e in events) == toll, headline


@pytest.mark.parametrize(
    "headline",
    [
        "Veteran actor dead at 91",
        "Former minister dead after long illness",
        "Singer found dead at home",
        "Dead batteries blamed for alarm failure",
        "Retired general dead at 88",
    ],
)
def test_obituaries_are_no_event(short, headline: str) -> None:
    assert not _events(short, headline), headline


@pytest.mark.parametrize(
    ("headline", "toll"),
    [
        ("Police claim killing of two bombers in Mogadishu", 2),
        ("Army confirms killing of 14 bandits in Zamfara", 14),
        ("Four die, six hurt by Thai shelling in border village", 4),
        ("Two die, five injured in Israeli strike on Rafah", 2),
    ],
)
def test_headline_tolls_told_by_killing_of_or_die(short, headline: str, toll: int) -> None:
    events = _events(short, headline)
    assert events, headline
    assert sum(int(e.fatalities or 0) for e in events) == toll, headline


def test_die_as_a_noun_is_no_toll(short) -> None:
    events = _events(short, "Four die casts seized at border, customs says")
    assert sum(int(e.fatalities or 0) for e in events) == 0


@pytest.mark.parametrize(
    "headline",
    ["Two suspected militants held in Quetta", "Three alleged smugglers held in Chaman raid", "Cleric held in Kano"],
)
def test_people_held_are_arrested_not_arresting(short, headline: str) -> None:
    events = _events(short, headline)
    assert any(e.cameo["code"].startswith("17") for e in events), headline
    assert all(e.source is None for e in events), headline


@pytest.mark.parametrize(
    "headline",
    ["Peace talks held in Doha", "Elders held in high regard in tribal areas", "Company shares held steady"],
)
def test_things_held_are_no_arrest(short, headline: str) -> None:
    assert not any(e.cameo["code"].startswith("17") for e in _events(short, headline)), headline

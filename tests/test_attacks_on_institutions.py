"""An attack on a court, a judge or a settlement told as force stays an attack: a verb of attack whose object is
also a word of decisions ("the court") is criticism only when no harm is told with it and its doer is no armed
or violent group; "a settlement" is a place attacked far more often than a deal, and is no such word. The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-05-08")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants attacked a court in Peshawar, killing four people.", 4),
        ("Gunmen attacked a judge in Quetta, wounding him.", None),
        ("Armed men attacked the district court in Kandahar.", None),
        ("The court was attacked by militants in Swat.", None),
        ("Raiders attacked a herders' settlement near Bor in Jonglei, shooting dead three farmers.", 3),
    ],
)
def test_an_attack_told_as_force_stays_an_attack(short, text: str, dead: int | None) -> None:
    attacks = of_type(current(events(short, text)), "ASSAULT")
    assert attacks, text
    assert attacks[0].fatalities == dead


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader attacked the court over its ruling.",
        "The senator attacked the deal reached with the drug companies.",
        "The minister launched a scathing attack on the pay offer.",
    ],
)
def test_words_against_a_court_or_a_deal_are_no_attack(short, text: str) -> None:
    assert of_type(current(events(short, text)), "ASSAULT") == []

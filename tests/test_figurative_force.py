"""Verbs of force said of bills, plans and games hurt no one (coding/combine/figurative_force.py); the same
verbs said of people and places stay attacks. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder import Article


def _force(pipeline, text: str) -> list[str]:
    art = pipeline(Article(raw=text, source="t", id="fig", published="2025-04-07"))
    return [e.cameo["code"] for e in art.events if e.cameo["code"][:2] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    "text",
    [
        "The upper house killed the pension bill on Wednesday, ending a year of debate.",
        "A row over fishing quotas sank the trade deal between Norway and the bloc.",
        "Opposition senators torpedoed the president's reform plan in a late-night vote.",
        "Galatasaray stormed to a 3-0 victory over Fenerbahce in Istanbul on Sunday.",
        "The Kenyan runner swept to the title in the final lap in Eugene.",
    ],
)
def test_force_said_of_a_thing_or_a_game_is_no_attack(short, text):
    assert _force(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a police post in Tillaberi on Sunday, killing four officers.",
        "Gunmen killed a local councillor outside his home in Culiacan on Friday.",
        "Al-Shabaab fighters stormed a hotel in Kismayo on Saturday, the police said.",
    ],
)
def test_the_same_verbs_said_of_people_and_places_stay_attacks(short, text):
    assert _force(short, text) != []

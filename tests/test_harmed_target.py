"""The one hurt in, or surviving, an attack told again is that retelling's target (coding/harmed_target.py), on
short stories written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

_events = coder_on("2025-03-10")


def _retold(short, text: str):
    return [e for e in _events(short, text) if e.pattern and "aftermath" in e.pattern]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A grenade went off at a market in Mombasa on Friday. Governor Njoroge was injured in the blast.", "Njoroge"),
        ("Militants ambushed a convoy near Bannu on Monday. Colonel Aslam suffered wounds in the attack.", "Aslam"),
        ("A roadside bomb hit a patrol near Kirkuk on Sunday. Captain Haddad escaped the blast unhurt.", "Haddad"),
    ],
)
def test_the_harmed_is_the_target(short, text, target):
    retold = _retold(short, text)
    assert retold and retold[0].target is not None and target in (retold[0].target.text or "")


@pytest.mark.slow
def test_a_retelling_with_no_one_hurt_keeps_no_target(short):
    retold = _retold(short, "A car bomb exploded in Kabul on Tuesday. The blast shattered windows across the street.")
    assert all(e.target is None for e in retold)


@pytest.mark.slow
def test_an_attack_noun_of_its_own_takes_the_harmed_as_target(short):
    events = _events(short, "Mayor Otieno suffered wounds in an attack by Shabaab gunmen near Garissa on Friday.")
    attacks = [e for e in events if (e.plover or {}).get("type") == "ASSAULT"]
    assert attacks and attacks[0].target is not None and "Otieno" in (attacks[0].target.text or "")


@pytest.mark.slow
def test_a_lost_vote_is_no_target_of_an_attack(short):
    assert _events(short, "The mayor suffered a defeat in the council vote on Friday.") == []

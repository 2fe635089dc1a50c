"""Round 39 on attack summaries: an attack noun whose end is told with its dead ("The attack ended with 16 miners
dead") gives the attack that toll, and the attacked side's losses ("Police lost three officers", "the army lost
nine soldiers when rebels overran a base") are the toll of an attack told without one. Every sentence here was
written for these tests (none is from a dataset); each rule has look-alikes that must give no toll."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-11-20")


# an attack noun told with its end and its dead


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 2 October 2026, gunmen raided a cattle market in Mopti, Mali. The raid ended with 13 herders dead.", 13),
        (
            "On 5 November 2026, an ambush by militants on a fuel convoy near Kunar, Afghanistan, ended with nine dead.",
            9,
        ),
        ("Rebels attacked a border town in Ituri on 4 October 2026. The assault concluded with 21 people dead.", 21),
        (
            "On 8 October 2026, bandits attacked a village in Katsina State, Nigeria. The attack ended with no casualties.",
            0,
        ),
    ],
)
def test_attack_ended_with_dead(short, text, want):
    assert _dead(short, text) == want
    assert _sum(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "On 2 October 2026, gunmen raided a farm in Kaduna, Nigeria. The raid ended with the attackers fleeing with 40 cattle.",
        "On 2 October 2026, rebels attacked a town in Ituri, Congo. The assault ended with 35 rebels in army custody.",
        "On 2 October 2026, militants attacked a base in Kunar, Afghanistan. The battle ended with 40 fighters surrendering.",
        "On 2 October 2026, gunmen attacked a convoy in Diffa, Niger. The attack did not end with any deaths.",
        "On 2 October 2026, gunmen attacked a convoy in Diffa, Niger. The fighting ended after 12 hours.",
    ],
)
def test_attack_ended_without_dead_gives_no_toll(short, text):
    assert _sum(short, text) == 0


# the attacked side's losses as the toll of an attack told without one


@pytest.mark.parametrize(
    ("text", "want", "perp"),
    [
        (
            "On 6 October 2026, Tehreek-e-Taliban Pakistan fighters attacked a checkpoint in Tank, Pakistan. "
            "The police lost four officers before reinforcements arrived.",
            4,
            "Tehreek-e-Taliban Pakistan",
        ),
        (
            "On 9 October 2026, the army lost 11 soldiers when Boko Haram fighters overran a base in Borno State, Nigeria.",
            11,
            "Boko Haram",
        ),
        (
            "On 12 October 2026, the Kurdistan Workers' Party ambushed a patrol in Sirnak, Turkey. The military said it lost "
            "two soldiers in the clash.",
            2,
            "Kurdistan Workers' Party",
        ),
        (
            "On 14 October 2026, separatists attacked a gendarmerie post near Kumba, Cameroon. The gendarmerie lost three men.",
            3,
            None,
        ),
    ],
)
def test_attacked_side_losses_are_the_toll(short, text, want, perp):
    assert _dead(short, text) == want
    assert _sum(short, text) == want
    if perp:
        assert perp.lower() in _source(short, text).lower()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the victims counted already: no second count
        (
            "On 3 October 2026, gunmen ambushed a convoy in Diffa, Niger, killing four soldiers. The army lost four soldiers in the ambush.",
            4,
        ),
        # things lost, a vote, a loss denied or feared, a loss to a cause that is no death, a later separate loss
        (
            "On 3 October 2026, militants attacked a police station in Bannu, Pakistan. The ruling party lost three seats in the vote.",
            0,
        ),
        ("On 3 October 2026, rebels attacked an army post in North Kivu, Congo. The army lost two helicopters.", 0),
        ("On 3 October 2026, rebels attacked an army post in North Kivu, Congo. The army could lose more soldiers.", 0),
        (
            "On 3 October 2026, rebels attacked an army post in North Kivu, Congo. The army did not lose any soldiers.",
            0,
        ),
        (
            "On 3 October 2026, rebels attacked an army post in North Kivu, Congo. The army has lost 300 soldiers to desertion.",
            0,
        ),
        (
            "On 3 October 2026, militants ambushed a patrol in Kunar, Afghanistan. The army later lost two soldiers in a separate raid.",
            0,
        ),
        ("The police lost 40 officers to retirement last year.", 0),
    ],
)
def test_losses_that_are_no_new_toll(short, text, want):
    assert _sum(short, text) == want


# singular persons told dead in a "left ... dead" / "with ... dead" phrase, beside or without a number


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On 1 October 2026, a gunman took workers hostage at a factory in Durban, South Africa. The standoff ended with the gunman and a security guard dead.",
            2,
        ),
        (
            "On 1 October 2026, a car bomb exploded near a bank in Mosul, Iraq. The blast left three guards and a customer dead.",
            4,
        ),
        ("On 1 October 2026, gunmen attacked a clinic in Ituri, Congo. The raid left a nurse dead.", 1),
        (
            "On 1 October 2026, a suicide bomber attacked a checkpoint in Helmand, Afghanistan. The blast left six policemen and the bomber dead.",
            7,
        ),
    ],
)
def test_single_persons_in_dead_phrase(short, text, want):
    assert _dead(short, text) == want
    assert _sum(short, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 1 October 2026, gunmen attacked a village in Kaduna, Nigeria. The attack left the village deserted.", 0),
        (
            "On 1 October 2026, gunmen attacked a village in Kaduna, Nigeria. The attack left the chief and his son wounded.",
            0,
        ),
        (
            "On 1 October 2026, gunmen attacked a farm in Kaduna, Nigeria, killing a farmer. The attack left the farmer dead and the barn burnt.",
            1,
        ),
        (
            "On 1 October 2026, a bomb exploded at a market in Maiduguri, Nigeria. Police found the device with its timer dead.",
            0,
        ),
    ],
)
def test_dead_phrase_without_new_single(short, text, want):
    assert _sum(short, text) == want

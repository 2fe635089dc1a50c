"""ACLED typing of composed snippets, round 42 (lane mobs). Civilians or unnamed people told as bearing sticks, stones
or blades and no firearm ("armed with clubs", "wielding machetes", "men with iron bars": coding/carried_arms.py,
lexicon/carried_arms.yaml) are an unorganised crowd: their beating or attack that harms no one or kills one person is
ACLED's Mob violence, no armed group's Attack nor a protest's riot. Men bearing guns stay an armed group's attack,
many killed by blade-bearers stays a communal militia's attack, and protesters bearing sticks stay demonstrators.
A person burnt alive with the person told between ("burned a suspected thief alive") is a killing by assault (1823).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_MOB = "Mob violence"
_ATTACK = "Attack"
_RIOT = "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Men armed with clubs beat a suspected motorcycle thief at a bus stop in Blantyre.",
        "Young men wielding axes attacked a truck on the road to Kisangani.",
        "Villagers armed with sticks and stones attacked a police patrol near Gulu.",
        "Men with iron bars attacked a shopkeeper accused of hoarding in Chittagong.",
        "Farmers wielding hoes assaulted two tax officials near Tamale.",
        "Women armed with brooms beat a man accused of theft in Cotonou.",
        "Residents carrying machetes attacked a suspected cattle rustler in Marsabit, killing him.",
    ],
)
def test_improvised_arms_are_a_mob(short, text):
    assert main_sub_type(short, text) == _MOB, text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # guns borne: an armed group's attack on civilians
        ("Men armed with rifles attacked a minibus near Garissa, killing four passengers.", _ATTACK),
        ("Gunmen wielding AK-47 rifles attacked a village in Katsina state, killing nine residents.", _ATTACK),
        ("Men armed with machetes and guns attacked a farming settlement in Benue state.", _ATTACK),
        # many killed by blade-bearers: a communal militia's attack, no mob
        ("Men armed with machetes attacked a village in Ituri, killing 22 civilians.", _ATTACK),
        # protesters bearing sticks stay demonstrators
        ("Protesters armed with sticks attacked the mayor's office in Cochabamba.", _RIOT),
    ],
)
def test_guns_militias_and_protesters_keep_their_type(short, text, sub):
    assert main_sub_type(short, text) == sub, text


# a person burnt alive with the person told between "burned" and "alive" (verbs.yaml burn-property): a killing by
# assault (1823), a mob's when a crowd or residents do it; things burnt stay property burnt
@pytest.mark.parametrize(
    "text",
    [
        "A furious crowd burned a suspected pickpocket alive at a bus station in Kisumu.",
        "Residents burned two men accused of sorcery alive in Kasai.",
    ],
)
def test_burnt_alive_between_is_a_mob_killing(short, text):
    assert main_sub_type(short, text) == _MOB, text


def test_burnt_alive_codes_an_assault_killing(short):
    from composed import coder_on, current

    evs = current(coder_on("2026-11-20")(short, "Villagers burned a suspected witch alive in Kisii."))
    assert [e.cameo["code"] for e in evs][:1] == ["1823"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers burned the houses of the suspects in Kisii, who escaped alive.",
        "Rioters burned tyres on the highway in Lagos, though all the drivers got out alive.",
    ],
)
def test_things_burnt_stay_property(short, text):
    from composed import coder_on, current

    evs = current(coder_on("2026-11-20")(short, text))
    assert evs and not any(e.cameo["code"] == "1823" for e in evs), text

"""Precision on real-news text (round 40, lane precision): coercive and violent acts counted over a stretch of
months or years ("hundreds have been executed this year", "over the past decade", "in 2026") are a tally, no
event; the weather as the doer of a force verb ("gale-force winds lashed the coast", "heavy snow battered the
north") is no attack, while acts done "in the snow" keep their doers; a fever is an illness. Published Monday
7 December 2026; the examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-12-07")


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 people have been hanged in Iran so far this year, activists said.",
        "Security forces have detained thousands of activists in Egypt over the past two years.",
        "Gangs have abducted more than 300 motorists in Haiti this year, the UN said.",
        "Police killed 6,000 people in 2026, according to a yearly report on Brazil.",
        "To date, 64 reporters have been jailed in Belarus, a press freedom group said.",
    ],
)
def test_counted_acts_over_a_stretch_are_a_tally(short, text):
    evs = events(short, text)
    assert not current(evs), text
    assert not [e for e in evs if e.fatalities and not e.background], text


@pytest.mark.parametrize(
    ("text", "kind", "dead"),
    [
        ("Gunmen killed 12 villagers in Plateau state this week, police said.", "ASSAULT", 12),
        ("Police arrested 40 protesters in Lagos on Saturday.", "COERCE", 0),
        ("Militants have killed three soldiers in an ambush in Borno on Sunday.", "ASSAULT", 3),
        ("Iran executed two men convicted of spying in Tehran on Monday.", "ASSAULT", 2),
    ],
)
def test_a_day_s_count_stays_an_event(short, text, kind, dead):
    evs = of_type(current(events(short, text)), kind)
    assert evs, text
    assert max(int(e.fatalities or 0) for e in evs) == dead, text


@pytest.mark.parametrize(
    "text",
    [
        "Gusty winds battered the coast of Brittany on Friday.",
        "Heavy snowfall pounded the Alps over the weekend, closing several passes.",
        "Gales lashed the Shetland Islands overnight.",
        "Lassa fever killed 14 people in Ondo state last week, health officials said.",
    ],
)
def test_weather_and_fever_are_no_attack(short, text):
    assert not of_type(events(short, text), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shelled rebel positions in the snow near Goma on Tuesday.",
        "Troops killed four militants in the heat of the afternoon near Kandahar on Friday.",
        "Insurgents ambushed a police patrol in heavy snow near Kunduz on Monday, killing two officers.",
    ],
)
def test_acts_in_the_weather_keep_their_doers(short, text):
    assert of_type(current(events(short, text)), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Scotland edged Wales in a bruising Six Nations clash at Murrayfield.",
        "Nigeria and Ghana meet in a World Cup showdown in Abuja on Saturday.",
        "The league clash between the two Cairo clubs ended goalless.",
        "Australia held India to a draw in a rugby encounter in Perth.",
    ],
)
def test_a_game_named_as_a_clash_is_no_fight(short, text):
    assert not of_type(events(short, text), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Fans clashed with police after the league clash in Cairo, and officers fired tear gas.",
        "Rugby fans clash with riot police in Marseille on Saturday.",
        "Troops and rebels clashed near the border town of Bunagana on Sunday, killing four.",
    ],
)
def test_real_clashes_stay(short, text):
    assert of_type(current(events(short, text)), "ASSAULT"), text

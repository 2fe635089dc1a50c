"""Round 24 on short attack summaries: the attacker killed by a state force told again by a pronoun or a definite
noun of the doer in the next sentence ("The driver was shot dead by police") joins the attack's toll, and the attack
stays the main event; an attacker's death told by a subjectless passive gerund at the end of his attack ("killing
two of them, before being shot dead by police") counts. Every sentence here was written for these tests (none is
from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-03-04")


# the doer retold and killed by a state force


def test_driver_shot_by_police_joins_the_ramming(short):
    text = (
        "05/03/2019: A man drove a van into shoppers on a pedestrian street in Porto, Portugal, killing 17 people. "
        "The driver was shot dead by police."
    )
    assert _dead(short, text) == 18
    assert _sum(short, text) == 18


def test_pronoun_killed_when_police_stormed_joins_the_attack(short):
    text = (
        "02/17/2016: A gunman killed three hostages at a bakery in Liege, Belgium. "
        "He was shot dead when police stormed the shop."
    )
    assert _dead(short, text) == 4


def test_victim_driver_killed_by_gunmen_is_no_attacker(short):
    text = (
        "09/12/2018: Gunmen attacked a lorry on a highway near Zinder, Niger, killing two passengers. "
        "The driver was also shot dead by the gunmen."
    )
    assert _sum(short, text) == 3  # the driver is a victim: no death added twice


def test_police_killing_an_indefinite_man_stays_apart(short):
    text = (
        "03/08/2020: A man stabbed four people in a park in Tampere, Finland, killing one. "
        "Police shot dead a man armed with an axe in another district the same evening."
    )
    assert _dead(short, text) == 1


# before being shot dead


def test_before_being_shot_dead_counts_the_attacker(short):
    text = (
        "07/21/2018: A man stabbed seven people at a tram stop in Leipzig, Germany, killing three of them, "
        "before being shot dead by police."
    )
    assert _dead(short, text) == 4


def test_before_being_arrested_counts_no_one(short):
    text = (
        "07/21/2018: A man stabbed seven people at a tram stop in Leipzig, Germany, killing three of them, "
        "before being arrested by police."
    )
    assert _dead(short, text) == 3


def test_victim_before_being_killed_is_not_added_twice(short):
    text = "04/02/2021: Gunmen kidnapped a village chief in Kogi State, Nigeria, before he was killed two days later."
    assert _dead(short, text) <= 1


# the untold suicide bomber


def test_woman_with_suicide_vest_counts_herself(short):
    text = (
        "11/07/2017: A woman detonated a suicide vest at a livestock market in Gwoza, Nigeria, killing five traders. "
        "Boko Haram was blamed."
    )
    assert _dead(short, text) == 6


def test_bomber_already_counted_is_not_added_twice(short):
    text = (
        "11/07/2017: A suicide bomber detonated a vest at a livestock market in Gwoza, Nigeria, killing nine people, "
        "including the bomber."
    )
    assert _dead(short, text) == 9


def test_suicide_car_bomb_without_a_person_adds_no_one(short):
    text = "06/19/2016: A suicide car bomb struck an army post near Gao, Mali, killing three soldiers."
    assert _dead(short, text) == 3


def test_bomb_without_suicide_adds_no_one(short):
    text = "06/19/2016: A man detonated a bomb at a bus stop in Peshawar, Pakistan, killing three people."
    assert _dead(short, text) == 3

"""Round 36 on attack summaries of sieges and hostage crises: the dead told with a siege's end or length ("The
siege ended after 12 hours with 19 people dead", "The 20-hour standoff left 15 dead") are the attack's toll, the
attackers' own dead among them (the convention of attack_summaries.yaml: every death the summary reports counts),
a part told with "including"/"among them" not added again, and each conjunct of "with 6 hostages and 2 gunmen
dead" counted. Every sentence here was written for these tests (none is from a dataset); each rule has a
look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from wirecoder.evaluation.acled import note_fatalities

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


def _distinct(short, text):
    return note_fatalities(_events(short, text))


# the dead of a siege told with its end or its length


def test_siege_ended_with_dead_including_attackers(short):
    text = "On 6 May 2023, gunmen stormed a hotel in Bosaso, Somalia. The siege ended after 12 hours with 19 people dead, including the four attackers."
    assert _dead(short, text) == 19
    assert _sum(short, text) == 19
    assert "gunmen" in _source(short, text)


def test_siege_of_hours_left_dead(short):
    text = "On 9 October 2023, militants attacked a college in Mandera, Kenya. The 20-hour siege left 15 people dead."
    assert _dead(short, text) == 15
    assert _sum(short, text) == 15
    assert _distinct(short, text) == 15


def test_hostage_crisis_ended_with_conjoined_dead(short):
    text = "On 4 February 2024, gunmen seized a church in Jos, Nigeria. The hostage crisis ended after six hours with 6 hostages and 2 gunmen dead."
    assert _sum(short, text) == 8


def test_standoff_ended_with_dead_among_them(short):
    text = "On 11 July 2023, armed men attacked a bank in Mombasa, Kenya, and held staff inside. The standoff ended with nine dead, among them three robbers."
    assert _dead(short, text) == 9
    assert _sum(short, text) == 9


# look-alikes that must keep their tolls


def test_siege_without_dead_gives_no_toll(short):
    text = "On 6 May 2023, gunmen stormed a hotel in Bosaso, Somalia. The siege ended after 12 hours when the attackers surrendered."
    assert _sum(short, text) == 0


def test_siege_toll_no_larger_than_the_attack_keeps_it(short):
    text = "On 6 May 2023, gunmen stormed a hotel in Bosaso, Somalia, killing 12 guests. The siege ended with 12 people dead."
    assert _dead(short, text) == 12
    assert _sum(short, text) == 12


def test_a_second_separate_attack_still_adds(short):
    text = "On 6 May 2023, gunmen stormed a hotel in Bosaso, Somalia. The siege left 10 people dead. In a separate attack, a roadside bomb killed three soldiers near Baidoa."
    assert _sum(short, text) == 13
    assert _distinct(short, text) == 13


def test_army_siege_of_a_town_gives_the_army_no_toll(short):
    text = "On 2 March 2024, the army surrounded the town of Kidal, Mali. The siege has left residents short of food."
    assert _sum(short, text) == 0


def test_with_dead_tired_is_no_count(short):
    text = "On 2 March 2024, police in Lagos, Nigeria, ended a protest with 30 arrested. Nobody was hurt."
    assert _sum(short, text) == 0


# a retelling that adds victims to a told count


def test_retelling_with_new_victims_adds_only_them(short):
    text = "On 5 August 2023, gunmen killed four policemen near Zinder, Niger. Officials said the gunmen killed four policemen and two herders."
    assert _sum(short, text) == 6
    assert _dead(short, text) == 6
    assert _distinct(short, text) == 6


def test_retelling_of_the_same_count_alone_adds_nothing(short):
    text = "On 5 August 2023, gunmen killed four policemen near Zinder, Niger. Officials said the gunmen killed four policemen."
    assert _sum(short, text) == 4


def test_two_counts_of_other_victims_stay_added(short):
    text = "On 5 August 2023, gunmen killed four policemen near Zinder, Niger. Officials said the gunmen killed six herders and two traders."
    assert _sum(short, text) == 12


# the attackers' own toll told before the officials' figure


def test_attackers_toll_told_before_officials_figure(short):
    text = "On 14 April 2023, militants overran a post near Mopti, Mali. The militants said they had killed 30 soldiers. The army said five soldiers were killed."
    assert _sum(short, text) == 5
    assert _distinct(short, text) == 5


def test_attackers_toll_in_other_words_before_officials_figure(short):
    text = "On 14 April 2023, militants overran a post near Mopti, Mali. The group said its fighters killed 30 troops. The army said five soldiers were killed."
    assert _sum(short, text) == 5


def test_attackers_toll_then_other_victims_stay_added(short):
    text = "On 14 April 2023, militants overran a post near Mopti, Mali. The militants said they had killed 30 soldiers. The army said two civilians were also killed."
    assert _sum(short, text) == 32


def test_officials_telling_their_own_count_is_no_claim(short):
    text = "On 14 April 2023, militants overran a post near Mopti, Mali. The army said the militants killed 12 soldiers. Residents said 12 soldiers died."
    assert _sum(short, text) == 12

"""Round 32 on attack summaries whose toll is told in a shape the coder missed: a suicide bomber retold by a
pronoun ("She killed four policemen": her death too), civilians' deaths coded as a doerless mass killing after a
shelling or bombing (the attack's toll), a plural weapon retold as "They", a lone attacker killed by a bystander
("He was shot dead by a security guard"), "Two of the wounded succumbed" without "to their wounds", "a third died
the next day", and one more dead told by an ordinal counted in the note's distinct figures. Every sentence here was
written for these tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from wirecoder.coding.main_event import is_violent
from wirecoder.evaluation.acled import note_fatalities

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


def _all(short, text):
    return note_fatalities([e for e in _events(short, text) if is_violent(e)])


# a suicide bomber retold by a pronoun


def test_suicide_bomber_retold_by_she_counts_her_death(short):
    text = (
        "On 6 February 2024, a suicide bomber struck a checkpoint in Mosul, Iraq. She killed three soldiers "
        "and wounded seven."
    )
    assert _dead(short, text) == 4
    assert _sum(short, text) == 4


def test_suicide_attacker_retold_by_he_counts_his_death(short):
    text = (
        "On 2 January 2023, a suicide attacker drove a truck into an army base in Gao, Mali. He killed five "
        "peacekeepers."
    )
    assert _dead(short, text) == 6


def test_bomber_who_blew_himself_up_before_the_pronoun_is_not_added_again(short):
    text = (
        "On 2 January 2023, a suicide bomber blew himself up at a market in Maiduguri, Nigeria. He killed five traders."
    )
    assert _sum(short, text) == 6


def test_gunman_retold_by_he_adds_no_one(short):
    text = "On 2 January 2023, a gunman stormed a bar in Cali, Colombia. He killed five customers."
    assert _dead(short, text) == 5
    assert _sum(short, text) == 5


def test_pronoun_after_a_told_toll_adds_no_bomber(short):
    text = (
        "On 2 January 2023, a suicide bomber was shot dead at a checkpoint in Kirkuk, Iraq. He wounded two policemen."
    )
    assert _sum(short, text) == 1


# civilians' deaths after a shelling or a bombing are its toll


def test_civilians_killed_after_a_shelling_are_its_toll(short):
    text = (
        "On 11 March 2024, artillery shelled a village in Idlib province, Syria. Four civilians were killed "
        "and six were wounded."
    )
    main = _main(short, text)
    assert _dead(short, text) == 4
    assert (main.acled or {}).get("sub_event_type") == "Shelling/artillery/missile attack"


def test_civilians_killed_after_a_car_bomb_are_its_toll(short):
    text = (
        "On 19 September 2022, a car bomb exploded near a bus station in Kirkuk, Iraq. Seven civilians were "
        "killed and 15 were injured."
    )
    assert _dead(short, text) == 7
    assert _sum(short, text) == 7


def test_civilians_killed_by_a_named_doer_keep_their_own_event(short):
    text = (
        "On 11 March 2024, artillery shelled a village in Idlib province, Syria. In a separate attack in Aleppo, "
        "gunmen killed four civilians and wounded six."
    )
    assert _sum(short, text) == 4
    assert _dead(short, text) in (0, 4)  # never more than told


# a plural weapon retold by "They"


def test_rockets_retold_as_they_give_the_strike_its_toll(short):
    text = "On 8 June 2023, three rockets hit a market in Tarhuna, Libya. They killed five people."
    assert _dead(short, text) == 5
    assert _sum(short, text) == 5


def test_rockets_retold_as_they_wounding_add_no_dead(short):
    text = "On 8 June 2023, three rockets hit a market in Tarhuna, Libya. They wounded five people."
    assert _sum(short, text) == 0


# a lone attacker killed by a bystander


def test_lone_gunman_shot_by_a_guard_joins_his_attack(short):
    text = (
        "On 4 April 2024, a gunman opened fire at a bus station in Kano, Nigeria, killing two travellers. "
        "He was shot dead by a security guard."
    )
    assert _dead(short, text) == 3
    assert _sum(short, text) == 3


def test_victim_retold_after_plural_gunmen_is_not_an_attacker(short):
    text = "On 4 April 2024, gunmen attacked a village chief in Kano, Nigeria. He was shot dead by the gunmen."
    assert _sum(short, text) == 1


# the wounded who die later


def test_two_of_the_wounded_succumbed_without_wounds_word(short):
    text = (
        "On 9 October 2023, a bomb went off at a bus stop in Lashkar Gah, Afghanistan, killing three people. "
        "Two of the wounded succumbed the following day."
    )
    assert _dead(short, text) == 5
    assert _sum(short, text) == 5


def test_succumbing_to_pressure_is_no_death(short):
    text = (
        "On 9 October 2023, a bomb went off at a bus stop in Lashkar Gah, Afghanistan, killing three people. "
        "Two of the officials succumbed to pressure and resigned."
    )
    assert _sum(short, text) == 3


def test_a_third_dying_the_next_day_joins_the_shelling(short):
    text = (
        "On 2 May 2024, rebels shelled a market in Rakhine State, Myanmar. Two civilians were killed, and a "
        "third died the next day."
    )
    assert _dead(short, text) == 3
    assert _all(short, text) == 3


def test_a_third_of_the_villagers_is_no_extra_death(short):
    text = (
        "On 2 May 2024, rebels shelled a market in Rakhine State, Myanmar, killing two civilians. A third of "
        "the villagers fled the next day."
    )
    assert _sum(short, text) == 2


def test_one_more_dead_is_counted_in_the_note_figures(short):
    text = (
        "On 22 July 2023, militants attacked an army post in Tahoua, Niger. Three soldiers were killed, and a "
        "fourth later died of his injuries."
    )
    assert _dead(short, text) == 4
    assert _all(short, text) == 4


def test_attacker_retold_by_he_and_shot_by_police_joins_his_attack(short):
    text = (
        "On 3 March 2022, a man armed with a machete attacked shoppers at a market in Jos, Nigeria, killing three. "
        "He was shot dead by a police officer."
    )
    assert _dead(short, text) == 4
    assert _sum(short, text) == 4


def test_officer_shot_dead_by_police_is_no_attacker_without_a_lone_doer(short):
    text = "On 3 March 2022, rioters attacked a police station in Jos, Nigeria. Police shot dead two of the rioters."
    assert _sum(short, text) == 2


def test_two_of_the_injured_succumbed_join_the_attack_toll(short):
    text = (
        "On 12 May 2023, gunmen attacked a cattle market in Katsina State, Nigeria, killing nine traders. "
        "Two of the injured succumbed the following day."
    )
    assert _dead(short, text) == 11
    assert _sum(short, text) == 11


def test_two_of_the_injured_recovering_add_no_dead(short):
    text = (
        "On 12 May 2023, gunmen attacked a cattle market in Katsina State, Nigeria, killing nine traders. "
        "Two of the injured were discharged the following day."
    )
    assert _sum(short, text) == 9

"""Round 30 on attack summaries whose toll involves the attackers themselves: the doer's own death told twice ("blew
himself up. The bomber was killed along with three soldiers": four, the bomber once) and the attack's counted doers
retold by "they" in the next sentence ("Two attackers threw a grenade. They were killed along with a constable":
three). Every sentence here was written for these tests (none is from a dataset); each rule has a look-alike that
must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


# the doer's own death told twice


def test_bomber_who_blew_himself_up_is_counted_once_when_retold_along_with(short):
    text = (
        "On 4 June 2022, a suicide bomber blew himself up at a checkpoint near Kohat, Pakistan. "
        "The bomber was killed along with two policemen."
    )
    assert _dead(short, text) == 3
    assert _sum(short, text) == 3


def test_bomber_retold_by_pronoun_is_counted_once(short):
    text = (
        "On 11 May 2023, a bomber blew himself up outside a bank in Maroua, Cameroon. "
        "He was killed along with five customers, officials said."
    )
    assert _dead(short, text) == 6
    assert _sum(short, text) == 6


def test_a_second_named_victim_is_no_retelling_of_the_bomber(short):
    # the man killed in the next sentence is a victim, not the bomber: 1 + 1 + 2
    text = (
        "On 11 May 2023, a suicide bomber blew himself up outside a bank in Maroua, Cameroon. "
        "A guard named Emmanuel Tchoua was killed along with two customers."
    )
    assert _sum(short, text) == 4


def test_bomber_killed_in_a_later_raid_stays_apart(short):
    # no self-killing told in the attack: nothing is taken off
    text = (
        "On 11 May 2023, a bomber planted explosives outside a bank in Maroua, Cameroon, killing five customers. "
        "He was later killed along with two accomplices in a police raid."
    )
    assert _sum(short, text) >= 5


# the counted doers retold by "they"


def test_two_attackers_retold_by_they_killed_along_with_a_constable(short):
    text = (
        "On 9 September 2022, two attackers hurled a grenade at a police post in Anantnag, India. "
        "They were killed along with a constable."
    )
    assert _dead(short, text) == 3
    assert _sum(short, text) == 3


def test_three_gunmen_retold_by_they_died_along_with_guards(short):
    text = (
        "On 2 February 2024, three gunmen raided a jewellery shop in Lahore, Pakistan. "
        "They died along with two guards in an exchange of fire."
    )
    assert _dead(short, text) == 5


def test_they_after_counted_victims_is_not_the_attackers(short):
    # "they" may be the two traders taken: no attackers' deaths added (the traders' two are the toll at most)
    text = (
        "On 2 February 2024, three gunmen abducted two traders near Kaduna, Nigeria. "
        "They were killed along with a driver."
    )
    assert _sum(short, text) <= 3


def test_they_after_uncounted_gunmen_adds_no_number(short):
    text = (
        "On 2 February 2024, gunmen attacked a police station in Zamfara, Nigeria. "
        "They were killed along with a constable."
    )
    assert _sum(short, text) == 1


def test_they_under_negation_adds_nothing(short):
    text = (
        "On 2 February 2024, two attackers hurled a grenade at a police post in Anantnag, India. "
        "They were not killed, police said, and fled into the forest."
    )
    assert _sum(short, text) == 0

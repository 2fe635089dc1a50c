"""Round 33 on attack summaries told across sentences: the people of the attacked place blaming a group ("Residents
blamed fighters linked to X") name the doer of an attack told with none; a state force that kills the attackers as
the subject of a sentence of its own fights back (its dead are its own event, not the attack's); and attackers who
"throw" something into a bus are no abductors unless a person is thrown. Every sentence here was written for these
tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from composed import current

_events, _main, _dead, _sum, _source = toll_helpers("2025-06-20")


# the attacked place's people blaming a group name the doer


def test_villagers_blaming_a_group_name_the_bombing_doer(short):
    text = (
        "On 4 March 2025, a bomb went off at a ferry landing in Sittwe, Myanmar, killing five traders. "
        "Villagers blamed the Arakan Army."
    )
    assert "Arakan Army" in _source(short, text)
    assert _dead(short, text) == 5


def test_survivors_blaming_fighters_linked_to_a_group_name_the_group(short):
    text = (
        "On 11 May 2025, armed men raided a hamlet near Kaya, Burkina Faso, killing nine herders. "
        "Survivors blamed fighters linked to the Islamic State."
    )
    assert "Islamic State" in _source(short, text)


def test_opposition_activists_blaming_a_group_is_still_only_an_accusation(short):
    text = (
        "On 4 March 2025, a bomb went off at a ferry landing in Sittwe, Myanmar, killing five traders. "
        "Opposition activists blamed the Arakan Army."
    )
    assert "Arakan Army" not in _source(short, text)


def test_residents_blame_does_not_replace_a_doer_told_in_the_attack(short):
    text = (
        "On 9 April 2025, Al-Shabaab fighters attacked a police station in Baidoa, Somalia, killing four officers. "
        "Residents blamed the army for leaving the town unguarded."
    )
    assert "Shabaab" in _source(short, text)


# a force killing the attackers in a sentence of its own is a clash of its own


def test_troops_killing_the_attackers_in_a_new_sentence_keep_their_own_toll(short):
    text = (
        "On 2 June 2025, gunmen ambushed a convoy of traders near Gao, Mali, killing eight traders. "
        "Soldiers killed 15 of the attackers."
    )
    assert _dead(short, text) == 8
    assert _sum(short, text) == 23


def test_attackers_shot_dead_in_the_attack_sentence_still_join_its_toll(short):
    text = (
        "On 2 June 2025, gunmen attacked a checkpoint near Gao, Mali, killing three gendarmes "
        "before two of the assailants were shot dead."
    )
    assert _dead(short, text) == 5
    assert _sum(short, text) == 5


def test_attackers_killed_in_a_passive_next_sentence_still_join_the_attack(short):
    text = (
        "On 2 June 2025, gunmen attacked a checkpoint near Gao, Mali, killing three gendarmes. "
        "Two of the assailants were also killed."
    )
    assert _dead(short, text) == 5


# throwing into a vehicle


def test_attackers_throwing_grenades_into_a_bus_are_no_abduction(short):
    text = "On 7 May 2025, attackers threw grenades into a minibus in Imphal, India, killing three passengers."
    kinds = {(e.acled or {}).get("sub_event_type") for e in current(_events(short, text))}
    assert "Abduction/forced disappearance" not in kinds
    assert _dead(short, text) == 3


def test_attackers_throwing_petrol_bombs_into_a_minibus_are_no_abduction(short):
    text = "On 7 May 2025, men threw petrol bombs into a minibus in Jos, Nigeria, injuring four passengers."
    kinds = {(e.acled or {}).get("sub_event_type") for e in current(_events(short, text))}
    assert "Abduction/forced disappearance" not in kinds


def test_gunmen_throwing_a_person_into_a_van_still_abduct(short):
    text = "On 7 May 2025, gunmen threw a lawyer into a van outside a court in Karachi, Pakistan."
    kinds = {(e.acled or {}).get("sub_event_type") for e in current(_events(short, text))}
    assert "Abduction/forced disappearance" in kinds


# the dead of an arson's fire with more who died later


def test_burned_to_death_and_more_who_died_in_hospital_are_one_toll(short):
    text = (
        "On 3 April 2025, raiders set fire to a lorry near Bunia, Democratic Republic of Congo. "
        "Four traders were burned to death, and two more died in hospital."
    )
    assert _dead(short, text) == 6
    assert _sum(short, text) == 6


def test_burned_to_death_alone_keeps_its_count(short):
    text = (
        "On 3 April 2025, raiders set fire to a lorry near Bunia, Democratic Republic of Congo. "
        "Four traders were burned to death."
    )
    assert _dead(short, text) == 4
    assert _sum(short, text) == 4

"""Round 25 on short attack summaries: a toll "during the siege" retells the incident just told (a named siege is
history); bombers "killing three people and themselves" count themselves; the doer shot dead "minutes later" or
"when police returned fire" joins the attack's toll; "killing one of them" counts one; "was shot and killed" counts
its victim; a group's whole name closed by its bracketed acronym is the source. Every sentence here was written for
these tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-03-04")


# a bare "the siege" is the incident just told; a named siege is a war's history


def test_toll_during_the_siege_is_the_incident(short):
    text = "Armed men took over a lodge in Gao, Mali. At least 9 people were killed during the siege."
    assert _sum(short, text) == 9


def test_toll_during_a_named_siege_stays_history(short):
    assert _sum(short, "Some 4,000 people died during the siege of Vukovar.") == 0
    assert _sum(short, "Hundreds of people were killed in the Leningrad siege.") == 0


# bombers killing others and themselves


def test_two_women_killing_people_and_themselves(short):
    text = "Two women detonated explosives at a bus stop in Mubi, Nigeria, killing four people and themselves."
    assert _dead(short, text) == 6


def test_people_killing_themselves_without_a_blast_is_no_bomber(short):
    text = "Two women quarrelled with neighbours in Mubi, Nigeria, killing four people and themselves."
    assert _sum(short, text) != 6


# the doer's end told a short while later or in a clause of the force's fire


def test_driver_shot_dead_minutes_later_joins_the_attack(short):
    text = (
        "A man drove a truck into a market crowd in Tartu, Estonia, killing five people. "
        "The driver was shot dead by officers a few minutes later."
    )
    assert _dead(short, text) == 6
    assert _sum(short, text) == 6


def test_driver_shot_dead_days_later_stays_apart(short):
    text = (
        "A man drove a truck into a market crowd in Tartu, Estonia, killing five people. "
        "The driver was shot dead by officers two days later."
    )
    assert max(int(e.fatalities or 0) for e in _events(short, text)) == 5  # his death stays an event of its own


def test_gunman_killed_when_police_returned_fire(short):
    text = "A gunman killed three clerks at a post office in Multan, Pakistan. He was killed when police returned fire."
    assert _dead(short, text) == 4
    assert _sum(short, text) == 4


def test_victim_killed_when_villagers_fought_back_is_not_the_doer(short):
    text = "Rebels raided a village in Ituri, killing six people. A farmer was killed when villagers fought back."
    assert _dead(short, text) == 6


# "killing one of them" counts one


def test_killing_one_of_them_before_being_shot(short):
    text = (
        "A man attacked four guards with a machete at a depot in Osh, Kyrgyzstan, killing one of them, "
        "before being shot dead by a police officer."
    )
    assert _dead(short, text) == 2


def test_arresting_one_of_them_counts_no_dead(short):
    text = "Police arrested four men at a depot in Osh, Kyrgyzstan, and questioned one of them."
    assert _sum(short, text) == 0


# "was shot and killed"


def test_shot_and_killed_counts_the_victim(short):
    text = "A man stabbed two pilgrims at a shrine in Ajmer, India. The attacker was shot and killed by police."
    assert _sum(short, text) == 1


def test_not_shot_and_killed_counts_none(short):
    assert _sum(short, "The attacker was not shot and killed by police.") == 0


# a whole name closed by its acronym


def test_member_noun_of_acronym_closed_name(short):
    text = (
        "Fighters of the Northern Lakes Defence Army (NLDA) ambushed a patrol near Gulu, Uganda, killing four soldiers."
    )
    assert "Northern Lakes Defence Army" in _source(short, text)


def test_acronym_of_other_initials_is_no_whole_name(short):
    text = "Fighters of the Northern Lakes Army (XYZ) ambushed a patrol near Gulu, Uganda, killing four soldiers."
    assert "Northern Lakes Army" not in _source(short, text)


def test_a_remembered_siege_gives_no_current_toll(short):
    # no told seizure opens it: the siege of an anniversary story is history, not this week's dead
    text = (
        "Former hostages gathered in the town on Sunday to mark fifteen years since the theatre siege. "
        "The siege, in which 120 hostages were killed, ended when troops stormed the building with gas."
    )
    current = [e for e in _events(short, text) if e.fatalities and not e.background]
    assert not current


def test_a_siege_opened_by_a_told_seizure_keeps_its_toll(short):
    text = "Gunmen seized a guesthouse in the port on Friday. At least 7 people were killed during the siege."
    assert sum(e.fatalities or 0 for e in _events(short, text) if not e.background) == 7

"""Round 28 on attack summaries whose toll is told in several pieces: a toll that rises in a sentence of its own
replaces the counts before it (a risen total of a war or a year is statistics, no incident's toll); armed men
"neutralised" in a communique are killed (bombs "neutralised" are not); the dead told "along with" an attacker
are dead, not a headcount of soldiers. Every sentence here was written for these tests (none is from a dataset);
each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


# a toll that rises in a sentence of its own


def test_risen_toll_in_a_later_sentence_replaces_the_count(short):
    text = "On 3 May 2023, gunmen killed 12 people at a cattle market near Katsina, Nigeria. The toll rose to 17 overnight."
    assert _sum(short, text) == 17
    assert _dead(short, text) == 17


def test_risen_toll_with_its_own_later_deaths_is_not_added(short):
    text = (
        "On 3 May 2023, a bomb exploded on a bus in Peshawar, Pakistan, killing eight passengers. "
        "The death toll climbed to 11 after three of the injured died in hospital."
    )
    assert _sum(short, text) == 11


def test_number_of_dead_rose(short):
    text = "On 3 May 2023, a car bomb struck a checkpoint in Baidoa, Somalia, killing six soldiers. The number of dead rose to nine the next day."
    assert _sum(short, text) == 9


def test_risen_toll_told_by_a_speaker(short):
    text = "On 3 May 2023, militants attacked a village near Fada N'Gourma, Burkina Faso, killing 20 villagers. A local official said the toll had risen to 31."
    assert _sum(short, text) == 31


def test_a_war_toll_that_rose_is_no_incident_toll(short):
    text = "On 3 May 2023, gunmen killed 12 people at a cattle market near Katsina, Nigeria. The toll of the banditry crisis rose to 2,400 this year."
    assert _sum(short, text) == 12


def test_a_price_that_rose_is_no_toll(short):
    text = "On 3 May 2023, gunmen killed 12 people at a cattle market near Katsina, Nigeria. The price of cattle rose to 300,000 naira."
    assert _sum(short, text) == 12


# armed men neutralised


def test_neutralised_attackers_are_dead(short):
    text = "On 3 May 2023, jihadists attacked an army post near Menaka, Mali. The army said four soldiers were killed and 16 terrorists were neutralised."
    assert _sum(short, text) == 20


def test_neutralised_bombs_are_no_dead(short):
    text = "On 3 May 2023, soldiers neutralised three roadside bombs on the road to Menaka, Mali."
    assert _sum(short, text) == 0
    events = _events(short, text)
    assert not any(q.kind in {"killed", "dead"} for e in events for q in e.quantities)


# the dead "along with" an attacker


def test_dead_along_with_a_pronoun_are_dead(short):
    text = "On 3 May 2023, a suicide bomber attacked a police post near Tikrit, Iraq. He was killed along with four policemen."
    assert _sum(short, text) == 5


def test_soldiers_counted_apart_from_the_dead_stay_a_headcount(short):
    text = "On 3 May 2023, gunmen killed two soldiers near Kidal, Mali. Ten soldiers were wounded."
    assert _sum(short, text) == 2

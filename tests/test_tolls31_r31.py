"""Round 31 on attack summaries whose toll is spread over sentences or told in an unusual shape: victims of the
attack dying after it ("Two of the wounded later succumbed") folded into its toll, the dead told as the only ones
("The two bombers were the only fatalities"), and a count the parser conjoined to the verb ("killed a tribal elder
and three of his relatives"). Every sentence here was written for these tests (none is from a dataset); each rule
has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


def _doc(short, text):
    from wirecoder.article import Article

    return short(Article(raw=text, source="t", published="2024-05-20")).doc


# victims dying after the attack are its dead


def test_wounded_who_later_succumbed_join_the_attack_toll(short):
    text = (
        "On 3 April 2023, a bomb exploded at a bus stop in Kohat, Pakistan, killing five commuters. "
        "Two of the wounded later succumbed to their injuries."
    )
    assert _dead(short, text) == 7
    assert _sum(short, text) == 7


def test_injured_who_died_overnight_join_the_attack_toll(short):
    text = (
        "On 9 May 2022, gunmen attacked a cattle market in Djibo, Burkina Faso, killing ten traders. "
        "Three of the injured died overnight."
    )
    assert _dead(short, text) == 13
    assert _sum(short, text) == 13


def test_ordinal_victim_dying_later_joins_the_attack_toll(short):
    text = (
        "On 14 March 2024, a mine struck a truck near Daraa, Syria, killing three farmers. "
        "A fourth farmer died later in hospital."
    )
    assert _dead(short, text) == 4
    assert _sum(short, text) == 4


def test_victim_dying_the_next_day_keeps_the_toll_on_the_attack(short):
    text = (
        "On 12 June 2023, gunmen stormed a clinic in Kebbi State, Nigeria. Two nurses were killed, "
        "and a patient died of his wounds the next day."
    )
    assert _dead(short, text) == 3
    assert _source(short, text).startswith("gunmen")
    assert _sum(short, text) == 3


def test_killing_dated_on_another_day_is_not_read_as_a_later_death(short):
    from wirecoder.coding.toll_parts import later_death_time

    doc = _doc(short, "Two nurses were killed on Monday. A patient died of his wounds on Tuesday.")
    first = [t for t in doc if t.text == "Monday"][0]
    second = [t for t in doc if t.text == "Tuesday"][0]
    assert not later_death_time(first)
    assert later_death_time(second)


def test_later_deaths_add_nothing_when_the_sentence_tells_another_incident(short):
    text = (
        "On 3 April 2023, a bomb exploded at a bus stop in Kohat, Pakistan, killing five commuters. "
        "In Quetta, two people died in a separate attack."
    )
    assert _dead(short, text) == 5
    assert _sum(short, text) == 7


def test_plain_death_count_in_the_next_sentence_is_not_read_as_later(short):
    from wirecoder.coding.toll_parts import died_later

    doc = _doc(short, "Nine people died. The bridge later collapsed. Two of the wounded later succumbed.")
    sents = list(doc.sents)
    assert died_later(sents[0].root) is None
    assert died_later(sents[1].root) is None
    assert died_later(sents[2].root) is not None


def test_succumbing_to_pressure_counts_no_dead(short):
    text = "On 2 June 2024, four ministers succumbed to pressure and resigned in Lima, Peru."
    assert _sum(short, text) == 0


# the dead told as the only ones


def test_bombers_as_the_only_fatalities_are_the_toll(short):
    text = (
        "On 5 March 2024, two suicide bombers tried to enter a market in Bama, Nigeria, and detonated "
        "their explosives at the gate. The two bombers were the only fatalities."
    )
    assert _sum(short, text) == 2


def test_attacker_as_the_only_person_killed_is_the_toll(short):
    text = (
        "On 8 July 2023, a suicide attacker rammed a car into the gate of a base in Baidoa, Somalia. "
        "He was the only person killed."
    )
    assert _sum(short, text) == 1


def test_only_fatality_told_after_the_deaths_adds_nothing(short):
    text = (
        "On 8 July 2023, a bomber blew himself up at the gate of a base in Baidoa, Somalia. "
        "He was the only person killed."
    )
    assert _sum(short, text) == 1


def test_only_casualties_and_denied_only_fatality_count_no_dead(short):
    from wirecoder.coding.only_deaths import only_deaths

    for sentence in (
        "Two guards were the only casualties.",
        "A guard was not the only fatality.",
        "They were the only fatalities.",
        "He was the only person arrested.",
    ):
        doc = _doc(short, sentence)
        assert only_deaths(doc, 0, len(doc)) == [], sentence


# a count conjoined to the verb


def test_leader_and_his_relatives_killed_count_all(short):
    text = "On 18 November 2022, gunmen killed a tribal elder and three of his relatives in Bannu, Pakistan."
    assert _dead(short, text) == 4


def test_conjoined_verb_after_object_is_no_count_of_it(short):
    text = "On 4 May 2023, troops killed four militants and arrested two in Diyala, Iraq."
    assert _dead(short, text) == 4


# injured victims told dying


def test_injured_victims_who_later_died_are_dead_and_join_the_toll(short):
    text = (
        "On 2 March 2024, a bomb hit a van near Sinjar, Iraq, killing four labourers. "
        "Three injured labourers later died."
    )
    assert _dead(short, text) == 7
    assert _sum(short, text) == 7


def test_injured_victims_taken_to_hospital_are_no_dead(short):
    text = (
        "On 2 March 2024, a bomb hit a van near Sinjar, Iraq, killing four labourers. "
        "Police said 14 injured people were taken to hospital."
    )
    assert _sum(short, text) == 4

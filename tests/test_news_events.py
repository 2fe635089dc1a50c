"""Events on real-news kinds of text: generic actors, ACLED typing rules, figurative violence, statements.

Every sentence is composed for these tests (places and actors vary); they check general readings, not
the wording of any gold set.
"""

from __future__ import annotations

import pytest

from composed import coder_on

pytestmark = pytest.mark.slow


events = coder_on("2024-05-20", source="news")


def subs(short, text: str) -> list[str]:
    return [e.acled["sub_event_type"] for e in events(short, text) if e.acled.get("sub_event_type")]


# --- ACLED typing rules (the codebook's definitions) ---------------------------------------------------


def test_a_bomb_without_a_suicide_bomber_is_a_remote_explosive(short):
    assert subs(short, "A bomb went off near a courthouse in Mardan, killing two lawyers.") == [
        "Remote explosive/landmine/IED"
    ]
    assert subs(short, "The second explosion left at least 12 people dead.") == ["Remote explosive/landmine/IED"]


def test_a_suicide_bomber_still_makes_a_suicide_bomb(short):
    assert "Suicide bomb" in subs(short, "A suicide bomber blew himself up outside a bank in Jalalabad.")


def test_armed_men_firing_on_a_civilian_place_is_an_attack_not_a_clash(short):
    assert subs(short, "Masked gunmen opened fire on a minibus near Zhob.") == ["Attack"]
    assert subs(short, "Militants stormed a school in Tank.") == ["Attack"]


def test_two_armed_sides_fighting_is_still_a_clash(short):
    assert subs(short, "Soldiers clashed with insurgents near Miranshah.") == ["Armed clash"]


def test_a_crowd_burning_a_building_is_mob_violence(short):
    assert subs(short, "An angry crowd set fire to a bank branch in Jacobabad.") == ["Mob violence"]


# --- class 1: a protest or an attack is an event whoever does it --------------------------------------


def test_a_nominal_protest_by_people_no_actor_knows_is_an_event(short):
    found = events(short, "Cobblers staged a demonstration outside the town hall in Sialkot.")
    assert [e.plover["type"] for e in found] == ["PROTEST"]
    assert found[0].source is not None and found[0].source.text == "Cobblers"


def test_passive_and_particle_light_verbs_hold_a_protest(short):
    passive = events(short, "A sit-down protest was held by bakers against the flour price in Hyderabad.")
    assert [e.plover["type"] for e in passive] == ["PROTEST"] and passive[0].source is not None
    particle = events(short, "Rickshaw drivers took out a procession in Gujranwala against the fuel price.")
    assert [e.plover["type"] for e in particle] == ["PROTEST"]


def test_a_protest_verb_needs_people_as_its_subject(short):
    assert events(short, "Shares rallied strongly on Tuesday after the announcement.") == []


def test_a_weapon_as_subject_makes_an_attack_without_a_known_actor(short):
    assert subs(short, "Three bombs hit a bus terminal in Kirkuk.") == ["Remote explosive/landmine/IED"]
    assert subs(short, "A mortar round struck a clinic in Marib.") == ["Shelling/artillery/missile attack"]
    went = events(short, "An explosive device went off outside a bakery in Quetta, killing four people.")
    assert [e.acled["sub_event_type"] for e in went] == ["Remote explosive/landmine/IED"] and went[0].fatalities == 4


def test_two_forces_exchanging_fire_is_a_clash_with_both_as_sides(short):
    found = events(short, "Tajik and Kyrgyz border troops exchanged fire on Sunday.")
    assert {e.acled["sub_event_type"] for e in found} == {"Armed clash"}
    assert {e.source.country for e in found if e.source} == {"TJK", "KGZ"}
    assert all(e.plover["type"] != "ASSAULT" for e in events(short, "The two ministers exchanged views on quotas."))


# --- class 4: figurative violence -------------------------------------------------------------------------


def test_fighting_an_abstraction_is_no_battle(short):
    assert events(short, "The activists said they were fighting corruption in the ports.") == []
    assert events(short, "Teachers are fighting for better pensions.") == []


def test_a_politician_attacking_another_is_a_criticism_without_a_toll(short):
    text = "Opposition leader Imran Khan attacked Prime Minister Shehbaz Sharif over 90,000 deaths from the epidemic."
    found = events(short, text)
    assert [e.plover["type"] for e in found] == ["ACCUSE"]
    assert all(e.fatalities is None for e in found)


def test_real_attacks_keep_their_violent_reading(short):
    assert events(short, "Gunmen attacked a police post in Zhob.")[0].plover["type"] == "ASSAULT"
    assert events(short, "Russia attacked Ukraine on Thursday.")[0].plover["type"] == "ASSAULT"
    assert events(short, "Soldiers are fighting in the valley near Tirah.")[0].plover["type"] == "ASSAULT"


# --- class 8: statements and appeals, with their speakers as sources ----------------------------------


def test_an_appeal_whose_clause_is_marked_by_for_is_an_appeal(short):
    found = events(short, "Farmers' unions called for the import ban to be lifted.")
    assert [e.plover["type"] for e in found] == ["REQUEST"] and found[0].source is not None


def test_a_demanded_resignation_is_the_topic_of_the_demand(short):
    found = events(short, "Opposition parties in Senegal called for the interior minister's resignation.")
    assert [e.plover["type"] for e in found] == ["REQUEST"]


def test_a_passive_accusation_names_its_target(short):
    found = events(short, "The district chief is accused of selling land titles.")
    assert [e.plover["type"] for e in found] == ["ACCUSE"] and found[0].target is not None


def test_leaving_a_race_is_yielding_not_a_retreat(short):
    assert [e.plover["type"] for e in events(short, "The governor withdrew from the race on Sunday.")] == ["CONCEDE"]
    assert [e.plover["type"] for e in events(short, "The senator dropped out of the primary in March.")] == ["CONCEDE"]


# --- a toll told through who died, and who carried the attack out ----------------------------------------


def test_dying_in_an_attack_is_the_attack_toll_with_its_named_maker(short):
    found = events(short, "At least nine people died in the ambush, which was carried out by Boko Haram.")
    assert len(found) == 1 and found[0].fatalities == 9
    assert found[0].source is not None and found[0].source.country == "NGA"


def test_dying_of_illness_is_no_event(short):
    assert events(short, "Three elderly residents died of heatstroke in Jacobabad.") == []


def test_killed_in_a_bomb_blast_is_a_remote_explosive(short):
    assert subs(short, "Two traffic wardens were killed in a bomb blast in Chaman.") == [
        "Remote explosive/landmine/IED"
    ]


def test_crowds_counted_in_numbers_march_and_take_to_the_streets(short):
    found = events(short, "Tens of thousands marched from the university to the parliament in Tbilisi.")
    assert [e.plover["type"] for e in found] == ["PROTEST"] and found[0].source is not None
    assert [e.plover["type"] for e in events(short, "Thousands of workers took to the streets of Yerevan.")] == [
        "PROTEST"
    ]


def test_observing_a_strike_is_a_labour_strike(short):
    assert [e.cameo["code"] for e in events(short, "Transporters observed a strike across Balochistan on Monday.")] == [
        "143"
    ]


def test_a_shooting_with_a_toll_is_an_event_and_a_dismissal_is_not(short):
    found = events(short, "A shooting outside a cinema in Lagos left four people dead.")
    assert [e.plover["type"] for e in found] == ["ASSAULT"] and found[0].fatalities == 4
    assert events(short, "The governor's firing of the health commissioner surprised lawmakers.") == []


def test_a_group_no_actor_knows_is_of_the_country_its_sentence_places_it_in(short):
    found = events(short, "Tailors staged a demonstration outside the press club in Multan.")
    assert found and found[0].source is not None and found[0].source.country == "PAK"

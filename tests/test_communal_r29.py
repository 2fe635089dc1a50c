"""ACLED typing of communal and crowd violence, round 29 (ontology/acled.yaml, coding/acled_words.py).

Communities fighting each other with no weapon named (herders and farmers, clans, ethnic youths) are ACLED's
communal/identity militias, organised armed groups: an Armed clash (rounds 13-18 coded it Mob violence); a scuffle
that harms no one and names no community stays a mob's; sticks, stones or blades named stay a mob's. People
attacking each other with sticks, stones or clubs are a mob. Villagers, residents or youths storming or burning a
police station or a state office are a Violent demonstration (a "mob" doing it, or a crowd turning on a house or a
person, stays Mob violence). A verb with no object of its own takes the object of the verb it is joined to
("stormed and ransacked a police station"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Herders and farmers clashed near Keffi on Monday, leaving six people dead.",
        "At least nine people died in fighting between Gabra and Borana pastoralists near Sololo.",
        "Members of the Kusasi and Mamprusi communities clashed in Bawku, leaving two dead.",
        "Clashes between Lou Nuer and Murle youths near Akobo killed 14 people.",
        "Herders and farmers clashed in a village near Lafia on Sunday.",  # a communal group named, no toll
    ],
)
def test_communities_clashing_are_an_armed_clash(short, text):
    assert _sub(short, text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Residents of two neighbourhoods clashed after a football match in Mombasa.", "Mob violence"),
        ("Tribesmen of two clans fought with sticks and stones in Dera Bugti.", "Mob violence"),
        ("Armed herders attacked a farming village near Jos, killing eight residents.", "Attack"),
    ],
)
def test_scuffles_brawls_and_raids_are_no_communal_battle(short, text, sub):
    assert _sub(short, text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "Rival supporters attacked each other with stones after a rally in Mutare, wounding four.",
        "Students of two colleges attacked each other with rods in Sylhet.",
    ],
)
def test_people_attacking_each_other_with_sticks_or_stones_are_a_mob(short, text):
    assert _sub(short, text) == "Mob violence"


def test_armed_men_attacking_each_other_with_rifles_stay_a_battle(short):
    assert _sub(short, "Militiamen attacked each other with rifles near Bunia, killing five.") != "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Youths stormed and ransacked a police station in Tamale after a death in custody.",
        "Villagers set fire to a police post in Kalehe after a trader died in custody.",
        "Residents torched the district office in Uvira over unpaid compensation.",
    ],
)
def test_crowds_wrecking_state_premises_are_a_violent_demonstration(short, text):
    assert _sub(short, text) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "A mob set fire to a police post in Katsina.",  # the reporter's mob
        "Villagers set fire to the house of a suspected thief in Kitui.",  # a crowd on a person's house
        "Mobs attacked Christian homes in a village near Sahiwal.",  # plural mobs, capitalised
        "Angry villagers attacked a police team with sticks in Ratnagiri after a raid.",  # officers, no premises
    ],
)
def test_crowds_turning_on_people_or_told_as_mobs_stay_mob_violence(short, text):
    assert _sub(short, text) == "Mob violence"


def test_a_verb_with_no_object_takes_the_object_of_the_verb_it_is_joined_to(settings):
    from wirecoder.coding.acled_words import acled_words
    from wirecoder.nlp import load_spacy

    nlp = load_spacy(settings.spacy_model)
    doc = nlp("Youths stormed and ransacked a police station.")
    assert "station" in acled_words(doc[1], False)[1].split()
    doc = nlp("Gunmen stormed the village and burned houses.")  # an object of its own: kept, none added
    objects = acled_words(doc[1], False)[1].split()
    assert "village" in objects and "house" not in objects

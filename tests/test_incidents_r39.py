"""ACLED typing of composed incident notes, round 39 (lane incidents). A protest note whose next sentence tells an
arrest by the state (or by no one named) of people written by no other kind than the crowd's ("14 participants",
"20 people were arrested", "the organisers") or of no one resolved ("arrested 14 of them") is one Protest with
intervention (coding/protest_force.py, data/lexicon/protest_force.yaml held_people); an arrest of people of another
kind or at another place keeps the protest peaceful. State forces killing gang members or bandits fight an organised
armed group (acled.yaml: Battles, Armed clash; armed_victims holds the gang words), and India's Maoists are rebels
(agents.yaml); a suspect of no armed kind killed by police, or bandits killing villagers, stay attacks. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Boda boda riders protested in Mombasa against police harassment. Police arrested 14 of them.",
        "Market traders demonstrated in Kano against new stall fees. Police detained several of them.",
        "Nurses rallied outside the health ministry in Harare over unpaid allowances. Police arrested 9 participants.",
        "Farmers blocked a highway near Ludhiana to protest crop prices. 30 people were arrested.",
        "Teachers marched in Kaduna against unpaid salaries. Police arrested the organisers.",
        "Miners protested in Potosi over a mine closure. Soldiers detained dozens of demonstrators.",
    ],
)
def test_arrest_of_the_crowd_after_a_protest_is_its_intervention(short, text):
    assert main_sub_type(short, text) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        # people of another kind held: ACLED's Arrests, the protest stays peaceful
        "Teachers marched in Kaduna against unpaid salaries. Police later arrested 3 suspected kidnappers in the city.",
        "Traders protested in Kano against market fees. Police arrested two armed robbers at a checkpoint.",
        # the arrest at another place
        "Students rallied in Lahore over exam results. In Multan, police arrested 12 people.",
        # no arrest told
        "Nurses rallied outside the health ministry in Harare over unpaid allowances. 9 participants addressed the crowd.",
    ],
)
def test_protest_stays_peaceful_without_its_crowd_held(short, text):
    assert main_sub_type(short, text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Haiti killed six gang members during a raid on a hideout in Gressier.",
        "Soldiers killed eleven bandits in a forest near Gusau, the army said.",
        "Security forces killed two Maoists in the forests of Sukma district.",
        "Gendarmes shot dead three gangsters on the outskirts of Port-de-Paix.",
    ],
)
def test_state_forces_killing_armed_gangs_is_a_clash(short, text):
    assert main_sub_type(short, text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead a suspected thief at a market in Kaduna.",
        "Bandits killed nine farmers near Gusau.",
        "Gang members shot dead a bus driver in Carrefour.",
    ],
)
def test_armed_gangs_killing_or_suspects_killed_stay_attacks(short, text):
    assert main_sub_type(short, text) == "Attack"

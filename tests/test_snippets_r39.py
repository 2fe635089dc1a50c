"""ACLED typing of composed snippets, round 39 (lane snippets). Dispersing or breaking up a gathering told by its own
noun ("a sit-in", "a vigil", "a rally") is a protest's intervention whatever a place phrase ("in front of the
ministry") gave as the target, and excessive force when it harmed people (acled.yaml gatherings). Two parses that
leave a crowd's act with no subject are mended (reduced_relatives.py): a participle coordinated with a past verb that
takes an object ("an angry crowd set upon a thief and beat him", also when both hang on the subject after its "of"
phrase: "a crowd of villagers set upon ...") and a participle with an object of its own hung on
the noun of a clause on the subject ("villagers armed with machetes beat to death two men"); verbs whose passive
takes a bare object (ergative_verbs.yaml double_object_verbs) stay passives. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a gathering dispersed or broken up, with a place phrase before the government building
        ("Police dispersed a sit-in in front of the labour ministry in Tunis.", "Protest with intervention"),
        ("Gendarmes dispersed a march by teachers in front of the prefecture in Lome.", "Protest with intervention"),
        (
            "Riot police broke up a candlelight vigil outside the presidential palace in Minsk.",
            "Protest with intervention",
        ),
        (
            "Soldiers dispersed a rally in front of the governor's office in Harare, killing three people.",
            "Excessive force against protesters",
        ),
        # a crowd setting upon someone and beating, burning or lynching: a mob
        ("An angry crowd set upon a suspected pickpocket in Kisumu and beat him to death.", "Mob violence"),
        ("A furious mob set upon two alleged kidnappers near Ibadan and burned their car.", "Mob violence"),
        ("A crowd of villagers set upon a suspected thief near Kumasi and beat him senseless.", "Mob violence"),
        # a crowd's act hung on the noun of "armed with X"
        (
            "Villagers armed with sticks beat to death a suspected cattle thief in Tanzania's Mara region.",
            "Mob violence",
        ),
        (
            "Residents armed with clubs beat up three men accused of witchcraft in a village near Blantyre.",
            "Mob violence",
        ),
    ],
)
def test_gatherings_and_mobs(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # dispersing armed men or a crowd that is no gathering of protest stays what it was
        ("Police dispersed the rebels in front of the barracks in Bangui.", "(none)"),
        # verbless lines of passives keep no act: a participle whose past conjunct takes no object, a passive with a
        # second object
        ("Fresh vegetables grown in the hills and sold at the market in Kabale every Saturday.", "(none)"),
        ("Hundreds of sacks of maize stored in the warehouse and sold the next day in Juba.", "(none)"),
        ("Pupils dressed in uniforms given prizes by the governor in Kano last week.", "(none)"),
        # a finite sentence is untouched
        ("A crowd of residents chased and beat a suspected robber in Lagos until he died.", "Mob violence"),
    ],
)
def test_gatherings_and_mobs_negatives(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub

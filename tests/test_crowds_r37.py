"""ACLED typing of composed snippets, round 37 (lane crowds): statues, monuments or windows wrecked by sports fans,
hooligans, party supporters or youths with no protest told are rioters' Mob violence (acled.yaml; "fan" and
"hooligan" are crowd nouns in actors/agents.yaml; "pull down" and "tear down" wreck property in verbs.yaml
smash-property), while protesters wrecking them stay a Violent demonstration and unknown vandals a Looting/property
destruction; armed men raiding or attacking a settlement, hamlet or community by its kind attack civilians
(acled.yaml civilian places). Two misparses of note openings are mended: "youths" read as a verb ("On 2 May, youths
protesting X burned tyres": plural_stand_ins.py) and a plural subject hung on the object with its verb as the
object's modifier ("On 2 May, youths stoned vehicles": reduced_relatives._stranded_subject). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # sports crowds, angry or not, wrecking a statue or windows: a mob
        ("Fans of the visiting team toppled a statue outside the stadium in Thessaloniki.", "Mob violence"),
        ("Furious fans pulled down the statue of the club's chairman in Marseille.", "Mob violence"),
        ("Hooligans smashed the windows of three bars in Rotterdam's old town.", "Mob violence"),
        # supporters or youths wrecking a monument with no protest told
        ("Supporters of the defeated candidate vandalised a monument in Kisumu.", "Mob violence"),
        ("Youths smashed a memorial to the war dead in a village near Jos.", "Mob violence"),
        ("Youths tore down a statue of a former senator in a park in Benin City.", "Mob violence"),
        # armed men raiding a place people live in, told by its kind
        ("Bandits on motorbikes raided a Fulani settlement in Niger state and shot a herder.", "Attack"),
        ("Pirates arriving by boat attacked a fishing community in the Niger Delta, killing two.", "Attack"),
        ("Gunmen stormed a hamlet in Tillaberi region overnight.", "Attack"),
    ],
)
def test_crowds_and_civilian_places(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # protesters wrecking a statue during a march stay a violent demonstration
        ("Protesters toppled a statue of a slave trader during a march in Bristol.", "Violent demonstration"),
        # angry people of another kind wrecking an office stay a violent demonstration (round 34)
        ("Angry traders smashed the windows of the council office in Kano.", "Violent demonstration"),
        # unknown vandals: property destruction, no crowd
        ("Unknown people vandalised a mosque in Lyon.", "Looting/property destruction"),
        # the state taking a statue down is no event; fans celebrating or a machine's fans neither
        ("Authorities pulled down a statue of a colonial governor in Lubumbashi.", "(none)"),
        ("Workers pulled down the scaffolding around the cathedral in Cologne.", "(none)"),
        ("Fans celebrated the title in the streets of Naples.", "(none)"),
        ("Engineers installed ceiling fans in a new school in Lahore.", "(none)"),
        # fighters attacking an army base stay a clash, whatever place it stands in
        ("Rebels attacked an army base near Kidal, killing four soldiers.", "Armed clash"),
    ],
)
def test_crowds_negatives(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a plural read as a verb before a participle clause
        (
            "On 4 December 2026, youths protesting fuel prices burned tyres on a road in Ratoma (Conakry).",
            "Violent demonstration",
        ),
        (
            "On 30 November 2026, youths demanding jobs blocked the highway and burned tyres in Tema (Greater Accra).",
            "Violent demonstration",
        ),
        # a plural subject hung on the object, its verb read as the object's modifier
        ("On 2 December 2026, youths stoned vehicles in Ikeja (Lagos).", "Mob violence"),
        # already parsed right: unchanged
        ("On 2 December 2026, youths burned tyres in Kumasi (Ashanti).", "Mob violence"),
        # a verbless line with a past participle and no subject: no event
        ("On 2 December 2026, burned vehicles in Lagos.", "(none)"),
        ("Photos of youths at the football festival in Accra.", "(none)"),
    ],
)
def test_note_openings(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub

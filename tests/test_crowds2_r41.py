"""ACLED typing of composed snippets, round 41 (lane crowds2). The security forces charging a crowd, or charging
people with batons or on horseback, is force on them (175, verbs.yaml accuse frames after PETRARCH2-style crime
frames: "charged two men with murder" stays a charge in law); pushing or driving back a crowd is the protest's
intervention (repel-attack); clubbing people beats them (club-people); a participle of protesting before the people
acted on ("beat marching nurses", "whipped protesting farmers") tells them protesting (acled.yaml protest_people,
protesting_objects.py parse repair). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_EXCESSIVE = "Excessive force against protesters"
_INTERVENTION = "Protest with intervention"
_NONE = "(none)"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a charge on a crowd by the security forces
        ("Gendarmes charged the marchers in the capital Yaounde.", _INTERVENTION),
        ("Police charged protesting teachers with batons in Freetown on Tuesday.", _INTERVENTION),
        ("Mounted police charged the crowd on horseback in Santiago.", _INTERVENTION),
        ("Riot police charged striking bus drivers with truncheons in Athens, injuring at least twelve.", _EXCESSIVE),
        # pushing back a crowd
        (
            "Riot police pushed back demonstrators trying to reach the presidential palace in Tegucigalpa.",
            _INTERVENTION,
        ),
        ("Soldiers drove back a crowd of protesters from the gates of the governor's office in Jos.", _INTERVENTION),
        # clubbing people
        (
            "Riot police clubbed demonstrators outside the high court in Kampala and six of them were taken to hospital.",
            _EXCESSIVE,
        ),
        ("Riot police clubbed marchers near the stadium in Conakry.", _INTERVENTION),
        # a participle of protesting before the people acted on
        ("Police beat marching nurses in Lusaka.", _INTERVENTION),
        ("Security forces whipped protesting farmers near Bamako and five of them were hospitalised.", _EXCESSIVE),
        ("Soldiers shot protesting miners near the mine in Kolwezi.", _EXCESSIVE),
    ],
)
def test_force_on_crowds(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    "text",
    [
        # charges in law, accusations, prices: no force
        "Police charged 30 protesters with unlawful assembly in Harare.",
        "Police charged two protest organisers with obstruction at a court in Lusaka.",
        "Police accused the protest organisers of spreading false news in Accra.",
        "The union charged the government with ignoring the demands of striking doctors.",
        "The stadium charged fans twenty dollars for the final in Cairo.",
        # clubbing together (no object), an aspect verb before a participle (a true complement)
        "Friends of the victim clubbed together to pay for the funeral in Soweto.",
        "Workers stopped protesting cuts after the company agreed to talks in Lagos.",
    ],
)
def test_no_force_on_crowds(short, text: str) -> None:
    assert main_sub_type(short, text) not in {_EXCESSIVE, _INTERVENTION}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police charged two men with murder in Lagos.", "Arrests"),
        ("The army pushed back the rebel advance near Goma.", "Armed clash"),
    ],
)
def test_older_readings_kept(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub

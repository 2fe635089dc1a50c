"""Round 44 precision (lane precision3): a fighting verb told in a game is the game (combine/match_clashes.py);
streets pounded by a doer that is no weapon, armed party or crowd are a walk (combine/figurative_idioms.py); a
text or an idea torched is criticism (combine/figurative_objects.py); force that is a sham or told in a drill is
a show of force, 150 (combine/drill_force.py). Controls of plain violence keep their events. The examples are
composed for these tests."""

from __future__ import annotations

import pytest

from composed import cameo_codes, coder_on, current

events = coder_on("2026-12-05")


def _force(evs) -> list[str]:
    return [c for c in cameo_codes(current(evs)) if c and c[:2] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Uruguay clashed in a tense qualifier in Montevideo on Tuesday.",
        "The two sides battled in the cup final at Wembley.",
        "Japan and Korea clashed in Thursday's quarter-final in Doha.",
        "Canvassers pounded the streets of Leeds ahead of the local election.",
        "Estate agents have been pounding the streets of Lisbon for listings.",
        "Indian marines carried out a mock assault on an island off Goa.",
        "Paratroopers stormed an airfield during the annual exercise in Latvia.",
    ],
)
def test_figures_games_and_drills_give_no_force(short, text):
    assert _force(events(short, text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader torched the government's pension plan in a fiery speech.",
        "Economists torched the central bank's new strategy on Monday.",
    ],
)
def test_torched_ideas_are_criticism(short, text):
    assert cameo_codes(current(events(short, text))) == ["111"], text


@pytest.mark.parametrize(
    "text",
    [
        "The Polish army staged a simulated air raid on a mock village in Drawsko.",
        "Taiwanese troops stormed a beach during drills in Penghu on Monday.",
    ],
)
def test_drills_are_a_show_of_force(short, text):
    assert "150" in cameo_codes(current(events(short, text))), text


@pytest.mark.parametrize(
    "text",
    [
        "Rival fans clashed in the stands during the derby in Belgrade, injuring eleven.",
        "Tribesmen clashed with police in the streets of Quetta on Friday.",
        "Russian artillery pounded the streets of Kupiansk overnight.",
        "Soldiers pounded the streets of the old quarter with mortar fire.",
        "Rioters torched the regional assembly in Arequipa on Saturday.",
        "A mob torched two police stations in Sylhet overnight.",
        "Gunmen attacked soldiers during a training exercise in Kaduna, killing four.",
        "Insurgents attacked an army camp in Cabo Delgado on Sunday.",
    ],
)
def test_plain_violence_stays(short, text):
    assert _force(events(short, text)) or any(
        c and c[:2] in {"14", "17"} for c in cameo_codes(current(events(short, text)))
    ), text


@pytest.mark.parametrize(
    "text",
    [
        "Two conscripts were killed when a mortar shell exploded during a live-fire exercise in Estonia.",
        "A grenade went off during training at a camp in Kenya, wounding four recruits.",
    ],
)
def test_drill_mishaps_give_no_event_or_toll(short, text):
    evs = current(events(short, text))
    assert _force(evs) == [] and not any(e.fatalities for e in evs), text


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded during training at a police academy in Quetta, killing 6 recruits.",
        "A car bomb went off near an army base in Mogadishu, killing 5 soldiers.",
    ],
)
def test_bombs_near_trainees_stay_attacks(short, text):
    assert _force(events(short, text)), text

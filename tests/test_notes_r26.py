"""Round 26 incident-notes lane (less-covered regions): found explosives set off on purpose are disrupted weapons
use, a named place captured or seized is taken territory, an attack on an army position is a battle, and districts,
townships and villages of Cabo Delgado, Myanmar, Darfur/Kordofan, Anglophone Cameroon, Ituri/North Kivu and the
Sahel that the packaged cities file lacks."""

from __future__ import annotations

import pytest

from wirecoder import Settings
from wirecoder.article import Article
from wirecoder.evaluation.run import eval_settings
from wirecoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(eval_settings(Settings()))


def _events(pipe: Pipeline, text: str) -> list:
    return pipe(Article(raw=text, source="t", published="2026-12-07")).events


def _subs(pipe: Pipeline, text: str) -> list:
    return [(e.acled or {}).get("sub_event_type") for e in _events(pipe, text)]


# ---- found explosives destroyed on purpose: ACLED Disrupted weapons use, no attack
@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2026, army engineers carried out a controlled detonation of an IED discovered near Dikwa (Borno).",
        "On 2 May 2026, police safely detonated a roadside bomb found under a bridge in Garissa (Garissa county).",
        "On 2 May 2026, police detonated an unexploded grenade in a field in Maiduguri (Borno).",
        "On 2 May 2026, bomb disposal experts blew up an old mortar shell discovered by herders near Gao (Gao region).",
        "On 2 May 2026, soldiers blew up a landmine found on a farm road near Gwoza (Borno).",
    ],
)
def test_found_explosives_set_off_are_disrupted_weapons_use(pipe: Pipeline, text: str) -> None:
    subs = _subs(pipe, text)
    assert subs and subs[0] == "Disrupted weapons use"
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2026, militants detonated a bomb in a market in Gao (Gao region), killing four people.",
        "On 2 May 2026, al-Shabaab detonated an IED targeting a police vehicle in Afgooye (Lower Shabelle).",
        "On 2 May 2026, a suicide bomber detonated his vest at a checkpoint in Konduga (Borno).",
    ],
)
def test_bombs_set_off_without_disposal_marks_stay_attacks(pipe: Pipeline, text: str) -> None:
    subs = _subs(pipe, text)
    assert subs and subs[0] != "Disrupted weapons use"


# ---- a named place captured or seized is territory taken, a named person captured is arrested
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 2 May 2026, JNIM militants captured Boni (Douentza, Mopti) after heavy fighting with FAMa soldiers.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 2 May 2026, RSF fighters seized Babanusa (West Kordofan) after days of fighting.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 2 May 2026, M23 rebels captured Mweso (Masisi, North Kivu) after FARDC soldiers fled.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_named_place_captured_is_territory(pipe: Pipeline, text: str, sub: str) -> None:
    assert _subs(pipe, text)[:1] == [sub]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2026, Malian soldiers captured Amadou Kone, a JNIM commander, near Boni (Douentza, Mopti).",
        "On 2 May 2026, police captured Musa (35) in Kano (Kano state).",
    ],
)
def test_named_person_captured_is_arrested(pipe: Pipeline, text: str) -> None:
    assert _subs(pipe, text)[:1] == ["Arrests"]


# ---- an attack on an army position is a battle; on villagers it stays an attack
def test_attack_on_army_position_is_armed_clash(pipe: Pipeline) -> None:
    text = "On 2 May 2026, Boko Haram fighters attacked a Nigerien army position in Bosso (Diffa region)."
    assert _subs(pipe, text)[:1] == ["Armed clash"]


def test_attack_on_villagers_stays_attack(pipe: Pipeline) -> None:
    text = "On 2 May 2026, Boko Haram fighters attacked villagers in Bosso (Diffa region), killing three."
    assert _subs(pipe, text)[:1] == ["Attack"]


# ---- places the packaged cities file lacks, in their story's country
@pytest.mark.parametrize(
    ("text", "country", "lat"),
    [
        ("On 2 May 2026, insurgents burned houses in Ancuabe (Cabo Delgado). No casualties.", "MOZ", -12.97),
        (
            "On 2 May 2026, Islamic State fighters killed 2 civilians in Muidumbe district (Cabo Delgado).",
            "MOZ",
            -11.81,
        ),
        ("On 2 May 2026, junta aircraft bombed a village in Pauk township (Magway region), killing 3.", "MMR", 21.45),
        ("On 2 May 2026, junta jets bombed a school in Depayin (Sagaing region), killing 5 children.", "MMR", 22.67),
        ("On 2 May 2026, RSF fighters shelled Kabkabiya (North Darfur), killing 4 civilians.", "SDN", 13.65),
        ("On 2 May 2026, separatists abducted a chief in Muea (Fako, South-West region).", "CMR", 4.13),
        ("On 2 May 2026, CODECO militiamen killed 6 civilians in Nizi (Djugu, Ituri).", "COD", 1.75),
    ],
)
def test_district_and_village_places(pipe: Pipeline, text: str, country: str, lat: float) -> None:
    loc = _events(pipe, text)[0].location or {}
    assert loc.get("country") == country and abs(loc["lat"] - lat) < 0.3


def test_namesake_abroad_still_wins_in_its_own_story(pipe: Pipeline) -> None:
    text = "On 2 May 2026, police arrested two men over a stabbing in Palma (Mallorca, Spain)."
    loc = _events(pipe, text)[0].location or {}
    assert loc.get("country") == "ESP"

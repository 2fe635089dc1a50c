"""Projectiles that land or fall on a place, walkouts and staying off work, burnt tyres and bales, tanks as the
weapon and detentions of people who set out to march (verbs.yaml projectile-landed, walk-out-strike,
set-fire-debris; config weapon_codes; acled.yaml 173 with acl:march), on sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from conftest import events_of

ROOT = Path(__file__).resolve().parent.parent


def _main(short, text: str):
    from wirecoder.evaluation.acled import main_event

    return main_event(events_of(short, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Three rockets landed in a residential district of Kirkuk late on Saturday, police said.",
            "Shelling/artillery/missile attack",
        ),
        ("A mortar shell fell near a mosque in Idlib, wounding two worshippers.", "Shelling/artillery/missile attack"),
        (
            "Two missiles slammed into a warehouse on the outskirts of Odesa overnight.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Army tanks shelled the outskirts of the town of Kidal on Friday, residents said.",
            "Shelling/artillery/missile attack",
        ),
        ("Bus drivers in Accra walked out on Monday in a dispute over unpaid allowances.", "Peaceful protest"),
        ("Junior doctors in Colombo stayed off work for a second day to press for overtime pay.", "Peaceful protest"),
        (
            "Police in Baku detained about 30 people who tried to rally outside the parliament building.",
            "Protest with intervention",
        ),
        (
            "Taxi drivers protesting against higher fuel prices set fire to tyres on a highway near Santiago.",
            "Violent demonstration",
        ),
    ],
)
def test_act_sub_types(short, text, sub):
    main = _main(short, text)
    assert main is not None and main.acled["sub_event_type"] == sub, (text, main and main.acled)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The reusable rocket landed safely on a drone ship after delivering its payload to orbit.",
        "A test missile fell into the sea off the eastern coast, the defence ministry said.",
        "Shell fell 2 percent in London as oil prices dropped.",
        "Snow fell on the mountain villages above Kabul overnight.",
        "The plane landed in Nairobi shortly after noon.",
        "Members of the panel walked out of the hearing in Canberra after an angry exchange.",
        "A water tank struck a parked car during the storm in Dhaka.",
        "Farmers burned straw in their fields near Ludhiana.",
        "A small plane crashed into a warehouse near the airport in Goma.",
        "Most voters stayed away from the polls in the capital, turnout figures showed.",
        "Oil prices fell on Tuesday after the cartel agreed to raise output.",
    ],
)
def test_no_event_from_plain_uses(short, text):
    main = _main(short, text)
    assert main is None, (text, main and main.acled)


@pytest.mark.slow
def test_police_arresting_robbers_stays_arrests(short):
    main = _main(short, "Police in Quito arrested three men who tried to rob a jewellery shop.")
    assert main is not None and main.acled["sub_event_type"] == "Arrests"


@pytest.mark.slow
def test_held_out_acts_score_holds(short):
    from wirecoder.evaluation.acled import main_event

    spec = importlib.util.spec_from_file_location("score_acled_snippets", ROOT / "scripts" / "score_acled_snippets.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    rows = yaml.safe_load((ROOT / "tests" / "data" / "acled_snippets_acts.yaml").read_text(encoding="utf-8"))
    subs = []
    for row in rows:
        main = main_event(events_of(short, row["text"]))
        subs.append(main.acled["sub_event_type"] if main is not None else "(none)")
    result = scorer.score(rows, subs)
    assert result["weighted_f1"] >= 0.9 and result["false_event_share"] == 0.0, result["misses"]

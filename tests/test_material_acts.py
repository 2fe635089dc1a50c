"""Violence, coercion and protest told through the instrument or a passive with no agent
(coding/combine/instruments.py, data/lexicon/material_acts.yaml), on sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from composed import coder_on

ROOT = Path(__file__).resolve().parent.parent


_events = coder_on("2025-03-10")


def _main(short, text: str):
    from wirecoder.evaluation.acled import main_event

    events = _events(short, text)
    return main_event(events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover", "sub"),
    [
        (
            "A van laden with explosives was rammed into the wall of a district police station in Zabul.",
            "ASSAULT",
            "Suicide bomb",
        ),
        (
            "A bomb-laden pickup was driven into a crowded checkpoint outside Gao on Saturday.",
            "ASSAULT",
            "Suicide bomb",
        ),
        (
            "The barracks was targeted with an explosives-laden lorry before dawn, officials said.",
            "ASSAULT",
            "Suicide bomb",
        ),
        ("A border post near Zakho was targeted with a drone late on Sunday.", "ASSAULT", "Air/drone strike"),
        ("The mayor's office in Kismayo was targeted with grenades overnight.", "ASSAULT", "Grenade"),
        (
            "An army base in Deir ez-Zor was hit with rockets on Thursday, the coalition said.",
            "ASSAULT",
            "Shelling/artillery/missile attack",
        ),
        ("The kidnapped engineers were freed on Sunday after six weeks in captivity.", "RETREAT", None),
        ("The blogger was released from prison in Baku on Friday.", "RETREAT", None),
        (
            "Marchers threw rocks at riot police near the parliament in Skopje.",
            "PROTEST",
            "Violent demonstration",
        ),
        ("Rioters attacked a police post in the town of Kayes on Monday.", "PROTEST", "Violent demonstration"),
        ("Militia fighters laid siege to the garrison town of Bardai on Thursday.", "COERCE", "Other"),
        ("The coast guard imposed a blockade on the harbour of Berbera.", "COERCE", "Other"),
    ],
)
def test_material_acts(short, text, plover, sub):
    main, events = _main(short, text)
    assert plover in [(e.plover or {}).get("type") for e in events]
    if sub is not None:
        assert main is not None and main.acled["sub_event_type"] == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The new vaccine was released to pharmacies on Monday.",
        "The funds were released after the audit was finished.",
        "The minister was targeted with a barrage of complaints over the delays.",
        "Young voters were targeted with online adverts in the final week of the campaign.",
        "A delivery truck was driven into the depot at the end of the shift.",
        "The film was released in cinemas across Europe on Friday.",
    ],
)
def test_no_event(short, text):
    assert _events(short, text) == []


@pytest.mark.slow
def test_protesters_killing_stays_an_assault(short):
    events = _events(short, "Protesters shot dead a security guard outside the ministry in Kinshasa.")
    assert "ASSAULT" in [(e.plover or {}).get("type") for e in events]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_acled_snippets", ROOT / "scripts" / "score_acled_snippets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scorer_reads_plover_and_killed_where_given():
    s = _scorer()
    rows = [{"text": "a", "plover": ["ASSAULT"], "killed": 0}, {"text": "b", "sub": None, "plover": []}]
    found = [{"plover": ["ASSAULT"], "killed": None}, {"plover": ["PROTEST"], "killed": None}]
    result = s.score(rows, ["Attack", "(none)"], found)
    assert result["plover_accuracy"] == 0.5 and result["killed_accuracy"] == 1.0
    assert result["false_event_share"] == 0.0  # the row without a sub is not scored for it


@pytest.mark.slow
@pytest.mark.parametrize("name", ["material_snippets.yaml", "material_snippets_fresh.yaml"])
def test_composed_set_score_holds(short, name):
    """The composed sets (tests/data/material_snippets*.yaml) stay at what the rules reach (measured 2026-12; the
    fresh batch scored 0.87 weighted F1 as written; students hurling stones with no protest verb is still missed)."""
    from wirecoder.evaluation.acled import main_event

    s = _scorer()
    rows = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    subs, found = [], []
    for r in rows:
        events = _events(short, r["text"])
        main = main_event(events)
        subs.append(main.acled["sub_event_type"] if main is not None else s.NONE)
        first = main if main is not None else (events[0] if events else None)
        found.append({"plover": [(e.plover or {}).get("type") for e in events], "killed": first and first.fatalities})
    result = s.score(rows, subs, found)
    assert result["weighted_f1"] >= 0.85 and result["plover_accuracy"] >= 0.9 and result["killed_accuracy"] == 1.0


@pytest.mark.slow
def test_protest_cleared_is_one_intervention(short):
    events = _events(short, "The protest camp outside the labour ministry in Rabat was cleared by riot police at dawn.")
    assert [(e.plover or {}).get("type") for e in events] == ["COERCE"]
    assert events[0].acled["sub_event_type"] == "Protest with intervention"


@pytest.mark.slow
def test_released_people_are_the_target(short):
    events = _events(short, "Three kidnapped nurses were freed in Zamfara state on Wednesday.")
    assert [(e.plover or {}).get("type") for e in events] == ["RETREAT"]
    assert events[0].source is None and "nurses" in events[0].target.text
    assert _events(short, "The grain shipment was released from the port on Wednesday.") == []


@pytest.mark.slow
def test_protesters_firing_rockets_is_no_riot(short):
    events = _events(short, "Armed protesters fired rockets at an army base near Sirte.")
    assert "PROTEST" not in [(e.plover or {}).get("type") for e in events]


@pytest.mark.slow
def test_means_agent_is_the_source(short):
    events = _events(
        short, "At least eleven passengers died in the bus bombing, allegedly carried out by the Pakistani Taliban."
    )
    assert events and events[0].source is not None and "Taliban" in events[0].source.text
    assert events[0].fatalities == 11
    # who investigated it did not do it
    events = _events(short, "Two children died in the blast, investigated by the police.")
    assert all(e.source is None for e in events if (e.plover or {}).get("type") == "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The sit-in by unpaid nurses entered its third week outside the health ministry in Blantyre.",
        "Dockworkers began a sit-in at the port of Mombasa on Tuesday.",
        "The protest by bus drivers in Accra entered its fourth day.",
    ],
)
def test_protest_nouns_told_as_going_on(short, text):
    assert "PROTEST" in [(e.plover or {}).get("type") for e in _events(short, text)]


@pytest.mark.slow
def test_a_war_entering_a_year_is_no_event(short):
    assert _events(short, "The civil war entered its ninth year in March.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Hundreds of protesters marched to the electoral commission in Maputo, singing and hurling "
            "bottles at its windows.",
            "Violent demonstration",
        ),
        (
            "Hundreds of protesters gathered outside the ministry in Sofia, chanting slogans and waving flags.",
            "Peaceful protest",
        ),
        ("Protesters rallied in Quito, and later police threw them out of the square.", "Peaceful protest"),
        ("Protests and riots over the new tax continued across Kenya.", "Peaceful protest"),
    ],
)
def test_protest_turned_violent(short, text, sub):
    main, _ = _main(short, text)
    assert main is not None and main.acled["sub_event_type"] == sub


@pytest.mark.slow
def test_protests_and_riots_are_two_events(short):
    events = _events(short, "Protests and riots over the new tax continued across Kenya.")
    subs = sorted(e.acled["sub_event_type"] for e in events)
    assert subs == ["Peaceful protest", "Violent demonstration"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three suspects in connection with the bombing that killed 15 people in Kirkuk.",
        "Security forces detained scores of marchers in Conakry, where three protesters were shot dead.",
        "A man accused of a knife attack that killed two tourists in Hurghada appeared in court on Monday.",
    ],
)
def test_arrests_carry_no_toll_of_another_act(short, text):
    for e in _events(short, text):
        if (e.plover or {}).get("type") == "COERCE":
            assert not e.fatalities


@pytest.mark.slow
def test_repression_keeps_its_own_toll(short):
    events = _events(short, "Troops cracked down on demonstrators in Bamako, killing three.")
    assert [e.fatalities for e in events if (e.plover or {}).get("type") in {"ASSAULT", "COERCE"}] == [3]

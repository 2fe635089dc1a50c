"""ACLED typing of news snippets, round 12: acts told as planned, possible or denied get no ACLED type
(coding/acled_modality.py); a demand made by people gathered for it is their peaceful protest (acled_words
"head:" modifier); detentions of people who blocked or occupied something are a protest's intervention; arms
caches destroyed are disrupted weapons use; crops and trees destroyed are property destruction; a base opened
is a base established (verbs.yaml open-base). Sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from composed import main_sub_type
from conftest import events_of

ROOT = Path(__file__).resolve().parent.parent


_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Dozens of retired miners gathered outside the labour ministry in Sofia to demand back pay.",
            "Peaceful protest",
        ),
        (
            "Cotton growers assembled at the district office in Sukkur on Tuesday to demand fair prices.",
            "Peaceful protest",
        ),
        (
            "Police detained 25 people who had occupied the lobby of the mayor's office in Tbilisi.",
            "Protest with intervention",
        ),
        ("Gendarmes arrested 30 activists who had blocked a railway line near Lille.", "Protest with intervention"),
        (
            "Troops found and destroyed a stockpile of ammunition in the Sambisa forest of Borno state on Friday.",
            "Disrupted weapons use",
        ),
        (
            "Police defused ammunition left in a bag near the bus terminal in Kano, officials said.",
            "Disrupted weapons use",
        ),
        (
            "Armed men destroyed orchards owned by farmers in a village near Hebron on Monday.",
            "Looting/property destruction",
        ),
        ("The navy opened a new base on an island near Palawan on Thursday.", "Headquarters or base established"),
        ("The Maoist rebels announced that they would end their armed struggle.", "Change to group/activity"),
    ],
)
def test_snippet_subtypes(short, text, sub):
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union plans to hold a demonstration in Nairobi next Tuesday.",
        "Students may stage a sit-in at the campus in Accra if fees rise again.",
        "The army is preparing to launch an assault on the rebel-held town, officials said.",
        "No protest took place in Minsk on Sunday, witnesses said.",
        "Pharmacists in Accra plan to go on strike at the end of the month.",
        "The foreign minister met his counterpart in Oslo to demand the release of detained sailors.",
        "Russian drones destroyed an ammunition depot in Sumy region overnight.",
    ],
)
def test_no_snippet_event_or_not_the_wrong_one(short, text):
    sub = _sub(short, text)
    if text.startswith("Russian drones"):
        assert sub == "Air/drone strike"
    else:
        assert sub == "(none)"


@pytest.mark.slow
def test_subtype_batch_score_holds(short):
    from wirecoder.evaluation.acled import main_event

    spec = importlib.util.spec_from_file_location("score_acled_snippets", ROOT / "scripts" / "score_acled_snippets.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    rows = yaml.safe_load((ROOT / "tests" / "data" / "acled_snippets_subtypes.yaml").read_text(encoding="utf-8"))
    subs = []
    for row in rows:
        main = main_event(events_of(short, row["text"]))
        subs.append(main.acled["sub_event_type"] if main is not None else "(none)")
    result = scorer.score(rows, subs)
    assert result["weighted_f1"] >= 0.87 and result["false_event_share"] == 0.0, result["misses"]

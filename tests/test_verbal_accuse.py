"""Verbal disapproval, rejection, threats and reductions of relations (issue 11, class 8): characterising an
act, disputing its validity, blame said of someone, rulings, jibes, failed motions, refusals to tolerate,
ultimatums, bans and freezes, each with sentences that use the same words for no political act.

Every sentence is composed for these tests; tests/data/verbal_accuse.yaml holds a larger composed set
scored by scripts/score_main_events.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from composed import coder_on
from wirecoder.article import Event

FIXTURE = Path(__file__).parent / "data" / "verbal_accuse.yaml"


events = coder_on("2024-05-20")


def first(short, text: str) -> Event:
    evs = events(short, text)
    assert evs, text
    return evs[0]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ghana's opposition described the arrests of its officials as an act of persecution.", "11"),
        ("The Ecuadorian president called the court's decision a blunder.", "11"),
        ("Peru's largest union challenged the constitutionality of the pension law.", "11"),
        ("Human rights lawyers disputed the official account of the vote count.", "11"),
        ("The Zambian president took a swipe at donors over delayed funding.", "11"),
        ("Kenya's High Court ruled the deployment of troops unconstitutional.", "11"),
        ("Serbia holds Kosovo responsible for the attacks on its citizens.", "11"),
        ("Spanish senators voted down the amnesty bill.", "12"),
        ("Indonesia's police chief said violence against voters will not be tolerated.", "13"),
        ("The Somali army vowed to hunt down the militants behind the bombing.", "13"),
        ("The gunmen gave the villagers two days to leave or face death.", "13"),
        ("Algeria suspended its budget support to the transitional authorities in Mali.", "16"),
        ("Morocco banned imports of Algerian goods.", "16"),
        ("Britain froze the assets of three Russian oligarchs.", "16"),
        ("Vietnam announced a ban on imports of Chinese poultry.", "16"),
        ("The Venezuelan government ruled out talks with the opposition.", "12"),
        ("The Tanzanian president hit out at foreign journalists over their coverage.", "11"),
        ("Jordan expressed anger at the demolition of Palestinian homes.", "11"),
        ("Niger's junta declared the Beninese envoy persona non grata.", "16"),
        ("Burkina Faso withdrew from the regional economic bloc.", "16"),
        ("The rebel delegation walked out of the peace talks in Doha.", "16"),
    ],
)
def test_verbal_conflict_forms_are_their_acts(short, text, root):
    assert first(short, text).cameo["root"] == root


@pytest.mark.parametrize(
    "text",
    [
        "The guide described the temple as a jewel of the region.",
        "The coach is responsible for the youth team.",
        "Police questioned the driver for three hours.",
        "The striker took a shot at the goalkeeper from thirty metres.",
        "The city council banned fireworks in the old town.",
        "Investors froze their spending ahead of the holidays.",
        "Farmers blamed the poor harvest on the drought.",
        "Meteorologists warned of flooding along the coast.",
        "The hikers walked out of the forest at dawn.",
    ],
)
def test_the_same_words_about_no_political_act_give_no_event(short, text):
    assert events(short, text) == []


def test_blame_said_of_someone_is_the_speakers_accusation(short):
    ev = first(short, "Burkina Faso's army said jihadists were responsible for the deaths of forty civilians.")
    assert ev.cameo["code"] == "112"
    assert ev.source is not None and "army" in ev.source.text
    assert ev.target is not None and "jihadists" in ev.target.text


def test_a_refusal_to_tolerate_is_a_threat_in_the_future_and_a_disapproval_now(short):
    threat = first(short, "Jordan's interior minister said that any attack on the border posts would not be tolerated.")
    assert threat.cameo["code"] == "130"
    assert threat.source is not None and "minister" in threat.source.text
    now = first(short, "Chilean miners said they can no longer tolerate the company's safety record.")
    assert now.cameo["root"] == "11"
    kept = events(short, "The regime tolerated small gatherings of students for years.")
    assert not [e for e in kept if e.cameo["root"] in {"11", "13"}]  # tolerating is no disapproval


def test_a_ban_on_protests_is_coercion_and_a_ban_on_trade_a_sanction(short):
    assert first(short, "Uganda imposed a ban on opposition rallies.").plover["type"] == "COERCE"
    assert first(short, "Uganda imposed a ban on imports of Kenyan milk.").plover["type"] == "SANCTION"
    assert first(short, "Washington imposed sanctions on two Iranian banks.").plover["type"] == "SANCTION"


def test_a_failed_vote_is_a_rejection_and_a_defeat_in_battle_stays_a_fight(short):
    assert first(short, "Lawmakers voted against the motion to dissolve the cabinet.").cameo["root"] == "12"
    assert first(short, "Opposition parties failed to agree on a joint candidate.").cameo["root"] == "12"
    assert first(short, "Sudan's army defeated the rebels near El Fasher.").cameo["root"] == "19"


def test_the_composed_set_keeps_its_scores(short):
    """The main event's CAMEO root is right on at least 0.78 of tests/data/verbal_accuse.yaml (0.50 before
    these rules) and "is there an event" keeps F1 >= 0.88."""
    rows = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    right = tp = fp = fn = 0
    for row in rows:
        evs = events(short, row["text"])
        want, root = row.get("root"), (evs[0].cameo["root"] if evs else None)
        right += (root is None) if want is None else (root in want)
        tp += bool(want) and bool(evs)
        fp += (not want) and bool(evs)
        fn += bool(want) and not evs
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert right / len(rows) >= 0.78
    assert f1 >= 0.88

"""Verbal acts and the main event of a sentence (issue 11, class 8): speakers no actor knows, plain statements,
statements that are acts, and reported acts that win over the reporting verb.

Every sentence is composed for these tests; tests/data/verbal_main_events.yaml holds a larger composed set
scored by scripts/score_main_events.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from composed import coder_on

FIXTURE = Path(__file__).parent / "data" / "verbal_main_events.yaml"


events = coder_on("2024-05-20")


def roots(short, text: str) -> list[str]:
    return [e.cameo["root"] for e in events(short, text)]


@pytest.mark.parametrize(
    ("text", "root", "speaker"),
    [
        ("Critics accused the governor of ignoring the drought.", "11", "Critics"),
        ("Residents appealed to the district council for clean water.", "02", "Residents"),
        ("Observers criticised the conduct of the municipal vote.", "11", "Observers"),
        ("Opposition lawmakers rejected the budget on Tuesday.", "12", "lawmakers"),
        # (experts, scientists and forecasters are no political speakers since round 29: their warnings give none)
        ("Several campaigners warned the ministry against cutting the health budget.", "13", "campaigners"),
    ],
)
def test_a_speaker_no_actor_knows_is_the_source_of_its_verbal_act(short, text, root, speaker):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == root
    assert evs[0].source is not None and speaker in evs[0].source.text


@pytest.mark.parametrize(
    "text",
    ["The letter urged the council to reconsider.", "The paper criticised the new parking rules."],
)
def test_a_document_is_no_speaker(short, text):
    assert all(e.source is None or e.source.text.lower() not in {"letter", "paper"} for e in events(short, text))


def test_a_statement_about_another_actor_is_the_act(short):
    evs = events(short, "The Italian prime minister said Spain was a reliable partner.")
    assert [e.cameo["code"] for e in evs] == ["010"]
    assert evs[0].source.country == "ITA" and evs[0].target.country == "ESP"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the weather had been unusually dry this spring.",
        "The Polish defence minister said he was tired after the long journey.",  # about the speaker
        "Analysts said the economy grew faster than expected.",
        '"Spain is a reliable partner," the Italian prime minister said.',  # a quote is coded for what it does
        "Spain remains a reliable partner, the Italian prime minister said.",  # the reporter's attribution
    ],
)
def test_a_plain_statement_is_no_event(short, text):
    assert "010" not in [e.cameo["code"] for e in events(short, text)]


def test_a_reported_act_is_the_main_event_not_the_statement(short):
    evs = events(short, "Police said gunmen killed four farmers near Jos on Sunday.")
    assert evs and evs[0].cameo["root"] in {"18", "19"}
    assert "010" not in [e.cameo["code"] for e in evs]
    evs = events(short, "Lebanon said Israeli jets struck a village near Tyre.")
    assert evs[0].cameo["root"] == "19"  # the strike first; the accusation it implies after it


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A spokeswoman for the Dutch government declined to comment on the report.", "011"),
        ("The Greek finance minister voiced pessimism about a deal with Turkey.", "012"),
        ("The Argentine president expressed optimism about the talks with Chile.", "013"),
        ("The Jordanian government is considering a proposal to open the border crossing.", "014"),
        ("The Indian prime minister laid a wreath at the memorial in Dhaka.", "017"),
        ("The Ghanaian president sent condolences to the families of the miners.", "018"),
        ("The Chilean president expressed sorrow over the deaths of the fishermen.", "018"),
        ("The Peruvian government said the accusations were groundless.", "016"),
        ("The Austrian chancellor spoke by telephone with the Czech prime minister.", "041"),
    ],
)
def test_statements_that_are_acts(short, text, code):
    assert [e.cameo["code"] for e in events(short, text)][:1] == [code]


def test_declining_to_talk_is_still_a_refusal(short):
    assert roots(short, "The Serbian president refused to meet the Kosovo delegation.")[:1] == ["12"]


def test_vowing_revenge_is_a_threat(short):
    assert roots(short, "The Iraqi militia vowed revenge for the killing of its commander.")[:1] == ["13"]


def test_blocking_a_statement_rejects_it_and_blocking_a_road_is_a_protest(short):
    assert roots(short, "Poland blocked a joint statement of the European Union on migration.")[:1] == ["12"]
    assert roots(short, "Farmers blocked the main road to the capital with tractors.")[:1] == ["14"]


@pytest.mark.slow
def test_the_composed_set_keeps_its_scores(short):
    """The main event (the sentence's first event) of the composed set has an expected root for at least 90 %
    of sentences, and "is there an event" has F1 >= 0.95 with no event on the plain statements."""
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
    assert right / len(rows) >= 0.9
    assert f1 >= 0.95
    assert fp == 0


def test_a_name_no_actor_stands_for_still_speaks(short):
    evs = events(short, "Mayor Ellen Rask criticized the new water rules on Monday.")
    assert [e.cameo["root"] for e in evs] == ["11"]
    assert evs[0].source is not None and evs[0].source.text.endswith("Rask")


@pytest.mark.parametrize(
    "text",
    ["The Australian prime minister visited Perth on Friday.", "The French president visited Marseille on Monday."],
)
def test_a_trip_at_home_is_no_visit(short, text):
    assert "04" not in roots(short, text)


def test_a_visit_abroad_is_a_visit(short):
    evs = events(short, "The Australian prime minister visited Jakarta on Friday.")
    assert [e.cameo["code"] for e in evs] == ["042"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Swiss foreign ministry said it was deeply concerned by the arrests of journalists in Georgia.", "012"),
        ("The Irish prime minister said he was hopeful that a deal with Britain could be reached.", "013"),
    ],
)
def test_saying_one_is_worried_or_hopeful_is_a_comment(short, text, code):
    assert [e.cameo["code"] for e in events(short, text)][:1] == [code]

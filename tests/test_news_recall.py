"""Recall on news sentences (issue 11): people named by their role in a case ("suspects", "hostages",
"detainees") are the targets of an arrest, and contenders in a race ("candidates", "the nominee") the source
of a withdrawal (a plain role noun no actor stands for left the act with no participant, so no event);
taking the blame or responsibility for a fault is a concession (CAMEO 015), taking on a duty is none; a lost
vote is a rejection (CAMEO 120) even when no voter is named.

Every sentence is composed for these tests (other names and countries than any gold set).
"""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Three suspects were arrested on Monday.", "Three suspects"),
        ("A police spokesman in Lagos confirmed that two suspects were arrested.", "two suspects"),
        ("Police arrested four suspects in Karachi after the raid.", "four suspects"),
        ("Two suspects were taken into custody in Nairobi.", "Two suspects"),
        ("Soldiers detained five suspects near the Nigerian border.", "five suspects"),
    ],
)
def test_suspects_are_the_targets_of_an_arrest(short, text, target):
    evs = [e for e in events(short, text) if e.plover["type"] == "COERCE"]
    assert evs, text
    assert evs[0].target is not None and evs[0].target.text == target


def test_a_suspect_is_no_civilian(short):
    evs = events(short, "Police in Quetta arrested two suspects on Friday.")
    assert evs and evs[0].target is not None and evs[0].target.sector != "CVL"


@pytest.mark.parametrize(
    "text",
    [
        "The suspects remain at large.",
        "Police are searching for two suspects.",
        "The two suspects are believed to be brothers.",
    ],
)
def test_suspects_not_acted_on_are_no_event(short, text):
    assert events(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Both candidates dropped out of the race.",
        "The opposition candidate dropped out of the presidential race on Monday.",
        "Two candidates withdrew from the mayoral election in Bogota.",
    ],
)
def test_a_candidate_leaving_a_race_concedes(short, text):
    evs = events(short, text)
    assert evs and evs[0].plover["type"] == "CONCEDE"
    assert evs[0].source is not None and "candidate" in evs[0].source.text


@pytest.mark.parametrize(
    "text",
    [
        "The candidate said the economy was strong.",
        "Candidates must register before March.",
        "The candidates debated taxes on television.",
    ],
)
def test_a_candidate_who_does_nothing_coded_gives_no_event(short, text):
    assert events(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister took full responsibility for the failures.",
        '"I take full responsibility for what happened," the Kenyan police chief said.',
        "Chile's health minister said she took the blame for the delays.",
        "Kenya's transport minister took responsibility for the crash.",
    ],
)
def test_taking_the_blame_for_a_fault_concedes(short, text):
    evs = events(short, text)
    assert any(e.plover["type"] == "CONCEDE" and e.cameo["code"] == "015" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will take responsibility for the new schools.",
        "The agency took responsibility for the refugees' housing.",
        "Officials took responsibility for security at the summit.",
        "Nobody has taken responsibility for the blast.",
    ],
)
def test_taking_on_a_duty_or_no_one_taking_the_blame_is_no_concession(short, text):
    assert not any(e.plover["type"] == "CONCEDE" for e in events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "A motion to dissolve parliament failed to pass on Tuesday.",
        "The opposition's bid for early elections failed to get the required majority.",
        "The no-confidence motion against the Estonian prime minister failed.",
        "Monday's vote on the new constitution failed to win a majority in the assembly.",
    ],
)
def test_a_lost_vote_is_a_rejection_with_no_voter_named(short, text):
    assert [e.plover["type"] for e in events(short, text)] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The bill failed to address rural poverty.",
        "The motion is expected to fail next week.",
        "The talks failed to reach an agreement.",
        "The rescue attempt failed.",
    ],
)
def test_a_judged_bill_a_future_vote_or_a_failed_attempt_is_no_rejection(short, text):
    assert "REJECT" not in [e.plover["type"] for e in events(short, text)]

"""Reported speech (round 40): an official's words on a state of affairs are the official's public statement
(CAMEO 010), though they name no other actor; a vow to veto or reject is the rejection (12x), no pledge (030).
The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-11-20")


def _codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in current(events(short, text)) if e.cameo]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Uruguay's economy minister said inflation had eased for a third month.", "URY"),
        ("The Polish foreign minister said relations with Lithuania were at a turning point.", "POL"),
        ("Tanzania's president told reporters that the harvest would be the largest in a decade.", "TZA"),
        ("A spokesman for the Philippine government said the typhoon season was far from over.", "PHL"),
    ],
)
def test_an_officials_words_on_a_state_of_affairs_are_a_statement(short, text: str, country: str) -> None:
    evs = [e for e in current(events(short, text)) if e.cameo and e.cameo["code"] == "010"]
    assert len(evs) == 1
    assert evs[0].source is not None and evs[0].source.country == country
    assert evs[0].target is None


@pytest.mark.parametrize(
    "text",
    [
        # no public office speaks: a firm, traders, residents
        "The carmaker said its sales in Asia had slumped in the autumn.",
        "Traders in Lagos said the naira was weakening against the dollar.",
        "Residents said the power supply had been cut for a week.",
        # the words come after the sentence they attribute, or tell of the speaker's own person
        "Wheat prices will keep rising, the agriculture minister said.",
        "The Latvian prime minister said he was tired after the long journey.",
    ],
)
def test_no_statement_without_an_official_speaking_before_his_clause(short, text: str) -> None:
    assert "010" not in _codes(short, text)


def test_an_act_reported_by_an_official_stays_the_act(short) -> None:
    codes = _codes(short, "The Nigerian army spokesman said troops had killed eight bandits in Zamfara.")
    assert "010" not in codes
    assert any(c.startswith(("18", "19")) for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's prime minister vowed to veto the new sanctions package.",
        "Austria vowed to reject the migration proposal.",
    ],
)
def test_a_vow_to_veto_or_reject_is_the_rejection(short, text: str) -> None:
    codes = _codes(short, text)
    assert codes and all(c.startswith("12") for c in codes)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kenya pledged to help Somalia rebuild its army.", "03"),
        ("The rebels vowed to attack the capital.", "13"),
    ],
)
def test_a_vow_to_do_anything_else_is_still_an_intent_or_threat(short, text: str, root: str) -> None:
    codes = _codes(short, text)
    assert codes and codes[0].startswith(root)


def test_an_agreement_to_postpone_is_no_rejection(short) -> None:
    codes = _codes(short, "Opposition parties in Tbilisi agreed to postpone their rally until the weekend.")
    assert not any(c.startswith("12") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        # an announcement or a finding is the act it announces, coded as such or not at all: no public statement
        "The Dutch finance ministry announced that fuel duties would rise in January.",
        "The Chilean government declared that the drought had reached a critical stage.",
    ],
)
def test_an_announcement_is_no_public_statement(short, text: str) -> None:
    assert not any(e.pattern == "public-statement" for e in current(events(short, text)))


@pytest.mark.parametrize(
    "text",
    [
        # a plain description of an act or a measure is no event (the Wikinews guide's "opinion with no act");
        # a judging one is coding/judged_acts.py's accusation
        "The Thai defence minister said the operation had gone smoothly.",
        "Peru's labour minister said the march had been orderly.",
    ],
)
def test_a_plain_description_of_an_act_is_no_public_statement(short, text: str) -> None:
    assert _codes(short, text) == []


def test_a_vow_not_to_allow_stays_the_vow(short) -> None:
    # the refusal told under a negated complement is a resolve (the pledge's own code, 13 here), not a veto
    codes = _codes(short, "Chile's security council vowed not to allow any armed group to operate from its soil.")
    assert codes and all(not c.startswith("12") for c in codes)

"""Reported speech (round 40): a vow to veto or reject is the rejection (12x), no pledge (030). An official's
words on a state of affairs that name no other actor stay no event, the project's convention since rounds 15, 26
and 32 (the Wikinews guide's "opinion with no act"): round 40 coded them as 010 and was withdrawn in review.
The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-11-20")


def _codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in current(events(short, text)) if e.cameo]


@pytest.mark.parametrize(
    "text",
    [
        # an official's words on a state of affairs, naming no other actor: no event
        "Uruguay's economy minister said inflation had eased for a third month.",
        "A spokesman for the Philippine government said the typhoon season was far from over.",
        # no public office speaks: a firm, traders, residents
        "The carmaker said its sales in Asia had slumped in the autumn.",
        "Traders in Lagos said the naira was weakening against the dollar.",
        "Residents said the power supply had been cut for a week.",
        # the words come after the sentence they attribute, or tell of the speaker's own person
        "Wheat prices will keep rising, the agriculture minister said.",
        "The Latvian prime minister said he was tired after the long journey.",
        # a plain description of an act or a measure
        "The Thai defence minister said the operation had gone smoothly.",
        "Peru's labour minister said the march had been orderly.",
    ],
)
def test_words_on_a_state_of_affairs_are_no_statement(short, text: str) -> None:
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


def test_a_vow_not_to_allow_stays_the_vow(short) -> None:
    # the refusal told under a negated complement is a resolve (the pledge's own code, 13 here), not a veto
    codes = _codes(short, "Chile's security council vowed not to allow any armed group to operate from its soil.")
    assert codes and all(not c.startswith("12") for c in codes)

"""Feelings expressed toward another actor are verbal acts with PETRARCH2's CAMEO codes: appreciation (013),
gratitude and thanks (051), alarm and misgivings (012), frustration (110), fury (111); the actor the feeling is
about (a possessor inside the phrase included) is the target. The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, pair

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    ("text", "code", "countries"),
    [
        (
            "The Tanzanian foreign minister expressed his deep appreciation to Egypt for the relief flights.",
            "013",
            ("TZA", "EGY"),
        ),
        ("Kenya conveyed its gratitude to Norway for hosting the talks.", "051", ("KEN", "NOR")),
        ("Chile extended its thanks to Argentina for the firefighting aircraft.", "051", ("CHL", "ARG")),
        ("Seoul expressed alarm at the North Korean troop build-up.", "012", ("KOR", "PRK")),
        ("Manila expressed misgivings about Beijing's new coast guard law.", "012", ("PHL", "CHN")),
        ("Brazil expressed frustration with Venezuela over the border closure.", "110", ("BRA", "VEN")),
        ("Athens expressed fury at Ankara over the survey ship.", "111", ("GRC", "TUR")),
    ],
)
def test_a_feeling_expressed_toward_an_actor_is_coded(short, text: str, code: str, countries) -> None:
    evs = events(short, text)
    assert evs, text
    main = evs[0]
    assert main.cameo["code"] == code
    assert pair(main) == countries


def test_a_feeling_without_political_actors_gives_no_event(short) -> None:
    # a chef is no actor of politics, and diners no target (crowds such as fans are civilian actors, as for the
    # older feelings: "Fans expressed anger at the referee's decision")
    assert events(short, "The chef expressed his appreciation for the restaurant's loyal diners.") == []


def test_a_feeling_about_a_thing_has_no_target(short) -> None:
    # farmers are an actor (CAMEO's agriculture sector), a swarm of locusts is no one
    evs = events(short, "Farmers in Kenya expressed alarm at the spread of desert locusts.")
    assert [e.cameo["code"] for e in evs] == ["012"]
    assert evs[0].target is None or evs[0].target.country is None and not evs[0].target.text


def test_relief_sent_or_offered_is_aid_not_a_feeling(short) -> None:
    # "relief" is a feeling only when expressed; sent or offered it is help
    evs = events(short, "Japan sent relief to the flood-hit provinces of Pakistan.")
    assert evs and all(e.cameo["code"][:2] != "01" for e in evs)


def test_the_older_frames_keep_their_codes(short) -> None:
    # the entry's own frames are untouched: concern stays disapproval (110), condolences stay 018
    concern = events(short, "Japan expressed concern over Russia's missile tests.")
    assert concern[0].cameo["code"] == "110"
    assert pair(concern[0]) == ("JPN", "RUS")
    condolence = events(short, "Italy offered condolences to Morocco after the earthquake.")
    assert condolence[0].cameo["code"] == "018"
    assert pair(condolence[0]) == ("ITA", "MAR")

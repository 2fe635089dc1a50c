"""ACLED typing of news snippets, round 31 (lane snip31): goods stolen or carried off by raiders or people told as
looters are looted (Looting/property destruction); thieves, hackers or officials stealing are ordinary crime or
graft and give no event. An unarmed source told as rioting, protesting or on strike wrecking property is a riot
(Violent demonstration), not Looting/property destruction; a name with such a word ("Rapid Strike Force") is no
crowd. A faction of an armed movement splitting from its group is the group's change (Change to group/activity);
bands, couples and party factions splitting are none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Looters stole generators from a clinic in Kismayo.", "Looting/property destruction"),
        ("Gunmen stole 300 goats from herders near Moyale.", "Looting/property destruction"),
        ("Militiamen carried off food aid from a depot in Kalemie.", "Looting/property destruction"),
        ("Rebels stole fuel and medicines from an abandoned hospital in Bambari.", "Looting/property destruction"),
    ],
)
def test_goods_stolen_by_raiders(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Thieves stole a car from a parking lot in Nairobi.",
        "Hackers stole the data of two million customers, the bank said.",
        "The minister was accused of stealing public funds.",
        "The midfielder stole the ball and scored in the final minute.",
        "Looting is common after floods in the region, officials warned.",
    ],
)
def test_other_stealing_is_no_event(short, text: str) -> None:
    assert _sub(short, text) == "(none)"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Rioting youths torched two buses in the centre of Harare.",
        "Protesting traders set fire to the council offices in Kumasi.",
        "Rioting students burned a university vehicle in Ekiti.",
    ],
)
def test_protesting_crowd_wrecking_property_is_a_riot(short, text: str) -> None:
    assert _sub(short, text) == "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Strike Force torched a village in Darfur.",
        "Arsonists torched a rally venue in Kisumu overnight.",
    ],
)
def test_names_and_arsonists_are_no_riot(short, text: str) -> None:
    assert _sub(short, text) != "Violent demonstration"


@pytest.mark.slow
def test_armed_faction_splitting_is_a_change_to_the_group(short) -> None:
    text = "A faction of the Justice and Equality Movement split from the main group in North Darfur."
    assert _sub(short, text) == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The band split after their second album.",
        "The couple split from each other last year.",
        "A faction of the ruling party split from the main group.",
    ],
)
def test_other_splits_are_no_event(short, text: str) -> None:
    assert _sub(short, text) == "(none)"

"""Round-28 verbal2 lane: shows of force, reported sightings of foreign forces, states protesting acts, and the
counterparts of a "from A and B" subject, in single CAMEO-style news sentences.

- Warplanes or warships flown, sailed or sent near, around, toward, over or through a place are a show of force
  (150) against that place's state, also when the parser hangs "near X" on the last of conjoined objects; military
  drills held alone are one too, drills held with another state or joint are military cooperation (062).
- Foreign warplanes or ships a state says it detected, tracked or spotted, or that entered its airspace or waters,
  are the foreign state's show of force toward it (source the craft's state, target the detector).
- A state protesting an act as its direct object disapproves (111), of the act's doer ("by X").
- "Officials from A and B met": A meets B.

Every sentence is composed for these tests. Batches: tests/data/cameo_sentences_r28_fresh.yaml (held out, scored
before any rule), cameo_sentences_r28.yaml (dev), cameo_sentences_r28_fresh2.yaml (written after the rules).
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-11-20")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


def roots(got: list[tuple[str, str | None, str | None]]) -> set[str]:
    return {c[:2] for c, _, _ in got}


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("China flew 12 fighter jets and three bombers near Taiwan on Sunday.", "CHN", "TWN"),
        ("Russia sent 20 warplanes and two navy vessels toward Japan's northern islands.", "RUS", "JPN"),
        ("The Chinese navy held live-fire drills in waters near Vietnam.", "CHN", "VNM"),
        ("Iran sailed two destroyers through waters off Bahrain.", "IRN", "BHR"),
    ],
)
def test_verbal2_r28_war_craft_shown_near_a_state(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "15", got
    assert got[0][1:] == (src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "The president flew to Madrid on Monday for a two-day visit.",
        "The airline will fly its new jets from Lisbon starting in June.",
        "The navy held a ceremony near the port to honour fallen sailors.",
        "Fans flew flags near the stadium before the final.",
    ],
)
def test_verbal2_r28_no_show_of_force_without_war_craft(short, text: str):
    assert "15" not in roots(coded(short, text))


def test_verbal2_r28_joint_drills_are_cooperation(short):
    got = coded(short, "Thailand and Malaysia held joint naval drills in the Andaman Sea.")
    assert "15" not in roots(got), got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Taiwan's defence ministry said it detected 19 Chinese aircraft around the island.", "CHN", "TWN"),
        ("Japan's coast guard said it spotted three Chinese government ships near the Senkaku Islands.", "CHN", "JPN"),
        ("The Latvian navy said it tracked a Russian warship sailing close to its coast.", "RUS", "LVA"),
        ("Finland's defence ministry said two Russian military planes entered its airspace.", "RUS", "FIN"),
    ],
)
def test_verbal2_r28_foreign_forces_a_state_reports(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("150", src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "Police spotted three boats near the coast at dawn.",
        "Air traffic controllers tracked the plane until it vanished from radar.",
        "A Chinese cargo ship entered the port of Colombo on Tuesday.",
    ],
)
def test_verbal2_r28_no_show_of_force_in_plain_sightings(short, text: str):
    assert "15" not in roots(coded(short, text))


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Manila protested the firing of flares by Chinese navy helicopters at its patrol plane.", "PHL", "CHN"),
        ("Bangladesh protested the killing of two Bangladeshi farmers by Indian border guards.", "BGD", "IND"),
        ("Greece's foreign ministry protested the arrest of a Greek mayor by Albanian police.", "GRC", "ALB"),
    ],
)
def test_verbal2_r28_a_state_protesting_an_act_disapproves_of_its_doer(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("111", src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students protested the killing of a classmate by police in Dhaka.",
        "Farmers protested the new fuel tax outside parliament in Nairobi.",
    ],
)
def test_verbal2_r28_people_protesting_stay_a_protest(short, text: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "14", got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Officials from Ethiopia and Somalia met in Ankara for talks on port access.", "ETH", "SOM"),
        ("Officials from Armenia and Azerbaijan met in Berlin to discuss a peace treaty.", "ARM", "AZE"),
    ],
)
def test_verbal2_r28_parties_from_a_and_b_meet_each_other(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "04" and got[0][1:] == (src, tgt), got


def test_verbal2_r28_one_party_from_a_state_meets_whom_it_names(short):
    got = coded(short, "Officials from Chad met the French ambassador in N'Djamena.")
    assert got and got[0] == ("040", "TCD", "FRA"), got


def test_verbal2_r28_a_delegation_of_people_is_no_state(short):
    got = coded(short, "A delegation of farmers met the governor on Monday.")
    assert all(s is None for _, s, _ in got), got

"""Round-25 aid: military hardware given to a state or its forces is military aid (072) and goods behind a
container noun ("a batch of shells") count; a many-word relief item the parser chains ("water purification
equipment") matches its frame; a recipient told by where it is ("families displaced in X") takes the place's
country. Sales, exports and hardware sent to a front stay what they were.

Every sentence is composed for these tests; tests/data/cameo_sentences_r25*.yaml hold composed batches, scored
by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2025-09-16")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Portugal will give Mozambique two military transport helicopters.", "PRT", "MOZ"),
        ("Finland delivered a batch of artillery shells to Ukraine on Monday.", "FIN", "UKR"),
        ("Romania supplied Moldova with a consignment of air defence missiles.", "ROU", "MDA"),
        ("Japan will provide Vietnam with six coastal patrol vessels.", "JPN", "VNM"),
        ("Spain donated armoured vehicles to Senegal's army on Thursday.", "ESP", "SEN"),
    ],
)
def test_aid25_hardware_to_a_state_is_military_aid(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] in {"07", "03"} and got[0][1:] == (src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "Italy sold 12 attack helicopters to Qatar in a deal worth 3 billion euros.",
        "Bulgaria sold artillery shells to a US company last year.",
        "The army sent tanks to the border region on Friday.",
        "Uganda sent helicopters to the flooded district to rescue stranded villagers.",
        "The company will give its workers new uniforms.",
    ],
)
def test_aid25_sales_and_deployments_are_no_military_aid(short, text: str):
    assert not any(code in {"072", "033"} or code[:2] == "07" for code, _, _ in coded(short, text)), coded(short, text)


def test_aid25_chained_relief_item_matches(short):
    got = coded(short, "Austria will give water purification equipment to Jordan, the embassy said.")
    assert got and got[0][0][:2] in {"07", "03"} and got[0][1:] == ("AUT", "JOR"), got


@pytest.mark.parametrize(
    ("text", "tgt"),
    [
        ("The Red Crescent sent blankets to families displaced in Aleppo on Sunday.", "SYR"),
        ("Germany sent generators to hospitals in Odesa.", "UKR"),
        ("The charity delivered food parcels to survivors of the floods in Sindh.", "PAK"),
    ],
)
def test_aid25_recipient_takes_its_place_country(short, text: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "07" and got[0][2] == tgt, got


def test_aid25_place_outside_the_recipient_phrase_is_no_target(short):
    # the place is where the giver spoke, not where the recipients are
    got = coded(short, "Speaking in Nairobi, the agency said it had sent tents to the families.")
    assert all(t != "KEN" for _, _, t in got), got
    # recipients with no place in their phrase stay without a target
    got = coded(short, "Sweden sent medical supplies to hospitals.")
    assert all(t is None for _, _, t in got), got

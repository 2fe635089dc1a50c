"""Force verbs in news (round 39, lane force): a deal hammered or thrashed out is reached (AGREE 030) while
"hammer" alone keeps PETRARCH2's force; a PETRARCH2 force verb told with arms and a doer is an attack even when its
target is no known actor; "batter" is a verb of attack (its figures stay suppressed); a pavement pounded is a walk
for votes or work, no event. Published Monday 7 December 2026; the examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, main_sub_type, of_type

events = coder_on("2026-12-07")


def _types(short, text: str) -> set[str]:
    return {(e.plover or {}).get("type") for e in current(events(short, text))}


@pytest.mark.parametrize(
    "text",
    [
        "Rival clan elders hammered out a grazing accord in Garissa on Sunday.",
        "Trade ministers thrashed out a tariff compromise in Jakarta overnight.",
        "Libya's rival governments hammered out a truce in Tripoli after two days of talks.",
    ],
)
def test_deal_hammered_out_is_reached(short, text):
    evs = current(events(short, text))
    assert [e.cameo["code"] for e in evs] == ["030"], text
    assert not of_type(evs, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The blacksmith hammered out a rhythm on his anvil in Toledo.",  # no deal: no event
        "Investors hammered the shares of the Chilean miner on Friday.",
    ],
)
def test_hammered_without_deal_or_arms_is_no_event(short, text):
    assert not _types(short, text) - {None}, text


@pytest.mark.parametrize(
    "text, sub",
    [
        # PETRARCH2's plain "hammer" stays force beside our "hammer out"
        ("Ethiopian jets hammered Tigrayan positions near Alamata on Monday.", "Air/drone strike"),
        # a doer and arms with no actor as target
        (
            "Philippine troops hammered insurgent trenches outside Marawi with mortars.",
            "Shelling/artillery/missile attack",
        ),
        ("Rebel gunners battered the airfield at Kidal with rockets on Tuesday.", "Shelling/artillery/missile attack"),
    ],
)
def test_force_told_with_arms(short, text, sub):
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "A heatwave battered farmers across Andalusia this summer.",
        "Typhoon Haikui battered the east coast of Taiwan on Sunday.",
        "Rising fuel costs battered airlines in Brazil last quarter.",
        "Ireland battered Italy 42-6 in Dublin on Saturday.",
    ],
)
def test_figurative_batter_is_no_event(short, text):
    assert "ASSAULT" not in _types(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Union organisers pounded the pavement in Detroit to sign up new members.",
        "Graduates are pounding the pavements of Seoul in search of work.",
        "Canvassers beat the sidewalks of Queens before the primary.",
    ],
)
def test_pavement_pounded_is_no_event(short, text):
    assert not _types(short, text) - {None}, text


def test_streets_pounded_by_artillery_stay_force(short):
    evs = current(events(short, "Artillery pounded the streets of the old quarter of Homs on Thursday."))
    assert of_type(evs, "ASSAULT")

"""Round 46 strategic4 lane: drills with live fire, and armed groups allying with a named partner.

- live ammunition fired with no one named as hit is a shooting (193), and a drill's when told in one: "warships fired
  live rounds during naval exercises" is a show of force (150), "police fired live rounds at protesters" stays force;
- "war games" is a drill noun with its modifier; a branch's units named by their arms ("artillery units", "missile
  crews") are no violent doer, so their firing in a drill is a show of force;
- a side forming, forging or entering an alliance or a coalition *with* a partner is 050 (ACLED Change to
  group/activity when a side is a non-state armed group); firms doing so are none of it;
- declaring or vowing allegiance to a side is pledging it (030).
"""

from __future__ import annotations

import pytest

from composed import cameo_codes, coder_on, sub_types

events = coder_on("2026-12-07")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese destroyers fired live rounds during naval drills off the coast of Fujian on Tuesday.",
        "South Korean marines fired live ammunition during an exercise on Yeonpyeong island.",
        "Iranian missile crews fired rockets during military drills near the Strait of Hormuz.",
        "Russian naval forces launched cruise missiles during war games in the Barents Sea.",
    ],
)
def test_live_fire_in_drill_is_show_of_force(short, text: str) -> None:
    codes = cameo_codes(events(short, text))
    assert codes and codes[0] == "150", (text, codes)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces fired live rounds at demonstrators in Conakry, wounding four.",
        "Militants fired rockets at soldiers during a training exercise in Khyber.",
        "Rebel artillery units shelled the town during the army's exercise, killing two.",
    ],
)
def test_real_force_stays_force(short, text: str) -> None:
    codes = cameo_codes(events(short, text))
    assert codes and codes[0] != "150" and codes[0][:2] in {"17", "18", "19", "20"}, (text, codes)


@pytest.mark.parametrize(
    "text",
    [
        "A Darfur rebel faction said it had entered into a coalition with the RSF.",
        "The Arakan Army forged an alliance with two other ethnic armed groups.",
        "Dozens of fighters have declared allegiance to JNIM, a local elder said.",
    ],
)
def test_armed_alliances_change_group(short, text: str) -> None:
    assert "Change to group/activity" in sub_types(events(short, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The two airlines formed an alliance with a Gulf carrier to share routes.",
        "The carmaker entered a partnership with a Chinese battery maker.",
        "Fans threw flares during the games in Belgrade.",
    ],
)
def test_business_and_sport_no_strategic_event(short, text: str) -> None:
    assert not [s for s in sub_types(events(short, text)) if s], text

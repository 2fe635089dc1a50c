"""Round-42 speech3 lane: reported speech and verbal conflict in single news sentences.

- An official's call on its own named country ("the Dutch foreign minister said the Netherlands must ...",
  "Chile should ..., the Chilean president said") is the official's statement (010) with no target, no demand
  on anyone (coding/own_demands.py). A call on another country, on one's own government by another body, and a
  foreign official's call on a country stay demands.
- Foreign warplanes, warships or troops crossing a line of control between two states ("the median line",
  "the military demarcation line", "the ceasefire line") show force toward the other side (150), as entering
  its airspace does (verbs.yaml craft-crossing-line); fishermen or runners crossing a line, and crossing a border,
  stay as they were.

Every sentence is composed for these tests; tests/data/cameo_sentences_speech3_r42*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, pair

events = coder_on("2026-12-01")


def _main(short, text: str):
    evs = events(short, text)
    assert evs, text
    return evs[0]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Dutch finance minister said the Netherlands must spend less on subsidies.", "NLD"),
        ("Spain should raise its minimum wage again, the Spanish labour minister told reporters.", "ESP"),
        ("The Nigerian president said Nigeria must refine more of its own crude oil.", "NGA"),
        ("The Japanese defence minister said Japan must be ready to protect its remote islands.", "JPN"),
        # (CAMEO's code for Romania is ROM, not its ISO3 ROU)
        ("Romania must modernise its railways, the Romanian transport minister said.", "ROU"),
    ],
)
def test_call_on_own_named_country_is_a_statement(short, text: str, country: str) -> None:
    main = _main(short, text)
    assert main.cameo["root"] == "01", (text, main.cameo)
    assert pair(main) == (country, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Dutch finance minister said Belgium must spend less on subsidies.", ("NLD", "BEL")),
        ("Spain should raise its minimum wage again, the German labour minister told reporters.", ("DEU", "ESP")),
        ("The Kenyan opposition leader said the government must resign.", ("KEN", "KEN")),
    ],
)
def test_call_on_another_stays_a_demand(short, text: str, want: tuple[str, str]) -> None:
    main = _main(short, text)
    assert main.cameo["root"] in {"10", "02"}, (text, main.cameo)
    assert pair(main) == want


def test_rebels_call_on_their_country_stays_a_demand(short) -> None:
    main = _main(short, "Malian rebels said Mali must release all political prisoners before any talks.")
    assert main.cameo["root"] == "10", main.cameo


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two Chinese warships crossed the median line on Friday.", "CHN"),
        ("North Korean soldiers briefly crossed the military demarcation line, the South Korean military said.", "PRK"),
        ("Pakistani troops crossed the ceasefire line near Poonch on Sunday.", "PAK"),
    ],
)
def test_forces_crossing_a_control_line_show_force(short, text: str, country: str) -> None:
    shown = [e for e in events(short, text) if e.cameo["root"] == "15"]
    assert shown, text
    assert shown[0].source is not None and shown[0].source.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen crossed the median line to reach richer waters.",
        "Kenyan runners crossed the finish line together in Berlin.",
        "Thousands of refugees crossed the border into Chad overnight.",
    ],
)
def test_other_crossings_show_no_force(short, text: str) -> None:
    assert not [e for e in events(short, text) if e.cameo["root"] == "15"], text

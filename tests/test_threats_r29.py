"""Round-29 threats lane: vows to step up operations or to answer "if" something happens are threats of force
(138); warnings by forecasters, scientists or firms, warnings that a storm or an outbreak may do harm, and advice
to the public (residents, fishermen, drivers) are no political event; a warning's target is the subject of what
it warns will happen ("warned that Beijing would face consequences"); the pope is the Holy See's; attacks told as
a campaign of years ("has carried out attacks for more than a decade") are no incident.

Every sentence is composed for these tests; tests/data/cameo_sentences_threats_r29*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-11-16")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Thai army vowed to step up operations against insurgents in Narathiwat.", "THA", "THA"),
        ("Cambodia's prime minister vowed to respond if Thai troops crossed the border again.", "KHM", "THA"),
    ],
)
def test_threats29_vowed_force_is_a_threat(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("138", src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "The governor vowed to intensify efforts to reduce poverty in the province.",  # no operations: an intent
        "The minister vowed to respond to the letter next week.",  # no condition, no attack answered
    ],
)
def test_threats29_other_vows_stay_intents(short, text: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "03", got


@pytest.mark.parametrize(
    "text",
    [
        "Seismologists warned that more aftershocks could hit the region.",
        "The weather bureau warned residents of the coastal towns of a storm surge.",
        "Officials urged fishermen to return to port as the cyclone approached.",
        "The WHO warned that the outbreak could spread to neighbouring countries.",
        "Economists warned that the drought would push food prices higher.",
        "Doctors urged parents to vaccinate children before the school year.",
    ],
)
def test_threats29_hazard_warnings_and_public_advice_are_no_event(short, text: str):
    assert coded(short, text) == []


@pytest.mark.parametrize(
    ("text", "code", "src", "tgt"),
    [
        ("Egypt warned Israel against any military operation in Rafah.", "130", "EGY", "ISR"),
        ("Japan urged China to release a Japanese businessman detained in Beijing.", "0253", "JPN", "CHN"),
        ("Hamas urged Palestinians to confront Israeli forces at the mosque.", "020", "PSE", "PSE"),
    ],
)
def test_threats29_political_warnings_and_appeals_stay(short, text: str, code: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == (code, src, tgt), got


def test_threats29_police_appeal_to_protesters_stays(short):
    got = coded(short, "Police urged protesters to leave the square before nightfall.")
    assert got and got[0][0] == "020", got


def test_threats29_warning_targets_the_complement_subject(short):
    got = coded(short, "Iran's foreign minister warned that the United States would regret any attack on its sites.")
    assert got and got[0] == ("130", "IRN", "USA"), got


def test_threats29_warning_about_itself_has_no_target(short):
    got = coded(short, "Russia warned that it would respond to any deployment of NATO troops.")
    assert got and got[0][0][:2] == "13" and got[0][1] == "RUS" and got[0][2] is None, got


def test_threats29_pope_is_the_holy_see(short):
    got = coded(short, "Pope Leo urged the warring parties in Sudan to agree to a ceasefire.")
    assert got and got[0][0][:2] == "02" and got[0][1] == "VAT", got


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab has carried out similar attacks in Mogadishu for more than a decade.",
        "The rebels have attacked convoys on the highway for years.",
    ],
)
def test_threats29_campaign_of_years_is_no_incident(short, text: str):
    assert coded(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army has shelled the town for three days, killing 12 civilians.",  # days: the story's own shelling
        "Gunmen attacked a convoy on the highway on Monday.",
        "Militants attacked the base for the second time in a year.",  # a year is not the stretch it went on
    ],
)
def test_threats29_attacks_of_the_day_stay(short, text: str):
    got = coded(short, text)
    assert got and got[0][0][:2] in {"18", "19"}, got


def test_threats29_condition_subject_still_names_the_target(short):
    got = coded(
        short, "Mexico's president warned that he would review the trade deal if Washington imposed new tariffs."
    )
    assert got and got[0] == ("130", "MEX", "USA"), got


def test_threats29_warning_foreign_fishermen_stays_a_threat(short):
    got = coded(short, "Sri Lanka's navy warned Indian fishermen to stay out of its waters.")
    assert got and got[0][0][:2] == "13" and got[0][1] == "LKA", got

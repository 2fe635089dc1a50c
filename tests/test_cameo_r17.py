"""Round-17 CAMEO-style wire sentences: drones or aircraft "downed" are shot down (150 / 190); harassing or
intimidating someone is coercion (170, not a protest, and not an accusation by the one who reports it); a loan or a
grant approved, received or deposited is aid given (071); readiness to act by force ("ready to defend X by every
means") is a threat of force (138), while readiness to help or to talk stays an intent; an agency that reports,
finds or concludes something of another actor makes a statement (010).

Every sentence is composed for these tests; tests/data/cameo_sentences_r17.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_r17.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2025-11-10")


def main(short, text: str) -> Event | None:
    found = events(short, text)
    return found[0] if found else None


def code(short, text: str) -> str | None:
    ev = main(short, text)
    return ev.cameo.get("code") if ev is not None else None


@pytest.mark.parametrize(
    ("text", "want", "src", "tgt"),
    [
        ("Romanian air defences downed three Russian drones over the Danube delta on Sunday.", "150", "ROU", "RUS"),
        ("Houthi fighters downed an American surveillance drone over Marib, the group said.", "150", None, "USA"),
        ("Insurgents downed a Nigerian air force helicopter in Zamfara state.", "190", None, "NGA"),
    ],
)
def test_cameo17_downed_drones_and_aircraft(short, text, want, src, tgt):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == want
    if src is not None:
        assert ev.source is not None and ev.source.country == src
    assert ev.target is not None and ev.target.country == tgt


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers downed tools in Mombasa over unpaid allowances.",  # a strike, as before
        "The visitors downed the home side 2-0 in the cup final on Saturday.",
        "The marchers downed their banners when the rain began.",
    ],
)
def test_cameo17_other_downing_is_no_force(short, text):
    assert code(short, text) not in {"150", "190"}


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Venezuelan navy boats harassed a Guyanese fishing trawler near the maritime border.", "VEN", "GUY"),
        ("Chinese fighter jets harassed an Australian patrol plane over the Yellow Sea, Canberra said.", "CHN", "AUS"),
        ("Belarusian police intimidated relatives of exiled opposition figures, rights groups said.", "BLR", None),
    ],
)
def test_cameo17_harassment_is_coercion(short, text, src, tgt):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == "170"
    assert ev.source is not None and ev.source.country == src
    if tgt is not None:
        assert ev.target is not None and ev.target.country == tgt


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The World Bank approved a 700 million dollar loan for Kenya on Thursday.", None, "KEN"),
        ("Qatar deposited 3 billion dollars in Egypt's central bank to support the pound.", "QAT", "EGY"),
        ("Laos received a loan from China to finish the railway line.", "CHN", "LAO"),
    ],
)
def test_cameo17_money_given_is_aid(short, text, src, tgt):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == "071"
    if src is not None:
        assert ev.source is not None and ev.source.country == src
    assert ev.target is not None and ev.target.country == tgt


@pytest.mark.parametrize(
    "text",
    [
        "The shopkeeper deposited 200 dollars in his bank account.",
        "The senate approved the annual budget on Friday.",
        "The striker received a red card from the referee.",
    ],
)
def test_cameo17_no_aid_from_ordinary_money_or_approval(short, text):
    assert code(short, text) != "071"


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence minister said Yerevan was prepared to defend its borders by every means if attacked.",
        "The junta said its army was ready to defend the capital with full force against the rebels.",
    ],
)
def test_cameo17_readiness_to_use_force_is_threat(short, text):
    assert code(short, text) == "138"


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said it was ready to help Lebanon by all means after the explosion.",
        "The Swiss government said it was ready to host talks between Armenia and Azerbaijan.",
    ],
)
def test_cameo17_readiness_to_help_or_talk_stays_intent(short, text):
    got = code(short, text)
    assert got is not None and got.startswith("03")


@pytest.mark.parametrize(
    ("text", "tgt"),
    [
        ("The IAEA reported that North Korea had built a new enrichment hall at Yongbyon.", "PRK"),
        ("The OSCE monitors concluded that Azerbaijan had moved artillery closer to the line.", "AZE"),
    ],
)
def test_cameo17_agency_finding_is_statement(short, text, tgt):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"][:2] == "01"
    assert ev.target is not None and ev.target.country == tgt


@pytest.mark.parametrize(
    "text",
    [
        "The agency reported that prices rose by two percent in March.",
        "Officials found that the bridge had been poorly built.",
    ],
)
def test_cameo17_finding_about_no_actor_is_no_event(short, text):
    assert events(short, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Islamic Development Bank lent Senegal 250 million dollars for its water network.", "071"),
        ("Turkey loaned 1 billion dollars to Somalia's central bank.", "071"),
    ],
)
def test_cameo17_money_lent_is_aid(short, text, want):
    assert code(short, text) == want


def test_cameo17_support_lent_stays_cooperation(short):
    assert code(short, "Spain lent its support to the Algerian proposal for a regional summit.") != "071"


@pytest.mark.parametrize(
    "text",
    [
        "Bankers expect the Egyptian pound to weaken again before the summer.",
        "Forecasters expect Chile's economy to grow by two percent next year.",
    ],
)
def test_cameo17_forecast_of_a_trend_is_no_appeal(short, text):
    assert code(short, text) != "020"


def test_cameo17_expecting_an_actor_to_act_stays_appeal(short):
    assert code(short, "Brussels expects Budapest to lift its veto on the aid package.") == "020"

"""Round-15 long CAMEO-style wire sentences: a state's envoy at an organisation acts for the state ("China's UN
envoy"), an order whose object is a forceful act is that act by the orderer ("ordered air strikes on X"), an
objection or protest conveyed, expressed or registered with a state is an official complaint (114), and "the
government" in a clause a state's official reports is the official's own government.

Every sentence is composed for these tests; tests/data/cameo_sentences_r15.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_r15.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2025-11-10")


def main(short, text: str) -> Event | None:
    found = events(short, text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("China's UN envoy criticised the United States on Monday over its new tariffs.", "CHN"),
        ("The French UN ambassador condemned the shelling of the hospital, the mission said.", "FRA"),
        ("Algeria's ambassador to the United Nations called for an urgent meeting of the council.", "DZA"),
        ("Ghana's AU envoy urged the junta to hold elections within a year, officials said.", "GHA"),
    ],
)
def test_verbal15_state_envoy_at_organisation_acts_for_state(short, text, country):
    ev = main(short, text)
    assert ev is not None and ev.source is not None
    assert ev.source.country == country


@pytest.mark.parametrize(
    "text",
    [
        "The UN's Syria envoy met the foreign minister in Damascus on Monday.",  # the envoy of the UN, sent to Syria
        "The UN envoy urged the two sides on Tuesday to resume talks in Geneva.",
    ],
)
def test_verbal15_organisation_envoy_stays_with_organisation(short, text):
    ev = main(short, text)
    assert ev is not None and ev.source is not None
    assert ev.source.sector == "IGO" and ev.source.country is None


@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        (
            "Israel's defence minister ordered a complete siege of the Gaza Strip on Monday, the ministry said.",
            "19",
            "ISR",
        ),
        ("The Nigerian president ordered air strikes on rebel positions in the northeast on Monday.", "19", "NGA"),
        ("Russia's defence minister ordered a new offensive in the east, the ministry said on Friday.", "19", "RUS"),
    ],
)
def test_verbal15_ordered_forceful_act_is_the_act(short, text, root, country):
    ev = main(short, text)
    assert ev is not None
    assert ev.cameo["root"] == root
    assert ev.source is not None and ev.source.country == country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The court ordered the release of the jailed journalist on Monday.", "1053"),  # a release is asked for
        ("The court ordered the government to pay compensation to the families.", "100"),
        ("The Kenyan president ordered troops to attack the rebel camp on Monday.", "190"),  # told by its complement
    ],
)
def test_verbal15_other_orders_unchanged(short, text, code):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == code


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("India conveyed its strong objection to China over the visas on Thursday.", "IND", "CHN"),
        ("Pakistan expressed its strong objection to India over the remarks on Friday.", "PAK", "IND"),
        ("Seoul conveyed a protest to Tokyo over the new textbooks, the foreign ministry said.", "KOR", "JPN"),
        ("Greece registered a strong protest with Turkey on Friday over the survey ship.", "GRC", "TUR"),
    ],
)
def test_verbal15_conveyed_objection_is_complaint(short, text, source, target):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == "114"
    assert ev.source is not None and ev.source.country == source
    assert ev.target is not None and ev.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The company registered a profit of 40 million dollars last year.",
        "Thousands of students registered for the entrance exam on Monday.",
        "The minister expressed hope that the talks would resume soon.",
    ],
)
def test_verbal15_register_and_express_without_protest_no_complaint(short, text):
    assert all(e.cameo["code"] != "114" for e in events(short, text))


def test_verbal15_reported_government_is_speaker_government(short):
    ev = main(
        short, "Zambia's finance minister said on Wednesday that the government had reached an agreement with China."
    )
    assert ev is not None and ev.source is not None and ev.source.country == "ZMB"
    assert ev.target is not None and ev.target.country == "CHN"


@pytest.mark.parametrize(
    "text",
    [
        # the government named with its country keeps it
        "Kenya's foreign minister said the government of Somalia had agreed to hold talks with the rebels.",
        # a speaker of no state (an organisation's spokesman) lends no country
        "A UN spokesman said the government had agreed to allow aid convoys into the region.",
    ],
)
def test_verbal15_reported_government_not_speaker_without_state_speaker(short, text):
    ev = main(short, text)
    assert ev is not None and ev.source is not None
    if "Somalia" in text:
        assert ev.source.country == "SOM"
    else:
        assert ev.source.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Zambia's finance minister said on Wednesday that the country had reached an agreement with China.", "ZMB"),
        (
            "The Polish prime minister said on Friday the country would not accept any migrants under the EU plan.",
            "POL",
        ),
    ],
)
def test_verbal15_reported_country_is_speaker_state(short, text, country):
    ev = main(short, text)
    assert ev is not None and ev.source is not None and ev.source.country == country


@pytest.mark.parametrize(
    "text",
    [
        # a visitor speaking of the host country, a country with a modifier, a speaker of no state
        "The French foreign minister, visiting Lebanon, said the country had agreed to hold elections in May.",
        "Kenya's president said on Monday the neighbouring country had closed its border with Somalia.",
        "The UN envoy said the country had agreed to allow aid convoys into the north.",
    ],
)
def test_verbal15_reported_country_not_speaker_state(short, text):
    assert all(e.source is None or e.source.country not in ("FRA", "KEN") for e in events(short, text))
    assert all(e.source is None or e.source.sector != "GOV" or e.source.country for e in events(short, text))


def test_verbal15_own_state_is_no_statement_target(short):
    # the speaker's own state is no other actor: no plain statement (010) about it
    found = events(short, "The Kenyan president said on Monday that the country would send 1,000 police officers.")
    assert all(e.cameo["code"] != "010" for e in found)


def test_verbal15_french_visitor_government_is_host(short):
    ev = main(short, "The French foreign minister, visiting Lebanon, said the government had agreed to hold elections.")
    assert ev is None or ev.source is None or ev.source.country != "FRA"

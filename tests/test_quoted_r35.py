"""Round-35 quoted lane: violence a speaker says, in quotes, is going on is the speaker's accusation of its doer.

'"The army is shelling our homes," the mayor said' tells no incident with a day and a toll: the named speaker
accuses the doer (ACCUSE, 112; combine.quoted_ongoing.v1). A quoted past act, an act the speaker's own side does,
a narrated attack with its source ("Gunmen killed five villagers, police said") and unquoted reports keep their
readings.

Every sentence is composed for these tests; tests/data/news_articles_quoted_r35*.yaml hold composed articles,
scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type, pair

events = coder_on("2026-12-01")


@pytest.mark.parametrize(
    ("text", "pair_"),
    [
        (
            '"The Burmese army is bombing our villages every night," a Karen National Union spokesman said.',
            ("MMR", "MMR"),
        ),
        (
            '"Russian troops are shelling the city without pause," the Ukrainian governor of Kharkiv said.',
            ("UKR", "RUS"),
        ),
        ('"Our people are being murdered by the Ethiopian army," the Tigrayan leader told reporters.', ("ETH", "ETH")),
        (
            '"Israeli forces are killing civilians in Gaza," the Turkish foreign minister said on Monday.',
            ("TUR", "ISR"),
        ),
    ],
)
def test_quoted_ongoing_violence_is_the_speakers_accusation(short, text, pair_):
    evs = current(events(short, text))
    assert not of_type(evs, "ASSAULT"), [(e.cameo["code"], e.trigger) for e in evs]
    accusations = of_type(evs, "ACCUSE")
    assert len(accusations) == 1, [(e.cameo["code"], e.trigger) for e in evs]
    assert pair(accusations[0]) == pair_
    assert accusations[0].fatalities is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers near Kaduna on Sunday, police said.",
        "Police said gunmen killed five villagers near Kaduna on Sunday.",
        '"Gunmen killed five villagers near Kaduna," a police spokesman said.',
    ],
)
def test_a_narrated_attack_with_its_source_stays_an_assault_with_its_toll(short, text):
    evs = current(events(short, text))
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1, [(e.cameo["code"], e.trigger) for e in evs]
    assert assaults[0].fatalities == 5
    assert not of_type(evs, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        '"We are striking their positions around the clock," the Sudanese army commander said.',
        '"Troops are not shelling any homes," the Azerbaijani defence ministry said.',
        '"Our soldiers are pounding their positions," the Ukrainian army spokesman said.',
        '"Government forces are fighting al-Shabaab across the south," the Somali defence minister said.',
    ],
)
def test_own_side_denied_and_fighting_are_no_accusation(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "ACCUSE"), [(e.cameo["code"], e.trigger) for e in evs]


def test_an_unquoted_ongoing_report_keeps_its_reading(short):
    evs = current(
        events(short, "Fighting continued on Tuesday as Sudanese troops are shelling rebel positions near El Fasher.")
    )
    assert not of_type(evs, "ACCUSE"), [(e.cameo["code"], e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "pair_"),
    [
        ("Kyiv said Russian soldiers had executed five civilians in a village near Kherson.", ("UKR", "RUS")),
        ("Armenia said Azerbaijani troops bombed a school in Jermuk on Monday.", ("ARM", "AZE")),
        ("The Sudanese army said the Rapid Support Forces massacred dozens of villagers in Darfur.", ("SDN", "SDN")),
    ],
)
def test_a_speaker_telling_anothers_assault_accuses_it_beside_the_act(short, text, pair_):
    evs = current(events(short, text))
    accusations = of_type(evs, "ACCUSE")
    assert len(accusations) == 1, [(e.cameo["code"], e.trigger) for e in evs]
    assert pair(accusations[0]) == pair_
    assert of_type(evs, "ASSAULT"), [(e.cameo["code"], e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen executed four villagers near Goma on Sunday, the Congolese army said.",
        "Police said unknown attackers bombed a bar in Kampala on Friday night.",
        "The Nigerian army said its soldiers had bombed a militant camp in Borno.",
    ],
)
def test_an_attribution_an_unnamed_doer_or_an_own_act_is_no_accusation(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "ACCUSE"), [(e.cameo["code"], e.trigger) for e in evs]
    assert of_type(evs, "ASSAULT"), [(e.cameo["code"], e.trigger) for e in evs]

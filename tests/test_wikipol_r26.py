"""Round-26 wikipol: a speaker's threat ("said it would hit back") is no claim of responsibility beside it, and a
hostile act a named other is told preparing ("said Asmara was preparing for war") is the speaker's accusation of
it, not an intent to cooperate. The speaker's own side, a doer the text does not name and a preparation for
something harmless stay as they were.

Every sentence is composed for these tests; tests/data/news_articles_pol_r26*.yaml hold composed whole articles,
scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("The Pakistani army said it would hit back at anyone who attacked its posts.", "PAK"),
        ("Hezbollah said it would strike Israeli towns if the shelling continued.", "LBN"),
        ("The Houthis said they would attack any ship bound for Israeli ports.", "YEM"),
    ],
)
def test_wikipol26_a_threat_told_is_no_claim(short, text: str, src: str):
    got = coded(short, text)
    assert not [e for e in got if e[0] == "015"], got
    assert [e for e in got if e[0][:2] == "13" and e[1] == src], got


def test_wikipol26_a_claim_beside_a_told_attack_still_goes_and_the_threat_stays(short):
    got = coded(
        short,
        "A bomb killed nine people at a bus station in Quetta on Monday. "
        "The Balochistan Liberation Army said it had attacked the station and would strike again.",
    )
    assert not [e for e in got if e[0] == "015"], got
    assert [e for e in got if e[0][:2] == "13"], got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kyiv said Moscow was preparing a new invasion from Belarus.", "UKR", "RUS"),
        ("Seoul said North Korea was preparing for an attack on the islands.", "KOR", "PRK"),
    ],
)
def test_wikipol26_a_hostile_preparation_told_of_another_is_an_accusation(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert ("112", src, tgt) in got, got
    assert not [e for e in got if e[0][:2] == "03"], got


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the army was preparing for war with the rebels.",  # maybe the minister's own army
        "The army said our forces were preparing an offensive.",  # the speaker's own side
        "Officials said the city was preparing for the festival.",  # nothing hostile
        "The country is preparing for war, analysts said.",  # no named speaker's clause
    ],
)
def test_wikipol26_no_accusation_without_a_named_other_preparing_harm(short, text: str):
    got = coded(short, text)
    assert not [e for e in got if e[0] == "112"], got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        (
            "Addis Ababa — Ethiopia's government on Tuesday accused Eritrea of massing troops. "
            "In a letter to the UN, Foreign Minister Gedion Timothewos said Asmara was preparing for war.",
            "ETH",
            "ERI",
        ),
        (
            "Warsaw — Poland closed a border crossing with Belarus on Monday. "
            "Interior Minister Tomasz Zalewski said Minsk was preparing an attack on the crossing.",
            "POL",
            "BLR",
        ),
        (
            "Warsaw — Poland closed a border crossing with Belarus on Monday. "
            "Interior Minister Tomasz Zalewski said Minsk had violated the border.",
            "POL",
            "BLR",
        ),
    ],
)
def test_wikipol26_a_titled_speaker_is_of_the_story_not_of_whom_they_speak(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert ("112", src, tgt) in got, got


@pytest.mark.parametrize(
    ("text", "src"),
    [
        # the story's own country spoken of: the speaker is still of it
        ("Islamabad — Foreign Minister Ishaq Dar said Pakistan would not tolerate attacks on its soil.", "PAK"),
        # no story country to fall back on: the country named still decides
        ("Interior Minister Jan Kowalski said Poland would close two border crossings.", "POL"),
    ],
)
def test_wikipol26_a_titled_speaker_of_the_country_spoken_of_keeps_it(short, text: str, src: str):
    got = coded(short, text)
    assert got and all(e[1] == src for e in got), got

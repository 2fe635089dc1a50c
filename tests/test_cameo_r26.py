"""Round-26 CAMEO sentences: a speaker's words about "his country" or "her government" are its statement (010);
an act noun in what a present-tense copula says its subject is ("X is a major recipient of US aid") is a
description, no event; the "by" of a criticised act hung on the verb ("condemned manoeuvres by Chinese vessels")
names the target.

Every sentence is composed for these tests; tests/data/cameo_sentences_r26*.yaml hold composed batches, scored
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
    ("text", "src"),
    [
        ("Brazil's foreign minister said his government would stay neutral in the conflict.", "BRA"),
        ("South Africa's president said his country would remain neutral in the war.", "ZAF"),
        ("Norway's prime minister said her government would keep its embassy open.", "NOR"),
    ],
)
def test_cameo26_speaker_on_own_country_is_a_statement(short, text: str, src: str):
    got = coded(short, text)
    assert got and got[0][0] == "010" and got[0][1] == src, got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president said on Monday that the economy would grow by six percent this year.",  # no possessive
        "The minister said the country would see more rain this week.",  # "the country", not his own
        "He said his country would remain neutral.",  # no named speaker
    ],
)
def test_cameo26_no_statement_without_own_body(short, text: str):
    assert not [c for c in coded(short, text) if c[0] == "010"], coded(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is one of the largest recipients of American military aid.",
        "Qatar is a key mediator in the talks between Israel and Hamas.",
        "Japan remains the largest donor of humanitarian aid to the Palestinians.",
    ],
)
def test_cameo26_role_told_by_present_copula_is_no_event(short, text: str):
    assert coded(short, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("This is the first visit by a Chinese leader to Brazil in a decade.", "04"),  # the attribute is the act
        ("Japan gave 20 million dollars in humanitarian aid to the Palestinians.", "07"),
        ("Qatar hosted talks between Israel and Hamas on Monday.", "04"),
    ],
)
def test_cameo26_acts_beside_copulas_stay(short, text: str, root: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == root, got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Philippine coast guard condemned dangerous manoeuvres by Chinese vessels near the shoal.", "PHL", "CHN"),
        ("Ukraine condemned the shelling by Russian forces of a hospital in Kherson.", "UKR", "RUS"),
    ],
)
def test_cameo26_by_of_condemned_act_is_target(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] == "11" and got[0][1:] == (src, tgt), got


def test_cameo26_by_without_act_object_names_no_target(short):
    got = coded(short, "Germany criticised the decision by a narrow margin.")
    assert all(c[2] is None for c in got), got

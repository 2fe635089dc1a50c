"""Events told as happening with no actor near them, and crowds that gather or shout to protest.

Every sentence is composed for these tests (places, groups and wordings vary); they check general
readings (coding/occurrence.py, the gather-protest and heckle verb patterns), not any gold set's wording.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article

pytestmark = pytest.mark.slow


def types(short, text: str) -> list[str]:
    art = short(Article(raw=text, source="news", published="2024-05-20"))
    return [e.plover["type"] for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "Protests against the new fuel tax continued across Kenya on Tuesday.",
        "The demonstration began outside the regional assembly in the morning.",
        "Rallies over the sacking of the judges spread to three more provinces.",
        "Weeks of protests in the capital forced the health minister out.",
        "The decision followed two months of demonstrations in Bishkek.",
        "The sit-down protest ended peacefully late in the evening.",
    ],
)
def test_a_protest_told_as_happening_is_an_event_whoever_held_it(short, text):
    assert types(short, text) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The shooting took place near a bus depot in Quetta.",
        "Heavy fighting broke out north of the provincial capital overnight.",
    ],
)
def test_violence_told_as_happening_is_an_assault(short, text):
    assert types(short, text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony began at noon in the presence of the governor.",
        "The hospital where the shooting happened is two miles from the border.",
        "In the fifth week of protests, the cabinet met to discuss the budget.",
        "He spent three weeks of his holiday in Crete.",
        "The rally attracted fewer people than the organisers had hoped.",
    ],
)
def test_no_event_from_a_mere_mention_or_a_time_frame(short, text):
    assert "PROTEST" not in types(short, text) and "ASSAULT" not in types(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses gathered in front of the ministry for a rally over unpaid wages.",
        "Demonstrators converged on the presidential palace in Tbilisi.",
        "Opposition deputies shouted at the premier as he read the budget.",
        "Members of the opposition heckled the interior minister during the debate.",
        "Students chanted slogans against the rector outside the university gates.",
    ],
)
def test_a_crowd_gathering_or_shouting_to_protest_is_a_protest(short, text):
    assert "PROTEST" in types(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered outside the stadium before the cup final.",
        "Relatives gathered for a wedding in the village on Saturday.",
        "The coach shouted instructions from the touchline.",
        "Shareholders assembled for the annual general meeting in Zurich.",
    ],
)
def test_other_gatherings_and_shouts_are_no_protest(short, text):
    assert "PROTEST" not in types(short, text)


def test_a_four_digit_clock_time_is_no_year(short):
    art = short(
        Article(
            raw="A bomb exploded at a market in Herat at 0915 GMT, killing four people.",
            source="news",
            published="2024-05-20",
        )
    )
    assert art.events and all(e.date != "0915" and not str(e.date).startswith("0915") for e in art.events)


def acled_of(short, text: str) -> list[tuple[str, str | None]]:
    art = short(Article(raw=text, source="news", published="2024-05-20"))
    return [(e.plover["type"], e.acled.get("sub_event_type")) for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "Police cleared student demonstrators from the university campus on Sunday.",
        "The authorities cleared a protest camp outside the parliament in Yerevan.",
        "Riot police broke up the rally in the main square of Almaty.",
    ],
)
def test_clearing_or_breaking_up_a_protest_is_coercion_with_intervention(short, text):
    assert ("COERCE", "Protest with intervention") in acled_of(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers cleared the debris from the motorway after the storm.",
        "The committee broke up into three working groups.",
    ],
)
def test_clearing_other_things_is_no_intervention(short, text):
    assert not any(t == "COERCE" for t, _ in acled_of(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "A judge in Istanbul issued arrest warrants for two journalists.",
        "The prosecutor issued arrest warrants on 14 army officers over the coup attempt.",
        "Prosecutors in Multan charged three police officers with torture.",
        "Prosecutors charged the driver in the market attack with murder.",
    ],
)
def test_warrants_and_criminal_charges_are_legal_coercion(short, text):
    assert ("COERCE", "Arrests") in acled_of(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police obtained a search warrant for the house.",
        "The incident does not warrant a response from the ministry.",
    ],
)
def test_other_warrants_are_no_coercion(short, text):
    assert not any(t == "COERCE" for t, _ in acled_of(short, text))

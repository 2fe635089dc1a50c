"""Round-28 reactions in whole news articles (lane wikiret): rules read against the wikinews-dev GUIDE and gold.

- A statement judging an act of violence is not aimed at the place or people the act hit: "The EU condemned the
  attack on Dnipro" has no target (as wikinews-dev codes a condemnation whose attacker is not named);
  a doer the sentence names stays the target (coding/judged_victims.py, lexicon judged_victims).
- Saying one will defend oneself, one's sovereignty or one's land is a threat of force ("said it would defend
  itself if attacked": 138), not an intent to cooperate; defending another's land or a decision is not
  (coding/force_readiness.py, lexicon force_readiness).
- Ordinary people (residents, villagers) telling their own feelings ("said they feared new raids") make no
  statement of an actor (coding/own_statements.py, lexicon own_statements: plain_speakers).
- A sentence saying an attack harmed no one ("No injuries were reported") is no retelling of the attack with a
  wound (coding/unharmed.py, lexicon unharmed; coding/aftermath.py).

Every sentence is composed for these tests; tests/data/news_articles_react_r28*.yaml hold composed whole articles,
scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[int, str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    return [
        (
            e.sentence_index,
            e.cameo["code"],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in evs
        if not e.background
    ]


def disapprovals(got: list[tuple[int, str, str | None, str | None]]) -> list[tuple[int, str, str | None, str | None]]:
    return [e for e in got if e[1][:2] == "11"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union condemned the attack on Dnipro.",
        "Foreign Minister Andrii Sybiha condemned the strike on Odesa as a war crime.",
        "Kenya's president denounced the killing of two aid workers in Mogadishu.",
        "The Pakistani foreign ministry condemned the bombing of a bus station in Karachi.",
    ],
)
def test_wikiret28_victim_of_judged_violence_is_no_target(short, text: str):
    got = disapprovals(coded(short, text))
    assert got, coded(short, text)
    assert all(e[3] is None for e in got), got


@pytest.mark.parametrize(
    "text, target",
    [
        ("The EU condemned Russia's attack on Dnipro.", "RUS"),
        ("Kenya condemned the killing of two aid workers in Mogadishu by al-Shabaab.", "SOM"),
        ("Germany condemned the arrest of three journalists in Minsk.", "BLR"),  # not violence: kept
        ("France condemned Iran for the attack on the tanker.", "IRN"),  # the doer is the object
    ],
)
def test_wikiret28_named_doer_or_other_act_keeps_its_target(short, text: str, target: str):
    got = disapprovals(coded(short, text))
    assert any(e[3] == target for e in got), got


@pytest.mark.parametrize(
    "text, country",
    [
        ("Israel said it would defend itself if attacked.", "ISR"),
        ("China said it will defend its sovereignty.", "CHN"),
        ("Azerbaijan's government said it would defend its territory.", "AZE"),
    ],
)
def test_wikiret28_defending_oneself_is_a_threat(short, text: str, country: str):
    got = coded(short, text)
    assert any(e[1][:2] == "13" and e[2] == country for e in got), got
    assert not any(e[1][:2] == "03" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The EU said it would defend Ukraine's sovereignty.",
        "The minister defended the decision to raise taxes.",
        "The army said it would defend every village.",
    ],
)
def test_wikiret28_defending_another_or_a_decision_is_no_threat(short, text: str):
    got = coded(short, text)
    assert not any(e[1][:2] == "13" for e in got), got


@pytest.mark.parametrize(
    "second",
    [
        "No injuries were reported.",
        "No one was injured in Goma.",
        "There were no casualties in the town.",
    ],
)
def test_wikiret28_no_harm_is_no_retelling(short, second: str):
    got = coded(short, f"Rebels fired rockets at the town of Goma on Monday. {second}")
    assert any(e[0] == 0 and e[1][:2] in {"18", "19"} for e in got), got
    assert not any(e[0] == 1 for e in got), got


@pytest.mark.parametrize(
    "second",
    [
        "Three people were injured.",
        "The governor suffered wounds in the attack.",
    ],
)
def test_wikiret28_harm_told_is_still_a_retelling(short, second: str):
    got = coded(short, f"Rebels fired rockets at the town of Goma on Monday. {second}")
    assert any(e[0] == 1 and e[1][:2] in {"18", "19"} for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Djibo say they fear the town will run out of food.",
        "Local people said they feared new raids on the district capital.",
        "Villagers in Tillaberi said they were afraid to return to their fields.",
    ],
)
def test_wikiret28_ordinary_people_telling_a_feeling_is_no_statement(short, text: str):
    assert coded(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese foreign ministry said it was following the developments in the south closely.",
        "Residents said soldiers had beaten a man in the market.",  # an act they tell stays
    ],
)
def test_wikiret28_bodies_and_told_acts_keep_their_events(short, text: str):
    assert coded(short, text) != []

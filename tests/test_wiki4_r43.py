"""A speaker judging a plan or measure told by a general noun ("the ministry's plan was illegal", "the quota scheme
was unfair") criticizes it (CAMEO 111, lexicon judged_acts: judged_things holds plans, proposals, schemes,
projects, programmes, reforms, budgets, tariffs...; judging_adjectives holds unfair, unjust, discriminatory...). The
same nouns told without a judgement, or with a praising predicate, are no criticism. The examples are composed for
these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-12-05")


def _roots(short, text: str) -> list[str]:
    return [e.cameo["root"] for e in current(events(short, text))]


@pytest.mark.parametrize(
    ("text", "src_cc"),
    [
        ("The Romanian labour minister said the opposition's wage proposal was irresponsible.", "ROU"),
        ("Fishermen in Norway said the government's new quota scheme was unfair.", "NOR"),
        ("The Peruvian ombudsman said the mining project was illegal.", "PER"),
        ("Zambia's main opposition party said the president's tax reforms were unconstitutional.", "ZMB"),
        ("The Austrian chancellor said Hungary's border plan was unacceptable.", "AUT"),
    ],
)
def test_judged_general_plans_are_criticism(short, text, src_cc):
    evs = current(events(short, text))
    assert evs and evs[0].cameo["code"] == "111", text
    assert evs[0].source is not None and evs[0].source.country == src_cc


@pytest.mark.parametrize(
    "text",
    [
        "The new reform was drafted by a panel of economists over two years.",
        "The programme was launched in 2019 with help from the World Bank.",
        "The irrigation scheme was finished last summer.",
    ],
)
def test_plans_told_without_judgement_are_no_event(short, text):
    assert _roots(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Danish finance minister said the bridge project would be finished by 2029.",
        "Mongolia's president said the pension reform was a fair compromise.",
    ],
)
def test_plans_told_without_a_judging_word_are_no_criticism(short, text):
    assert "11" not in _roots(short, text)

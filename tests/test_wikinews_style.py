"""Wikinews-style news, coded whole: recalling an envoy targets the country of the posting, a protest's stated
purpose is the protest's own, actors who accuse each other accuse one another, and the composed articles of tests/data/news_articles.yaml keep their score.
Every sentence here was written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT
from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile recalled its ambassador to Venezuela on Monday.", "VEN"),
        ("Ghana has recalled its envoy from Burkina Faso for consultations.", "BFA"),
    ],
)
def test_recalled_envoy_targets_the_posting(short, text: str, target: str) -> None:
    events = _code(short, text)
    assert _types(events) == ["SANCTION"], (text, _types(events))
    assert events[0].target is not None and events[0].target.country == target, (text, events[0].target)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers took to the streets of Quito to oppose the pension reform.",
        "Truckers blocked the main highway to denounce the rise in fuel prices.",
    ],
)
def test_protest_purpose_is_no_second_event(short, text: str) -> None:
    assert _types(_code(short, text)) == ["PROTEST"], text


def test_accused_each_other_is_two_accusations_of_each_other(short) -> None:
    events = _code(short, "Armenia and Azerbaijan accused each other of violating the ceasefire on Sunday.")
    pairs = sorted((e.source.country, e.target.country) for e in events if e.plover["type"] == "ACCUSE")
    assert pairs == [("ARM", "AZE"), ("AZE", "ARM")], pairs


def test_accused_one_of_them_is_no_mutual_act(short) -> None:
    events = _code(short, "Two inmates accused one of the wardens of theft.")
    assert all(e.source is None or e.target is None or e.source.text != e.target.text for e in events)


def test_war_record_since_a_year_is_no_incident(short) -> None:
    text = "The insurgency has displaced more than two million people since 2019."
    assert "ASSAULT" not in _types(_code(short, text))


@pytest.mark.slow
def test_composed_articles_hold_their_score() -> None:
    spec = importlib.util.spec_from_file_location("score_news_articles", ROOT / "scripts" / "score_news_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import tempfile
    from pathlib import Path

    from wirecoder.evaluation.wikinews import evaluate_wikinews

    articles = module.read_fixture(module.FIXTURE)
    with tempfile.TemporaryDirectory() as tmp:
        score = evaluate_wikinews("news-articles", module.write_gold(articles, Path(tmp)), module.pipeline())
    assert score.fields["plover"].f1 >= 0.75, score.lines()

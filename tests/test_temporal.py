"""Dates: DATE spans resolved against the publication date, or against a reference inferred from the text."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder import Article, Settings
from wirecoder.dates import DateResolver, TimeStage, event_date
from wirecoder.errors import ConfigError
from wirecoder.nlp import NlpStage


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("5 March", date(2021, 3, 9), ("2021-03-05", "day")),
        ("March 5", date(2021, 3, 9), ("2021-03-05", "day")),
        ("30 December", date(2021, 1, 2), ("2020-12-30", "day")),  # closest year, not the reference's
        ("4 January", date(2020, 12, 30), ("2021-01-04", "day")),
        ("October 2019", date(2021, 3, 9), ("2019-10", "month")),
        ("2018", date(2021, 3, 9), ("2018", "year")),
        ("yesterday", date(2021, 3, 9), ("2021-03-08", "day")),
        ("on Friday", date(2021, 3, 9), ("2021-03-05", "day")),
        ("Tuesday", date(2021, 3, 9), ("2021-03-09", "day")),  # the story's own weekday is that day
        ("last year", date(2021, 3, 9), ("2020", "year")),
        ("the past few years", date(2021, 3, 9), (None, None)),
        ("the 1980s", date(2021, 3, 9), (None, None)),
        ("three weeks", date(2021, 3, 9), (None, None)),
    ],
)
def test_dates_resolve_against_reference(resolver, text, reference, expected):
    assert resolver.resolve(text, reference) == expected


def _dated(text: str, published: str | None = None, settings: Settings | None = None) -> Article:
    settings = settings or Settings()
    article = Article(raw=text, source="test", published=published)
    article.text = text
    article = NlpStage(settings)(article)
    return TimeStage(settings)(article)


def test_dates_infer_reference_from_explicit_year_when_unpublished():
    text = (
        "Officials said November 2020 was the worst month for the region.\n\n"
        "On 6 January, the governor met the elders. The talks resumed on 8 January."
    )
    article = _dated(text)
    values = {t.text: t.value for t in article.times}
    assert values["November 2020"] == "2020-11"
    assert "2021-01-06" in values.values() and "2021-01-08" in values.values()
    assert article.published_from == "inferred"
    assert article.published == "2021-01-08"
    assert any("inferred" in w for w in article.warnings)


def test_dates_published_date_wins_over_inference():
    article = _dated("On 6 January, the governor met the elders in the capital city.", published="2019-01-10")
    assert article.published == "2019-01-10" and article.published_from is None  # the clean stage's to set
    assert [t.value for t in article.times] == ["2019-01-06"]


def test_dates_malformed_published_date_is_a_config_error():
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        _dated("On 16 June, troops entered the town near the border.", published="last tuesday")


def test_event_date_prefers_sentence_date_then_previous_then_publication():
    article = _dated(
        "The ministers met on 2 May. They signed a trade memorandum. Later the army moved north.",
        published="2022-05-09",
    )
    first, second, third = (s.index for s in article.sentences[:3])
    assert event_date(article, first) == ("2022-05-02", "day")
    assert event_date(article, second) == ("2022-05-02", "day")  # elaboration of the dated lead
    assert event_date(article, third) == ("2022-05-09", "day")

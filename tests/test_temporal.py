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
        ("the past few years", date(2021, 3, 9), (None, "period")),  # a stretch up to now: no one date
        ("the 1980s", date(2021, 3, 9), ("198X", "decade")),  # a decade, EDTF style
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


def _date_of(text: str, trigger: str, published: str = "2021-03-20") -> tuple[str | None, str | None]:
    """The date ``event_date`` gives an event whose trigger is the first occurrence of ``trigger``."""
    article = _dated(text, published)
    article.sentences = article.sentences or []
    start = text.index(trigger)
    sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
    return event_date(article, sentence, start, start + len(trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an explicit fronted date wins over one inside a clause about something else
        (
            "On 2 March 2021, traders shut their shops in the old city over a levy first imposed in 2014.",
            "shut",
            ("2021-03-02", "day"),
        ),
        # "(as reported)" after the date is an aside: the day, not the month or the publication date
        (
            "Around 9 March 2021 (as reported), armed men torched two lorries on the highway.",
            "torched",
            ("2021-03-09", "day"),
        ),
        # a date inside a phrase about another thing dates that thing only: the publication day here
        ("Farmers are marching against a land law passed in 2019.", "marching", ("2021-03-20", "day")),
        # a date on the governing clause dates the reported act
        ("On Tuesday the spokesman said the army had shelled the hills.", "shelled", ("2021-03-16", "day")),
        # a relative clause's date belongs to the relative clause
        (
            "The rebels, who took the valley in 2016, ambushed a convoy on Thursday.",
            "ambushed",
            ("2021-03-18", "day"),
        ),
        # a month told in the past tense without a year is the last one, not the coming one
        ("In November, the governor resigned over the scandal.", "resigned", ("2020-11", "month")),
        # "last night" (a TIME span) resolves against publication
        ("Gunmen stormed a police post last night.", "stormed", ("2021-03-19", "day")),
        # a period that is the subject of the clause frames the acts told inside it
        (
            "February 2020 was the worst month for the garrison, as raiders burned nine depots.",
            "burned",
            ("2020-02", "month"),
        ),
    ],
)
def test_dates_event_date_follows_the_clause(text, trigger, expected):
    assert _date_of(text, trigger) == expected


def test_dates_identifier_number_is_no_year():
    article = _dated("The assembly passed resolution 2417 on Monday.", "2021-03-20")
    assert all(t.value != "2417" for t in article.times)


def test_dates_last_month_name_and_decade(resolver):
    assert resolver.resolve("last October", date(2019, 9, 29)) == ("2018-10", "month")
    assert resolver.resolve("last February", date(2019, 9, 29)) == ("2019-02", "month")
    assert resolver.resolve("the early 2000s", date(2019, 9, 29)) == ("200X", "decade")

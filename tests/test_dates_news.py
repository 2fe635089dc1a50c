"""Event dates on news text of the kinds real reports use: incident-report leads ("On 14 March 2021, …"),
approximate days, ranges, dates inside clauses about something else, relative days, and background.

Every sentence here was written for these tests (other places and names than any gold set).
"""

from __future__ import annotations

import pytest

from wirecoder import Article, Settings
from wirecoder.dates import TimeStage, event_dating
from wirecoder.dates.explicit import calendar_spans, range_start
from wirecoder.evaluation.wikinews import stated_date
from wirecoder.nlp import NlpStage


@pytest.fixture(scope="module")
def stages():
    settings = Settings()
    return NlpStage(settings), TimeStage(settings)


def _dating(stages, text: str, trigger: str, published: str | None = "2021-03-20"):
    nlp, dates = stages
    article = Article(raw=text, source="test", published=published)
    article.text = text
    article = dates(nlp(article))
    start = text.index(trigger)
    sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
    return event_dating(article, sentence, start, start + len(trigger))


# --------------------------------------------------------------------------- explicit days win, exactly
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("On 14 March 2021, unidentified gunmen shot dead a pharmacist in Turbat.", "shot", "2021-03-14"),
        ("On 3 February 2021 armed men torched a lorry near Zhob.", "torched", "2021-02-03"),
        ("On the night of 5 March 2021, raiders burned a girls' school in Chaman.", "burned", "2021-03-05"),
        ("In the early hours of 9 March 2021, police raided a compound in Mardan.", "raided", "2021-03-09"),
        ("On March 11, 2021, a drone strike hit a house in Datta Khel.", "hit", "2021-03-11"),
        ("On 12th March 2021 rebels ambushed a supply convoy near Menaka.", "ambushed", "2021-03-12"),
        ("On Sunday (14 March 2021), shopkeepers shut the bazaar in Kohat.", "shut", "2021-03-14"),
    ],
)
def test_dates_news_explicit_day_is_the_day(stages, text, trigger, expected):
    found = _dating(stages, text, trigger)
    assert (found.value, found.precision, found.source) == (expected, "day", "text")
    assert not found.approximate


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Around 14 March 2021 (as reported), militants attacked a checkpost in Tank.", "attacked", "2021-03-14"),
        ("On or around 6 March 2021, a mob set fire to a police station in Sheikhupura.", "set", "2021-03-06"),
        ("About 2 March 2021, gunmen abducted two engineers near Gwadar.", "abducted", "2021-03-02"),
        ("On 8 March 2021 (week of), the army shelled hamlets near Kafr Nabl.", "shelled", "2021-03-08"),
        ("Between 10 and 12 March 2021, rebels clashed with troops near Timbuktu.", "clashed", "2021-03-10"),
        ("On 15-16 March 2021, farmers blocked the motorway at Sheikhupura.", "blocked", "2021-03-15"),
    ],
)
def test_dates_news_approximate_day_keeps_the_day_with_a_flag(stages, text, trigger, expected):
    found = _dating(stages, text, trigger)
    assert (found.value, found.precision) == (expected, "day")  # the day, not the month
    assert found.approximate


def test_dates_news_as_reported_alone_is_not_approximate(stages):
    found = _dating(stages, "On 14 March 2021 (as reported), gunmen killed a lawyer in Sibi.", "killed")
    assert (found.value, found.approximate) == ("2021-03-14", False)


# ------------------------------------------------------------ a date of something else does not date it
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 4 March 2021, traders protested in Sukkur, renewing demands first raised in 2012.",
            "protested",
            "2021-03-04",
        ),
        ("On 6 March 2021, nurses rallied in Gilgit against a pay deal signed in 2017.", "rallied", "2021-03-06"),
        ("Villagers marched in Nablus on 7 March 2021 to demand respect for resolution 2334.", "marched", "2021-03-07"),
        ("Police detained 12 students on Monday over a sit-in held in 2019.", "detained", "2021-03-15"),
        # no date of its own: the publication day, marked as such
        ("Lawyers are boycotting the courts over a law passed in 2016.", "boycotting", "2021-03-20"),
    ],
)
def test_dates_news_date_in_other_clause_does_not_date_the_event(stages, text, trigger, expected):
    assert _dating(stages, text, trigger).value == expected


def test_dates_news_identifier_is_not_a_year(stages):
    found = _dating(stages, "Activists cited resolution 2417 as they picketed the embassy.", "picketed")
    assert found.value == "2021-03-20" and found.source == "publication"


# -------------------------------------------------- relative days resolve against the publication date
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Gunmen shot a tribal elder in Wana on Tuesday.", "shot", "2021-03-16"),  # 2021-03-20 is a Saturday
        ("A bomb went off near a shrine in Sehwan yesterday.", "went", "2021-03-19"),
        ("Militants stormed a border post last night.", "stormed", "2021-03-19"),
        (
            "The mayor resigned shortly before midnight Wednesday night in a televised address.",
            "resigned",
            "2021-03-17",
        ),
        ("Early on Thursday morning, troops entered the market town.", "entered", "2021-03-18"),
        ("The minister said he would step down next month, on April 2.", "step", "2021-04-02"),
    ],
)
def test_dates_news_relative_days(stages, text, trigger, expected):
    found = _dating(stages, text, trigger)
    assert (found.value, found.precision, found.source) == (expected, "day", "text")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("In early February 2021, police broke up a sit-in by teachers in Hyderabad.", "broke", ("2021-02", "month")),
        ("Rebels shelled the hill villages last year.", "shelled", ("2020", "year")),
        ("Troops retook the pass two weeks ago.", "retook", ("2021-03-01", "week")),
    ],
)
def test_dates_news_precision_is_kept(stages, text, trigger, expected):
    found = _dating(stages, text, trigger)
    assert (found.value, found.precision) == expected


def test_dates_news_period_an_act_is_told_inside_dates_it(stages):
    text = (
        "The envoy chaired the negotiations between the two militias in Tripoli, during a truce agreed"
        " by both sides back in October 2020."
    )
    assert _dating(stages, text, "chaired")[:2] == ("2020-10", "month")
    # but a truce told after "despite" or "over" is another matter: no date from it
    other = "Guards fired on smugglers near the crossing, breaking a truce agreed by both sides back in May 2019."
    assert _dating(stages, other, "fired").value != "2019-05"


# --------------------------------------------------------------------- where an undated event's date is from
def test_dates_news_date_source(stages):
    text = "On 2 March 2021, gunmen attacked a bus near Kalat. The passengers were robbed. Police are searching."
    assert _dating(stages, text, "attacked").source == "text"
    assert _dating(stages, text, "robbed")[:3] == ("2021-03-02", "day", "context")
    assert _dating(stages, text, "searching")[:3] == ("2021-03-20", "day", "publication")


def test_dates_news_scorer_compares_only_the_sentences_own_date():
    """GUIDE.md: a date is null unless the sentence itself has a time word."""
    from wirecoder.article import Event

    def event(source: str | None) -> Event:
        return Event("e", "a", 0, {}, "2021-03-20", "day", None, None, {}, {}, {}, None, None, [], False, False,
                     False, {}, 0.5, date_from=source)  # fmt: skip

    assert stated_date(event("text")) == "2021-03-20"
    assert stated_date(event("publication")) is None
    assert stated_date(event("context")) is None


# ----------------------------------------------------------------------------------------- calendar spans
def test_dates_news_calendar_spans_and_ranges():
    text = "The 14 may face trial; hearings run from 3 to 5 May 2021 and resume on June 7, 2021."
    found = [text[a:b] for a, b in calendar_spans(text)]
    assert found == ["from 3 to 5 May 2021", "June 7, 2021"]
    assert range_start("10-12 July 2021") == "10 July 2021"
    assert range_start("March 14-15, 2021") == "March 14, 2021"
    assert range_start("14 March 2021") is None


# ------------------------------------------------------------------------------------------- background
@pytest.mark.parametrize(
    ("text", "trigger", "background"),
    [
        ("Militants attacked the same school nine years ago, killing 14 pupils.", "attacked", True),
        ("More than 2,000 people were killed in the 2007 riots in the province.", "killed", True),
        ("Gunmen stormed a guest house in the city in 1996, killing 11 guests.", "stormed", True),
        ("Gunmen stormed a guest house in the city on Friday, killing 11 guests.", "stormed", False),
        ("Gunmen stormed a guest house in the city, killing 11 guests.", "stormed", False),
    ],
)
def test_dates_news_background_keeps_its_own_date(pipeline, text, trigger, background):
    article = pipeline(Article(raw=text, source="test", published="2021-03-20"))
    events = [e for e in article.events if e.trigger["text"] == trigger]
    assert events, [e.trigger for e in article.events]
    assert all(e.background is background for e in events)
    if background:  # kept with its own date, never as the publication day
        assert all(e.date != "2021-03-20" and e.date_from == "text" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The envoy offered to resign last night, aides said.", "offered", ("2021-03-19", "text")),
        ("The rebels agreed to withdraw on Monday.", "agreed", ("2021-03-15", "text")),
        # a planned act's coming date is the plan's, not the promise's
        ("The rebels promised to withdraw next month.", "promised", ("2021-03-20", "publication")),
    ],
)
def test_dates_news_past_day_on_a_complement_dates_the_act(stages, text, trigger, expected):
    found = _dating(stages, text, trigger)
    assert (found.value, found.source) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Around 5 May 2020 (as reported), an IED exploded near a police van in Kech.",
        "Around 5 May 2020, a grenade exploded outside a bank in Turbat.",
        "On or about 5 May 2020 a landmine exploded under a tractor near Kohlu.",
    ],
)
def test_dates_news_fronted_approximate_day_dates_the_main_clause(stages, lead):
    found = _dating(stages, lead, "exploded", published="2024-01-10")
    assert (found.value, found.source, found.approximate) == ("2020-05-05", "text", True)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The envoys will meet on Friday in Muscat.", "meet", "2021-03-26"),  # 2021-03-20 is a Saturday
        ("Negotiations are due to resume on Monday.", "resume", "2021-03-22"),
        ("A march is planned for Sunday in the capital.", "march", "2021-03-21"),
        ("The court will rule on the appeal on 2 March.", "rule", "2022-03-02"),
        # told in the past: the day before publication
        ("The envoys met on Friday in Muscat.", "met", "2021-03-19"),
        ("He said on Monday that troops will leave.", "said", "2021-03-15"),
    ],
)
def test_dates_news_days_to_come_resolve_forward(stages, text, trigger, expected):
    assert _dating(stages, text, trigger).value == expected


def test_dates_news_acled_time_precision_of_an_approximate_day():
    from wirecoder.export.acled import time_precision

    assert time_precision({"date_precision": "day"}) == 1
    assert time_precision({"date_precision": "day", "date_approximate": True}) == 2
    assert time_precision({"date_precision": "month", "date_approximate": True}) == 3
    assert time_precision({"date_precision": None}) == ""


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a "when" clause on a date is told at that date
        ("The junta ruled the island from 1974 to 1983, when rebels overthrew it.", "overthrew", "1983"),
        ("Clashes peaked in June 2012, when militias shelled the port.", "shelled", "2012-06"),
        # the range of a comparison does not date the act
        ("It was the deadliest raid on the garrison since 2009.", "raid", "2021-03-20"),
        (
            "March 2021 was named the bloodiest month for the police in the past decade, as raiders killed 9 guards.",
            "killed",
            "2021-03",
        ),
    ],
)
def test_dates_news_when_clauses_and_comparison_ranges(stages, text, trigger, expected):
    assert _dating(stages, text, trigger).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the past decade, some 40,000 people have been killed in the insurgency.",
        "Over the last five years, militants have killed more than 900 policemen in the province.",
        "In recent years, hundreds of activists have been detained by the security services.",
    ],
)
def test_dates_news_running_toll_over_a_long_stretch_is_undated_background(pipeline, text):
    article = pipeline(Article(raw=text, source="test", published="2021-03-20"))
    # an era-sized toll (tens of thousands) with no day or year of its own gives no event at all
    # (combine.war_toll.v1), nor does a count of arrests over years, a state's record (combine.yearly_arrests.v1,
    # round 29), nor, since round 40, any counted coercive or violent act told over a stretch of years
    # (combine.period_tally.v1: a tally, no incident); whatever is coded is undated and background
    for e in article.events:
        assert e.date is None and e.date_from == "text" and e.background  # never today's toll


def test_dates_news_yearless_next_day_in_a_note_published_on_its_event_day(stages):
    text = "On 14 March 2021, militants raided a post in Tank. On 15 March, troops began a search in the area."
    assert _dating(stages, text, "began", published="2021-03-14").value == "2021-03-15"  # not 2020-03-15
    # a day well after the publication date, told in the past, is still last year's
    assert _dating(stages, "On 30 December, the council approved the budget.", "approved").value == "2020-12-30"

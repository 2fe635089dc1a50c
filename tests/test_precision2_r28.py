"""Round 28 (precision2) on violence of past years told beside this week's news: a weekday inside a clause
dated to an earlier year is a day of that year ("during Friday prayers in 2016"), "that year" / "the same year"
/ "the following year" take the last year named, and deaths the text dates to another year ("that year more
than 900 people died", "more than N" being a count, not "N more") never join the toll of today's attack.
Every sentence here was written for these tests (none is from a dataset); each rule has a look-alike that must
not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Article, Event

_events = coder_on("2024-05-20", source="t")


def _by_trigger(short, text: str, word: str) -> Event:
    return next(e for e in _events(short, text) if e.trigger["text"] == word)


# a weekday inside a clause dated to an earlier year


def test_weekday_inside_a_past_year_clause_is_that_years(short):
    e = _by_trigger(
        short, "The gunman struck during Friday prayers in 2016, killing 14 worshippers in Quetta.", "struck"
    )
    assert e.date == "2016" and e.background


def test_weekday_of_a_phrase_dated_by_month_and_year(short):
    text = "Gunmen opened fire on a Sunday service in Kaduna in March 2021, killing nine worshippers."
    e = _by_trigger(short, text, "opened")
    assert e.date == "2021-03" and e.background


def test_weekday_beside_a_year_naming_another_thing_stays_this_weeks(short):
    text = "The mayor laid flowers on Sunday at the site of the bombing of August 2016, in which 30 people died."
    e = _by_trigger(short, text, "laid")
    assert e.date == "2024-05-19" and not e.background


def test_weekday_with_a_year_adjective_stays_this_weeks(short):
    e = _by_trigger(short, "Gunmen killed six farmers on Friday near a village that was burned in 2019.", "killed")
    assert e.date == "2024-05-17" and not e.background


# years told by reference


def test_that_year_takes_the_year_named_before(short):
    text = "Rebels captured the town of Bunia in June 2003. Peacekeepers killed 12 rebels there that year."
    e = _by_trigger(short, text, "killed")
    assert e.date == "2003" and e.background


def test_the_same_year_opening_a_sentence(short):
    text = "Militants overran an army base in Niger in 2019. The same year, gunmen killed eight soldiers near Tillia."
    e = _by_trigger(short, text, "killed")
    assert e.date == "2019" and e.background


def test_the_following_year_adds_one(short):
    text = (
        "Soldiers seized the radio station in 2013. The following year, troops killed four protesters in the capital."
    )
    e = _by_trigger(short, text, "killed")
    assert e.date == "2014"


def test_this_year_is_not_read_by_reference(short):
    text = "Rebels attacked the town in 2012. This year the town has held its first election."
    found = short(Article(raw=text, source="t", published="2024-05-20"))
    assert [t.value for t in found.times] == ["2012", "2024"]


# tolls dated apart stay with their own incident


def test_deaths_of_a_named_past_year_do_not_join_todays_toll(short):
    text = (
        "A bomb killed three people at a bus stop in Zamboanga on Sunday, police said. Troops fought rebels in "
        "the city for weeks in 2013; that year more than 900 people died in the fighting."
    )
    events = _events(short, text)
    today = next(e for e in events if e.trigger["text"] == "killed")
    assert today.fatalities == 3 and not today.background
    assert all(e.background for e in events if e.fatalities and e.fatalities > 3)


def test_more_than_is_a_count_not_more_victims(short):
    text = "Gunmen killed four guards at a mine in Ituri on Monday. More than 20 people died in the area."
    today = _by_trigger(short, text, "killed")
    assert today.fatalities == 4


def test_more_victims_of_the_same_day_still_join(short):
    text = "Eleven soldiers died in the ambush in Tillaberi on Monday. Two civilians were also killed."
    total = sum(int(e.fatalities or 0) for e in _events(short, text))
    assert total == 13
    assert max(int(e.fatalities or 0) for e in _events(short, text)) == 13


# private mourning is no political event


def _codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in _events(short, text)]


def test_relatives_laying_wreaths_is_no_event(short):
    assert "017" not in _codes(short, "Relatives laid wreaths on Sunday at the gate of the school in Beslan.")


def test_thousands_at_a_funeral_is_no_event(short):
    assert "017" not in _codes(short, "Thousands attended the funeral of the singer in Lagos on Tuesday.")


def test_a_leader_laying_a_wreath_stays(short):
    assert "017" in _codes(short, "The French president laid a wreath at the war memorial in Algiers on Monday.")


# a year opening a sentence after "In", read by the recogniser as a count


def test_in_year_opening_a_sentence_dates_it(short):
    text = "Gunmen attacked a police post in Tahoua on Friday. In 2021 insurgents killed 70 villagers near the town."
    e = next(e for e in _events(short, text) if e.fatalities == 70)
    assert e.date == "2021" and e.background


def test_in_with_a_count_inside_a_sentence_is_no_year(short):
    found = short(
        Article(raw="Police said that in 1500 cases the suspects were freed.", source="t", published="2024-05-20")
    )
    assert not any(t.value == "1500" for t in found.times)

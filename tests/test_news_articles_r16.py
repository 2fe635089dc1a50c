"""Round-16 whole articles: a counted plural that points back to a list of countries.

"The three countries demanded ..." after "Finland, Sweden and Norway summoned ..." is each of the three; an
uncounted plural, a count that fits no earlier list, or two lists of that size give no such reading.
Every text is composed for these tests; tests/data/news_articles_r16.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r16.yaml`.
"""

from __future__ import annotations

from composed import coder_on, of_type, pair

events = coder_on("2026-06-14")


def test_the_three_countries_are_each_listed_country(short):
    evs = events(
        short,
        "On Monday, Chile, Peru and Bolivia recalled their ambassadors from Caracas. "
        "The three countries demanded that Venezuela free the detained opposition leaders.",
    )
    assert sorted(pair(e) for e in of_type(evs, "REQUEST", 1)) == [("BOL", "VEN"), ("CHL", "VEN"), ("PER", "VEN")]


def test_both_governments_as_a_target(short):
    evs = events(
        short,
        "On Friday, Armenia and Azerbaijan signed a border deal in Washington. "
        "Iran criticised both governments for excluding it from the talks.",
    )
    accuse = of_type(evs, "ACCUSE", 1)
    assert sorted(pair(e) for e in accuse) == [("IRN", "ARM"), ("IRN", "AZE")]


def test_an_uncounted_plural_is_not_the_list(short):
    evs = events(
        short,
        "On Monday, Chile, Peru and Bolivia recalled their ambassadors from Caracas. "
        "Several countries demanded that Venezuela free the detained opposition leaders.",
    )
    assert all(pair(e)[0] not in {"CHL", "PER", "BOL"} for e in of_type(evs, "REQUEST", 1))


def test_a_count_that_fits_no_list_points_nowhere(short):
    evs = events(
        short,
        "On Monday, Chile, Peru and Bolivia recalled their ambassadors from Caracas. "
        "The two countries demanded that Venezuela free the detained opposition leaders.",
    )
    assert all(pair(e)[0] not in {"CHL", "PER", "BOL"} for e in of_type(evs, "REQUEST", 1))


def test_two_lists_of_that_size_in_one_sentence_are_ambiguous(short):
    evs = events(
        short,
        "On Monday, Ghana and Togo accused Benin and Nigeria of closing the border. "
        "The two countries accused Burkina Faso of harbouring militants.",
    )
    assert all(pair(e)[0] not in {"GHA", "TGO", "BEN", "NGA"} for e in of_type(evs, "ACCUSE", 1))


def test_the_latest_list_of_that_size_is_meant(short):
    evs = events(
        short,
        "On Monday, Ghana and Togo closed their borders with Burkina Faso. "
        "On Tuesday, Egypt and Jordan condemned an attack in Gaza. "
        "The two countries called on Israel to open the crossings.",
    )
    assert sorted(pair(e) for e in of_type(evs, "REQUEST", 2)) == [("EGY", "ISR"), ("JOR", "ISR")]


def test_one_strike_of_the_attack_is_its_makers(short):
    evs = events(
        short,
        "On Saturday, Saudi-led coalition jets bombed the port of Hodeidah, killing at least 17 people. "
        "One strike hit a fuel depot near the harbour in Hodeidah.",
    )
    assert [pair(e)[0] for e in of_type(evs, "ASSAULT", 1)] == ["SAU"]


def test_another_of_the_strikes_is_its_makers(short):
    evs = events(
        short,
        "On Saturday, Russian drones attacked the city of Sumy, killing at least nine people. "
        "Another hit an apartment block in the city centre, killing two children.",
    )
    assert [pair(e)[0] for e in of_type(evs, "ASSAULT", 1)] == ["RUS"]


def test_a_strike_with_its_own_maker_keeps_it(short):
    evs = events(
        short,
        "On Saturday, Russian drones attacked the city of Sumy, killing at least nine people. "
        "One Ukrainian drone hit an oil depot in Russia's Belgorod region.",
    )
    assert all(pair(e)[0] != "RUS" for e in of_type(evs, "ASSAULT", 1))


def test_one_of_the_victims_is_no_strike(short):
    evs = events(
        short,
        "On Saturday, Russian drones attacked the city of Sumy, killing at least nine people. "
        "One man shot a neighbour during a quarrel in Kharkiv on Sunday.",
    )
    assert all(pair(e)[0] != "RUS" for e in of_type(evs, "ASSAULT", 1))

"""A title's portfolio is not its holder's country: "British Special Envoy for Ruritania X" is British.
Sentences composed here."""

from __future__ import annotations

import pytest

from wirecoder.article import Article

pytestmark = pytest.mark.slow


def countries(short, text: str) -> dict[str, str | None]:
    """Mention text -> country of the resolved mentions."""
    art = short(Article(raw=text, source="news", published="2024-03-11"))
    return {m.text: m.actor.country for m in art.mentions if m.actor is not None}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Speaking in Geneva, British Special Representative for Syria Alan Hughes said the talks had failed.",
            "Alan Hughes",
            "GBR",
        ),
        (
            "At a news conference in Riyadh, US Special Envoy for Iran Dan Keller said the offer was a stunt.",
            "Dan Keller",
            "USA",
        ),
        (
            "Canadian Special Envoy for Sudan Mary Tremblay criticised the generals on Monday.",
            "Mary Tremblay",
            "CAN",
        ),
    ],
)
def test_the_person_is_of_the_titles_country_not_the_portfolios(short, text, name, country):
    assert countries(short, text)[name] == country


def test_a_pronoun_after_the_portfolio_title_takes_the_holders_country(short):
    got = countries(
        short,
        "TEHRAN — Iran asked Interpol to detain several American officials. In Riyadh, US Special Envoy "
        'for Iran Dan Keller said, "This is a stunt." He added that nobody took it seriously.',
    )
    assert got["Dan Keller"] == "USA" and got["He"] == "USA"


def test_a_country_word_that_is_no_portfolio_still_states_the_persons_country(short):
    got = countries(short, "Ghanaian lawyer Kofi Mensah said the court had ignored the evidence.")
    assert got["Kofi Mensah"] == "GHA"


def test_a_portfolio_with_no_title_country_gives_the_person_no_foreign_country(short):
    got = countries(short, "Special Envoy for Somalia Peter Lund said the truce was holding.")
    assert got.get("Peter Lund") != "SOM"


# --- "his Italian counterpart": the possessor is the other side ---------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        (
            "ATHENS — Greek foreign minister Petros Alexiou met his Italian counterpart on Monday.",
            "his Italian counterpart",
            "ITA",
        ),
        (
            "LIMA — Peruvian trade minister Rosa Quispe said her Chilean counterpart had rejected the tariff plan.",
            "her Chilean counterpart",
            "CHL",
        ),
        (
            "Alexiou's Italian counterpart, Marco Bellini, criticized the European Commission on Tuesday.",
            "Marco Bellini",
            "ITA",
        ),
    ],
)
def test_a_counterpart_is_of_its_country_word_not_of_its_possessor(short, text, phrase, country):
    assert countries(short, text)[phrase] == country


def test_a_counterpart_with_no_country_word_takes_not_its_possessors_country(short):
    got = countries(
        short, "ATHENS — Greek foreign minister Petros Alexiou said his counterpart had cancelled the talks."
    )
    assert got.get("his counterpart") != "GRC"


# --- "foreign ministers in <capital>": the place they meet, not their seat -----------------------------


def test_ministers_meeting_in_a_capital_are_not_of_its_country(short):
    got = countries(short, "A meeting of several foreign ministers in Nairobi condemned the coup in Niger on Monday.")
    assert got.get("several foreign ministers") != "KEN"


def test_officials_in_a_capital_are_still_of_its_country(short):
    got = countries(short, "Officials in Nairobi said the border with Somalia would reopen on Monday.")
    assert got.get("Officials") == "KEN"

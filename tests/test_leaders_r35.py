"""Round-35 leaders lane: current heads of state and government, foreign and defence ministers and IGO heads.

The curated file ``actors-2026.yaml`` now holds dated roles for the leaders of the G20, the EU members and the
countries of current conflicts and big news (Meloni, Sheinbaum, Milei, Orban, Lula, Tusk, Albanese, Carney, Fico,
Sanchez, ...). A name resolves to the person's country and sector on a day inside a role; outside every role it
falls back to the entry's own sector (ELI for a former office holder, PTY or OPP for a party politician). A common
surname ("Sanchez", "Silva", "Costa") or one two current office holders share ("Albanese", "Wong") names no one on
its own. A surname the NER took for a town only the gazetteer knows ("Carney" as GPE) is the current office holder
where it acts ("Carney met ..."), and stays a town where a town stands ("flights to Carney").

Every sentence is composed for these tests; tests/data/cameo_sentences_leaders_r35*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composed import coder_on, current, pair
from wirecoder.actors import load_kb, resolve_name
from wirecoder.article import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb("kb.v1")


@pytest.mark.parametrize(
    "name, day, country, sector",
    [
        ("Giorgia Meloni", "2025-06-01", "ITA", "GOV"),
        ("Claudia Sheinbaum", "2025-02-10", "MEX", "GOV"),
        ("Javier Milei", "2024-03-01", "ARG", "GOV"),
        ("Viktor Orban", "2024-11-05", "HUN", "GOV"),
        ("Luiz Inacio Lula da Silva", "2025-07-01", "BRA", "GOV"),
        ("Lula", "2008-05-01", "BRA", "GOV"),
        ("Donald Tusk", "2024-09-01", "POL", "GOV"),
        ("Anthony Albanese", "2023-10-01", "AUS", "GOV"),
        ("Mark Carney", "2025-09-01", "CAN", "GOV"),
        ("Robert Fico", "2024-05-20", "SVK", "GOV"),
        ("Pedro Sanchez", "2025-06-01", "ESP", "GOV"),
        ("Pedro Sánchez", "2025-06-01", "ESP", "GOV"),
        ("Radosław Sikorski", "2025-01-15", "POL", "GOV"),
        ("Sanae Takaichi", "2026-01-10", "JPN", "GOV"),
        ("Karol Nawrocki", "2025-10-01", "POL", "GOV"),
        ("Jose Antonio Kast", "2026-04-01", "CHL", "GOV"),
    ],
)
def test_leader_on_a_day_in_office(kb, name: str, day: str, country: str, sector: str) -> None:
    actor = resolve_name(kb, name, day)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    "name, day, country, sector",
    [
        ("Justin Trudeau", "2025-06-01", "CAN", "ELI"),  # left office 2025-03-14
        ("Mark Carney", "2024-06-01", "CAN", "ELI"),  # before he took office
        ("Andrzej Duda", "2025-09-01", "POL", "ELI"),  # his term ended 2025-08-06
        ("Karol Nawrocki", "2025-07-01", "POL", "ELI"),  # not yet president
        ("Shigeru Ishiba", "2026-01-10", "JPN", "PTY"),  # succeeded by Takaichi 2025-10-21
        ("Andrej Babis", "2025-11-01", "CZE", "OPP"),  # in opposition until his return in December 2025
        ("Gabriel Boric", "2026-06-01", "CHL", "ELI"),  # succeeded by Kast 2026-03-11
        ("Claudia Sheinbaum", "2024-01-15", "MEX", "PTY"),  # between Mexico City and the presidency
    ],
)
def test_leader_outside_every_role(kb, name: str, day: str, country: str, sector: str) -> None:
    actor = resolve_name(kb, name, day)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


def test_tusk_between_his_terms_led_the_european_council(kb) -> None:
    actor = resolve_name(kb, "Donald Tusk", "2017-03-01")
    assert (actor.country, actor.sector) == (None, "IGO")


@pytest.mark.parametrize("word", ["Sanchez", "Silva", "Costa", "Paz", "Dan", "Store", "Albanese", "Wong"])
def test_common_or_shared_surname_names_no_one(kb, word: str) -> None:
    assert kb.surname(word, dt.date(2025, 11, 20)) is None


@pytest.mark.parametrize("word, entry", [("Sheinbaum", "claudia-sheinbaum"), ("Kristersson", "ulf-kristersson")])
def test_distinct_surname_names_the_office_holder(kb, word: str, entry: str) -> None:
    assert kb.surname(word, dt.date(2025, 11, 20)) == entry


events = coder_on("2025-11-20")


def _actor_of(short, text: str, word: str, published: str = "2025-11-20"):
    art = short(Article(raw=text, source="test", published=published))
    found = [m for m in art.mentions if m.text == word]
    return found[0].actor if found else None


@pytest.mark.parametrize(
    "text, src",
    [
        ("Sheinbaum rejected the proposal to station foreign troops on Mexican soil.", "MEX"),
        ("Milei criticised the central bank's decision to keep rates unchanged.", "ARG"),
        ("Fico accused Brussels of meddling in the Slovak judiciary.", "SVK"),
    ],
)
def test_lone_distinct_surname_gives_the_source_country(short, text: str, src: str) -> None:
    evs = current(events(short, text))
    assert evs and pair(evs[0])[0] == src


@pytest.mark.parametrize(
    "text",
    [
        "Carney met the Mexican foreign minister in Ottawa on Tuesday.",
        "The Irish president held talks with Carney on Arctic security.",
    ],
)
def test_town_namesake_acting_is_the_office_holder(short, text: str) -> None:
    actor = _actor_of(short, text, "Carney")
    assert actor is not None and (actor.country, actor.sector) == ("CAN", "GOV")


def test_town_namesake_where_a_town_stands_stays_a_town(short) -> None:
    actor = _actor_of(short, "Flights to Carney were cancelled after the storm.", "Carney")
    assert actor is None or actor.sector != "GOV"


def test_town_namesake_before_the_role_is_not_the_office_holder(short) -> None:
    actor = _actor_of(short, "Carney met the Mexican foreign minister in Ottawa on Tuesday.", "Carney", "2024-06-01")
    assert actor is None or actor.sector != "GOV"


def test_common_surname_alone_gives_no_source_country(short) -> None:
    evs = current(events(short, "Sanchez criticised the decision to close the border crossing."))
    assert not evs or pair(evs[0])[0] != "ESP"

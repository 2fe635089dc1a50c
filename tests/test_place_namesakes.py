"""Place names that mislead: a namesake abroad of a place a guessed actor country points at, an
abbreviation that spells a town, a country's or a common noun's name at the end of a longer name, and a
DR Congo "territory" as a district. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.coding.main_event import main_event
from wirecoder.geo.gazetteer import abbreviation, load_gazetteer

pytestmark = pytest.mark.slow


def _where(short, text: str) -> dict:
    main = main_event(short(Article(raw=text, source="test", published="2025-08-10")).events)
    assert main is not None
    return main.location or {}


def test_an_abbreviation_names_only_a_curated_place() -> None:
    gazetteer = load_gazetteer()
    assert abbreviation("IBO") and abbreviation("NWA") and not abbreviation("Ibo") and not abbreviation("PESHAWAR")
    assert gazetteer.lookup("IBO") is None  # "an IBO" is an operation, not the town in Mozambique
    assert gazetteer.lookup("Ibo") is not None
    found = gazetteer.lookup("NWA")
    assert found is not None and found.country == "PAK"
    us = gazetteer.lookup("US")
    assert us is not None and us.country == "USA"


def test_territory_hints_a_district() -> None:
    found = load_gazetteer().lookup("Rutshuru territory", {"COD": 1.0})
    assert found is not None and found.precision == "district"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the security forces' country is guessed from "Hangu" itself: it must not vote for Hangu's namesake
        ("Police arrest five Pakistani Taliban suspects after a gun battle in Hangu", "PAK"),
        ("Chinese police detained two men after a knife attack in Hangu on Sunday.", "CHN"),  # the namesake
        ("Three militants die in NWA air strikes, officials say", "PAK"),
        ("Police fired tear gas at students outside the University of Nairobi on Monday.", "KEN"),
        ("A landmine wounded four shepherds in SW Afghanistan on Friday.", "AFG"),  # a compass word, no name
    ],
)
def test_the_country_of_a_misleading_name(short, text: str, country: str) -> None:
    assert _where(short, text).get("country") == country


def test_a_country_name_ending_a_longer_name_is_not_the_country(short) -> None:
    where = _where(short, "Guerrillas blew up an oil pipeline near Puerto Jordan on Tuesday.")
    assert where.get("country") != "JOR"  # no country rather than a wrong one
    where = _where(short, "Guerrillas attacked a police post near Puerto Jordan in Arauca on Tuesday.")
    assert where.get("country") == "COL"
    where = _where(short, "Border guards exchanged fire with smugglers in northern Jordan on Tuesday.")
    assert where.get("country") == "JOR"


def test_a_short_alternate_name_names_no_place() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Wan", {"USA": 2.0}) is None  # a three-letter GeoNames alternate of a US city
    ica = gazetteer.lookup("Ica")  # a town's own short name stays
    assert ica is not None and ica.country == "PER"


def test_a_short_alternate_gives_no_place_abroad(short) -> None:
    where = _where(short, "Five killed in US drone strike in Wan")
    assert where.get("name") != "Irvine"

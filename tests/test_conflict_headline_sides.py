"""Conflict headlines: present-tense verbs read as nouns, violence named by its casualty count, fire from one
country placed on the other side, summons placed in the summoning state, operations run by a named force,
and GED's side A. Every headline here was written for this test (several countries, no gold wording)."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event, Participant
from wirecoder.coding.main_event import main_event
from wirecoder.export.ged import ged_sides, side_a_country

pytestmark = pytest.mark.slow


def _main(short, text: str) -> Event | None:
    return main_event(short(Article(raw=text, source="test", published="2024-03-02")).events)


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya summons Somali envoy over cross-border raids",
        "Colombia and Venezuela trade fire along river border",
        "Sudanese and Chadian troops exchange fire near Adre",
        "Air force pounds rebel positions in Kachin",
        "Rangers gun down four suspected robbers in Hyderabad",
        "ISWAP claim responsibility for Monguno attack",
    ],
)
def test_present_tense_headline_verbs_give_an_event(short, headline: str) -> None:
    assert _main(short, headline) is not None, headline


@pytest.mark.parametrize(
    ("headline", "dead"),
    [
        ("Toll rises to 23 in Kirkuk market bombing", 23),
        ("Mali, Burkina report 14 deaths in border clashes", 14),
        ("Three alleged bandits dead after clashes with vigilantes in Zamfara", 3),
    ],
)
def test_violence_named_by_its_toll_is_an_event_with_that_toll(short, headline: str, dead: int) -> None:
    event = _main(short, headline)
    assert event is not None, headline
    assert event.fatalities == dead, headline


@pytest.mark.parametrize(
    "headline",
    [
        "Annual report on deaths in custody published",
        "Ten deaths in the war of the 1990s were recalled at the ceremony",
        "Sahel security digest, 12 March",
    ],
)
def test_no_event_without_violence_that_happened(short, headline: str) -> None:
    event = _main(short, headline)
    assert event is None or (event.cameo or {}).get("root") not in {"18", "19", "20"}, headline


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Afghanistan says Pakistani rocket fire kills three in Kunar", "AFG"),
        ("Two farmers killed in Azerbaijani shelling: Armenian defence ministry", "ARM"),
        ("Cambodia says Thai firing kills border guard", "KHM"),
    ],
)
def test_fire_from_one_country_lands_on_the_reporting_side(short, headline: str, country: str) -> None:
    event = _main(short, headline)
    assert event is not None and (event.location or {}).get("country") == country, headline


@pytest.mark.parametrize(
    "headline",
    ["Shepherd killed in Iranian border firing", "Cross-border firing from Eritrea kills farmer"],
)
def test_attackers_country_is_no_place_of_the_fire(short, headline: str) -> None:
    event = _main(short, headline)
    assert event is not None, headline
    assert (event.location or {}).get("country") not in {"IRN", "ERI"}, headline


def test_home_fire_against_militants_keeps_its_country(short) -> None:
    event = _main(short, "Nigerian army shelling kills 20 insurgents in Borno")
    assert event is not None and (event.location or {}).get("country") == "NGA"


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Nigeria summons Chadian ambassador after border killings", "NGA"),
        ("Ethiopia summons Sudanese envoy over shelling in Fashaga", "ETH"),
    ],
)
def test_a_summons_takes_place_in_the_summoning_state(short, headline: str, country: str) -> None:
    event = _main(short, headline)
    assert event is not None and (event.location or {}).get("country") == country, headline


@pytest.mark.parametrize(
    ("headline", "country", "sector"),
    [
        ("Seven gunmen killed in police raid in Kano", "NGA", "COP"),
        ("Eight insurgents killed in security operation in Khost", "AFG", "MIL"),
    ],
)
def test_the_force_that_names_the_operation_is_its_source(short, headline: str, country: str, sector: str) -> None:
    event = _main(short, headline)
    assert event is not None and event.source is not None, headline
    assert (event.source.country, event.source.sector) == (country, sector), headline


def test_soldiers_killed_in_an_army_operation_have_no_army_source(short) -> None:
    event = _main(short, "Three soldiers killed in army operation in Kunduz")
    assert event is not None
    assert event.source is None or event.source.sector not in {"MIL", "COP"}


def _event(source: Participant | None, target: Participant | None) -> Event:
    return Event(
        id="e",
        article_id="a",
        sentence_index=0,
        trigger={},
        date=None,
        date_precision=None,
        source=source,
        target=target,
        cameo={"root": "19"},
        plover={},
        acled={},
        location=None,
        fatalities=None,
        quantities=[],
        negated=False,
        hypothetical=False,
        future=False,
        evidence={},
        confidence=0.5,
    )


def test_ged_side_a_is_the_state_party_even_as_victim() -> None:
    soldiers = Participant("two soldiers", country="SOM", sector="MIL")
    fighters = Participant("gunmen", country="SOM", sector="UAF")
    assert ged_sides(_event(fighters, soldiers)) == (soldiers, fighters)
    assert side_a_country(_event(None, soldiers)) == "SOM"
    assert side_a_country(_event(soldiers, fighters)) == "SOM"


def test_ged_side_a_without_a_state_is_the_source() -> None:
    gang = Participant("bandits", country="NGA", sector="CRM")
    villagers = Participant("villagers", country="NGA", sector="CVL")
    assert ged_sides(_event(gang, villagers)) == (gang, villagers)
    assert side_a_country(_event(None, villagers)) is None


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Cross-border firing from Eritrea kills farmer", "ERI"),
        ("Shepherd killed in Iranian border firing", "IRN"),
        ("Woman killed, two injured in firing by Thai troops", "THA"),
    ],
)
def test_fire_with_no_source_is_the_forces_of_its_country(short, headline: str, country: str) -> None:
    event = _main(short, headline)
    assert event is not None and event.source is not None, headline
    assert (event.source.country, event.source.sector) == (country, "MIL"), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Arms trade treaty talks",
        "Border trade figures for March",
        "Court summons list for Monday",
        "Insurance claims rise after floods",
    ],
)
def test_noun_phrase_headlines_stay_without_violence(short, headline: str) -> None:
    event = _main(short, headline)
    assert event is None or (event.cameo or {}).get("root") not in {"15", "18", "19", "20"}, headline

"""The denser gazetteer: second-order divisions (districts, LGAs, territories, townships) with a centroid and
their province, first-order names checked against GeoNames' own, and a town in the story's country (or in
the area the text names) before a namesake abroad. Sentences written for these tests."""

from __future__ import annotations

import math

import pytest

from wirecoder.article import Article, Event
from wirecoder.geo import load_gazetteer
from wirecoder.geo.build import ADMIN2_TABLE
from wirecoder.yamlfiles import read_csv


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _km(a, b) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


# -- second-order divisions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Masisi territory", "COD", "Nord-Kivu"),
        ("Gwoza local government area", "NGA", "Borno"),
        ("Zurmi LGA", "NGA", "Zamfara"),
        ("Khakrez district", "AFG", "Kandahar"),
        ("Niono cercle", "MLI", "Segou"),
    ],
)
def test_district_has_its_province_and_a_centroid(gazetteer, text, country, admin1):
    place = gazetteer.lookup(text)
    assert place is not None
    assert (place.country, place.precision, place.admin1) == (country, "district", admin1)
    assert place.lat is not None and place.admin2 == place.name


def test_district_centroid_lies_near_its_towns(gazetteer):
    # the division's centroid is the median of its towns: near the town that bears its name
    district, town = gazetteer.lookup("Rutshuru territory"), gazetteer.lookup("Rutshuru")
    assert district.precision == "district" and town.precision == "place"
    assert _km(district, town) < 50


def test_bare_name_is_the_town_before_its_district(gazetteer):
    assert gazetteer.lookup("Gwoza").precision == "place"
    assert gazetteer.lookup("Gwoza district").precision == "district"


def test_division_names_are_not_common_area_words():
    names = {r["name"].lower() for _, r in read_csv(ADMIN2_TABLE, required=("name",))}
    assert not names & {"central", "north", "south", "east", "west", "capital", "city", "district", "rural"}
    assert all(sum(ch.isalpha() for ch in n) >= 4 for n in names)


def test_common_words_are_not_places(gazetteer):
    for word in ("district", "township", "local government area", "territory"):
        assert gazetteer.lookup(word) is None


# -- first-order names: GeoNames codes that agree with ISO 3166-2 by chance only ------------------------


def test_myanmar_towns_carry_their_own_state(gazetteer):
    # GeoNames numbers Myanmar's states and regions differently from ISO 3166-2
    assert gazetteer.lookup("Hakha").admin1 == "Chin"
    assert gazetteer.lookup("Sittwe").admin1 == "Rakhine"


def test_colombian_departments_are_placed_among_their_own_towns(gazetteer):
    # towns named Santander or Bolivar lie in other departments: a department's centroid is its own towns'
    for department, capital in (("Cauca", "Popayan"), ("Antioquia", "Medellin"), ("Narino", "Pasto")):
        area = next(p for p in gazetteer.candidates(department) if p.precision == "province")
        town = gazetteer.lookup(capital, {"COL": 1.0})
        assert area.country == town.country == "COL"
        assert town.admin1 == area.admin1 == area.name
        assert _km(area, town) < 150


def test_curated_province_shares_its_towns_admin1(gazetteer):
    governorate = gazetteer.lookup("Hodeidah Governorate")
    assert governorate.admin1 == gazetteer.lookup("Hodeidah").admin1


def test_states_with_long_official_names_keep_the_common_one(gazetteer):
    # ISO's "Michoacan de Ocampo" is GeoNames' "Michoacan": the towns and the state share that name
    town = gazetteer.lookup("Apatzingan", {"MEX": 1.0})
    state = next(p for p in gazetteer.candidates("Michoacan de Ocampo") if p.precision == "province")
    assert town.admin1 == state.admin1 == "Michoacan"
    assert gazetteer.lookup("Bahir Dar").admin1 == "Amhara"  # ISO spells it Amara


# -- in a sentence --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def code(short):
    def run(text: str) -> list[Event]:
        return short(Article(raw=text, source="test", published="2025-09-30")).events

    return run


def _place(events: list[Event]) -> dict:
    located = [e.location for e in events if (e.acled or {}).get("event_type") and e.location]
    assert located, events
    return located[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # the unit word of several words, and "X <unit> of Y"
        ("Gunmen abducted nine farmers in Gwoza local government area of Borno state on Friday.", "NGA", "Gwoza"),
        # Spanish names with lowercase joints are one container
        ("Guerrillas bombed a police post in Tibu, Norte de Santander, overnight.", "COL", "Tibu"),
        # an alternate spelling of a town in the container the text names
        ("Air strikes hit a mining camp in Hpakant township, Kachin State, killing four.", "MMR", "Hpakan"),
        # the namesake area the town lies in, not the first area of that name
        ("Separatist fighters kidnapped two teachers in Bamenda (North-West region).", "CMR", "Bamenda"),
        ("Gunmen shot dead a taxi driver in Mahikeng (North-West province) on Monday.", "ZAF", "Mafikeng"),
        # the district of the named state, not its namesake in another state
        ("Maoist rebels shot dead a village headman in Bijapur district, Chhattisgarh.", "IND", "Bijapur"),
        # "X district of Y": the district inside Y, not Y's own town, nor a county of that name abroad
        ("Taliban fighters attacked a checkpoint in Chahar Dara district of Kunduz.", "AFG", "Chahar Dara"),
        ("Gunmen killed a tribal elder in Hays district of Hodeidah province.", "YEM", "Hays"),
        ("Government forces and Houthi fighters traded mortar fire in Hays district of Hodeidah.", "YEM", "Hays"),
        # an unknown district of a known province: the province's town stands for it
        ("Gunmen shot a teacher in Xyzzyk district of Kunduz.", "AFG", "Kunduz"),
    ],
)
def test_sentence_places_small_towns_and_districts(code, text, country, name):
    loc = _place(code(text))
    assert (loc["country"], loc["name"]) == (country, name)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, field, want",
    [
        # a district of the named state, not its namesake elsewhere in India
        ("Maoist rebels shot dead a village headman in Bijapur district, Chhattisgarh.", "admin1", "Chhattisgarh"),
        # Bama is a Nigerian town and a Burkinabe one: the Nigerian state decides
        ("Insurgents attacked an army base in Bama, Borno State, on Tuesday.", "country", "NGA"),
        # "(Beni, North Kivu)": the Beni of DR Congo, not Bolivia's El Beni department
        ("Soldiers and rebels exchanged fire near Mavivi (Beni, North Kivu) on Sunday.", "country", "COD"),
    ],
)
def test_the_named_province_decides_between_namesakes(code, text, field, want):
    assert _place(code(text))[field] == want


@pytest.mark.slow
def test_a_person_named_like_a_county_is_no_place(code):
    # "Sanders" is a county in GeoNames' districts: read from an untagged name it counts as a small town
    events = code("During a television interview on Wednesday, Sanders praised Biden as a decent man.")
    assert all((e.location or {}).get("name") != "Sanders" for e in events)


@pytest.mark.slow
def test_compass_words_in_lowercase_are_no_foreign_province(code):
    # South Africa's and Cameroon's North-West are found as "North-West region", never from ordinary words
    events = code("Troops killed nine suspected militants in an operation in the northwest region of Pakistan.")
    assert all((e.location or {}).get("country") in {None, "PAK"} for e in events)


def test_compass_named_province_needs_its_unit_word(gazetteer):
    assert gazetteer.lookup("Far North") is None and gazetteer.lookup("North-West") is None
    assert gazetteer.lookup("Far North region").country == "CMR"

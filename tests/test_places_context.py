"""Where an event happened when the place is shared, disputed or only implied: the side of a border or a
disputed region, armed groups' home countries, place names as modifiers of the event noun, headlines
over a byline. Sentences written for these tests (other towns and countries than any gold set)."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


@pytest.fixture(scope="module")
def where(pipeline):
    """The location record of the most confident event of a one-line text (None when no event)."""

    def run(text: str) -> dict | None:
        article = pipeline(Article(raw=text, source="test", id="t", published="2023-05-02"))
        if not article.events:
            return None
        main = max(article.events, key=lambda e: e.confidence)
        return main.location or {}

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Indian troops fired mortars across the Line of Control, wounding a shepherd",
        "Indian troops shelled villages along the LoC, killing a farmer",
    ],
)
def test_places_shared_border_struck_by_one_side_is_the_other_side(where, text):
    loc = where(text)
    assert loc is not None and loc["country"] == "PAK"


def test_places_disputed_region_takes_the_storys_pakistani_places(where):
    loc = where("Shelling in Kashmir wounded four villagers, police in Kotli and AJK officials said")
    assert loc is not None and loc["country"] == "PAK"


def test_places_disputed_region_with_one_countrys_forces_only_stays_theirs(where):
    loc = where("Indian soldiers killed two rebels in a gunfight in Kashmir")
    assert loc is not None and loc["country"] == "IND"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pakistani helicopters killed nine insurgents near the Afghan border", "PAK"),
        ("Afghan commandos killed six fighters close to the Pakistani border", "AFG"),
    ],
)
def test_places_a_border_named_by_one_country_is_this_side_of_it(where, text, country):
    loc = where(text)
    assert loc is not None and loc["country"] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pakistani police killed three Uzbek fighters in a raid", "PAK"),
        ("Nigerian troops killed 12 Chadian militants in an ambush", "NGA"),
        ("Kenyan police killed three Somali militants in a raid", "KEN"),
    ],
)
def test_places_an_armed_groups_home_country_is_not_the_place(where, text, country):
    loc = where(text)
    assert loc is not None and loc["country"] == country


def test_places_an_armed_groups_country_is_still_the_last_resort(where):
    loc = where("Three Pakistani militants shot dead")
    assert loc is not None and loc["country"] == "PAK" and loc["from"] == "actor"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Two tribal elders killed in Bajaur roadside bombing", "Bajaur", "Khyber Pakhtunkhwa"),
        ("Six labourers killed in Kech gun attack", "Kech", "Balochistan"),
        ("Missile strike in SWA kills three", "South Waziristan", "Khyber Pakhtunkhwa"),
    ],
)
def test_places_a_district_named_on_the_attack_noun(where, text, name, admin1):
    loc = where(text)
    assert loc is not None and loc["name"] == name and loc["admin1"] == admin1
    assert loc["precision"] == "district"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a salesman in a Toyota showroom",  # a brand, not the Japanese town
        "Five killed in a US drone strike",  # the country that strikes, not the place
    ],
)
def test_places_a_name_on_the_attack_noun_that_is_no_place(where, text):
    loc = where(text)
    assert loc is None or loc.get("precision") != "place"


def test_places_headline_over_a_byline_is_coded(pipeline):
    text = "Shopkeeper killed in mortar fire in Bhimber\n\nAU \t\nStaff Reporter"
    article = pipeline(Article(raw=text, source="test", id="t", published="2023-05-02"))
    assert article.events
    assert "Bhimber" in article.text

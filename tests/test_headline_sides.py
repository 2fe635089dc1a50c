"""Which side of a border a headline's event is on, and villages placed by the area written after them:
a country named only on a border noun, a leading attribution ("Thai army: ..."), a state reporting a clash
with another's forces, a village the gazetteer lacks ("in Garhi Sher, Bannu"). Every headline here was
written for this test."""

from __future__ import annotations

import pytest

from conftest import names_no_doer
from wirecoder.article import Article
from wirecoder.coding.main_event import main_event

pytestmark = pytest.mark.slow


def _main(short, text: str):
    return main_event(short(Article(raw=text, source="test", published="2024-03-02")).events)


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Kenyan police kill four al-Shabaab suspects near Somalia border", "KEN"),
        ("Algerian soldiers kill three smugglers near Malian border", "DZA"),
        ("Iranian border guards kill two smugglers near Pakistan border", "IRN"),
        ("Armenia says two soldiers killed in clashes on Azerbaijan border", "ARM"),
        ("Uzbek border guards kill two smugglers near Afghan border", "UZB"),  # not the Pakistani side
        ("Pakistani soldiers repel raid near Afghan border, killing two", "PAK"),
    ],
)
def test_a_country_named_on_a_border_is_the_other_side(short, headline: str, country: str) -> None:
    main = _main(short, headline)
    assert main is not None and (main.location or {}).get("country") == country


def test_border_guards_are_no_border_place(short) -> None:
    main = _main(short, "Turkish border guards shoot dead two migrants in Hatay")
    assert main is not None and (main.location or {}).get("country") == "TUR"


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Armenian ministry: Azerbaijani mortar fire kills villager", "ARM"),
        ("Afghan army: Mortar fire from Pakistan kills two children", "AFG"),
    ],
)
def test_a_leading_attribution_is_the_reporting_side(short, headline: str, country: str) -> None:
    main = _main(short, headline)
    assert main is not None and main.location is not None
    assert main.location["country"] == country
    assert main.location["from"] == "actor"


def test_a_reported_clash_with_another_states_forces_is_on_the_reporters_side(short) -> None:
    main = _main(short, "Kyrgyz officials say four dead in border skirmish with Tajik troops")
    assert main is not None and (main.location or {}).get("country") == "KGZ"


def test_a_reported_strike_abroad_stays_where_it_fell(short) -> None:
    main = _main(short, "Israel says three Syrian soldiers killed in airstrike")
    assert main is not None and (main.location or {}).get("country") != "ISR"


@pytest.mark.parametrize(
    ("headline", "name", "country"),
    [
        ("Three militants killed in raid in Jani Khel, Bannu", "Bannu", "PAK"),
        ("Gunmen shot dead a trader in Garhi Sher (Kohat)", "Kohat", "PAK"),
        ("Soldier killed in clash near Kot Ali, Balochistan", "Balochistan", "PAK"),
    ],
)
def test_a_village_the_gazetteer_lacks_is_placed_in_the_area_after_it(
    short, headline: str, name: str, country: str
) -> None:
    main = _main(short, headline)
    assert main is not None and main.location is not None
    assert (main.location["name"], main.location["country"]) == (name, country)


def test_a_person_met_in_a_city_is_no_village(short) -> None:
    main = _main(short, "Prime minister met tribal elders in Quetta")
    assert main is not None and (main.location or {}).get("name") == "Quetta"


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Militants attack checkpoint in Gomal area of Tank district", "Militants"),
        ("Five dead in US drones attack in Kunar", "US"),
        ("Four killed in US drone attack in Kunar", "US"),
    ],
)
def test_present_tense_attack_is_read_as_a_verb_only_without_a_predicate(short, headline: str, source: str) -> None:
    main = _main(short, headline)
    assert main is not None and main.source is not None and main.source.text == source


@pytest.mark.parametrize(
    ("headline", "victim"),
    [
        ("Bullet-riddled body of journalist found in Sinaloa", "journalist"),
        ("Trader's tortured body found in Quetta", "Trader"),
        ("Tortured body of abducted teacher found in Turbat", "abducted teacher"),
    ],
)
def test_a_headline_body_found_with_marks_of_violence_is_a_killing(short, headline: str, victim: str) -> None:
    main = _main(short, headline)
    assert main is not None and (main.plover or {}).get("type") == "ASSAULT"
    assert main.target is not None and main.target.text == victim
    assert names_no_doer(main.source)  # the finder is no killer


def test_a_body_found_with_no_mark_of_violence_is_no_event(short) -> None:
    assert _main(short, "Body of drowned fisherman found on beach") is None


def test_a_summons_after_a_killing_keeps_the_killing(short) -> None:
    main = _main(short, "Iraqi envoy summoned after man killed in border firing")
    assert main is not None and (main.plover or {}).get("type") == "ASSAULT"


@pytest.mark.parametrize(
    "headline",
    ["One child killed in Iran-Iraq border shelling", "Two hurt in Armenia-Azerbaijan border firing"],
)
def test_the_countries_of_a_border_pair_fire_nothing(short, headline: str) -> None:
    main = _main(short, headline)
    assert main is not None
    if main.source is not None:
        assert main.source.text not in {"Iraq", "Azerbaijan", "Iran", "Armenia"}


def test_a_name_after_a_comma_that_starts_the_next_clause_is_no_area(short) -> None:
    events = short(
        Article(
            raw="Speaking in the Grand Hall, Lam was heckled by protesting students.",
            source="t",
            published="2024-03-02",
        )
    ).events
    assert all((e.location or {}).get("country") != "DEU" for e in events)  # no German hamlet called Lam


def test_an_artillery_duel_is_a_fight_and_a_tv_duel_is_none(short) -> None:
    main = _main(short, "Artillery duel erupts along frontier")
    assert main is not None and (main.plover or {}).get("type") == "ASSAULT"
    assert _main(short, "Candidates face off in TV duel") is None

"""Round 32 incident-notes lane: an armed group attacking a town by its name and killing none told as armed attacks
civilians; "drove X out of Y" takes Y;
"set ablaze the house" after its subject is the subject's act; an armed group of the actor base with no country
of its own is of the country where it acts. Each with its negative cases."""

from __future__ import annotations

from typing import Any

import pytest

from attack_tolls import toll_helpers
from composed import acled_kind

events, main, dead, total, source = toll_helpers("2026-12-07")


def _acled(short: Any, text: str) -> tuple[str | None, str | None]:
    return acled_kind(main(short, text))


VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
REGAINED = "Government regains territory"
OVERTAKEN = "Non-state actor overtakes territory"
TERRITORY = {REGAINED, OVERTAKEN}


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2026, bandits attacked Gusau (Gusau, Zamfara), killing six people.",
        "On 9 June 2026, gunmen attacked Bokkos (Plateau) at dawn, killing 12 villagers.",
    ],
)
def test_armed_group_attacking_a_town_killing_people_attacks_civilians(short: Any, text: str) -> None:
    assert _acled(short, text) == VAC


@pytest.mark.parametrize(
    "text",
    [
        # soldiers among the dead: a battle with those holding the town
        "On 9 June 2026, militants attacked Gusau (Gusau, Zamfara), killing four soldiers.",
        # no one harmed: not read as an attack on civilians by this rule
        "On 9 June 2026, jihadists attacked Diapaga (Tapoa, Est). No casualties were reported.",
    ],
)
def test_town_attacks_with_armed_dead_or_none_harmed_stay_battles(short: Any, text: str) -> None:
    assert _acled(short, text) == CLASH


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On 4 June 2026, Ugandan and Congolese troops drove ADF fighters out of Mukakiri (Beni, North Kivu).",
            REGAINED,
        ),
        (
            "On 4 June 2026, rebels drove government soldiers out of the town of Kalehe (South Kivu) after clashes.",
            OVERTAKEN,
        ),
    ],
)
def test_driven_out_of_a_place_is_territory_taken(short: Any, text: str, want: str) -> None:
    assert _acled(short, text) == ("Battles", want)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2026, a farmer drove his truck out of the garage in Goma (North Kivu).",
        "On 4 June 2026, floods forced hundreds of families out of their homes in Uvira (South Kivu).",
        "On 4 June 2026, police chased the hawkers out of the market in Kampala.",
    ],
)
def test_driven_out_of_no_place_of_war_takes_none(short: Any, text: str) -> None:
    subs = {(e.acled or {}).get("sub_event_type") for e in events(short, text)}
    assert not subs & TERRITORY


@pytest.mark.parametrize(
    "text",
    [
        "On 6 June 2026, a mob set ablaze the shop of a trader accused of blasphemy in Sialkot (Punjab).",
        "On 6 June 2026, an angry crowd set alight three police vehicles in Kisumu (Kisumu).",
    ],
)
def test_set_ablaze_before_its_object_is_an_act(short: Any, text: str) -> None:
    event = main(short, text)
    assert event is not None and (event.cameo or {}).get("code") == "1712"
    assert event.source is not None and event.source.text.split()[-1] in ("mob", "crowd")


@pytest.mark.parametrize(
    "text",
    [
        "On 6 June 2026, a man set ablaze in his cell in Sialkot died of his burns in hospital.",
        "Residents of a village set ablaze by militants in Borno last month returned home on 6 June 2026.",
    ],
)
def test_set_ablaze_as_a_passive_gives_no_arson_by_its_noun(short: Any, text: str) -> None:
    for e in events(short, text):
        assert not (e.source is not None and e.source.text.split()[-1] in ("man", "residents"))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 8 June 2026, MS-13 members shot dead a taxi driver in San Pedro Sula (Cortes).", "HND"),
        ("On 8 June 2026, al-Qaeda attacked an army post near Menaka (Menaka), killing two soldiers.", "MLI"),
    ],
)
def test_stateless_armed_group_takes_the_country_where_it_acts(short: Any, text: str, country: str) -> None:
    event = main(short, text)
    assert event is not None and event.source is not None and event.source.country == country


def test_countryless_international_body_keeps_no_country(short: Any) -> None:
    # NATO is no armed group of a place: it keeps no country where it acts
    event = main(short, "On 8 June 2026, NATO aircraft struck a convoy near Sirte (Libya), killing four fighters.")
    assert event is None or event.source is None or event.source.country in (None, "")


def test_kicked_keeps_its_own_coding(short: Any) -> None:
    # "drove X out of Y" is read for drive, force, chase, push and flush only: a kick stays an assault
    text = "On 8 June 2026, police kicked and beat two protesters in Nairobi, injuring both."
    assert any((e.cameo or {}).get("code", "").startswith("18") for e in events(short, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # ACLED's spellings of a Somali region and district are the gazetteer's Hiran and Bulo Burte
        (
            "On 12 June 2026, al-Shabaab attacked an army base in Bulo Burto district (Hiraan), killing two soldiers.",
            "Bulo Burte",
        ),
        ("On 12 June 2026, clan militias clashed with al-Shabaab near Mahas (Hiraan), killing four fighters.", "Hiran"),
    ],
)
def test_somali_spellings_are_placed(short: Any, text: str, place: str) -> None:
    event = main(short, text)
    assert event is not None and (event.location or {}).get("name") == place
    assert (event.location or {}).get("country") == "SOM"


def test_a_town_in_the_region_keeps_its_own_place(short: Any) -> None:
    # the region's new spelling does not take the place of a town the gazetteer knows
    event = main(short, "On 12 June 2026, a roadside bomb killed three soldiers in Beledweyne (Hiraan).")
    assert event is not None and (event.location or {}).get("name") not in ("Hiran", None)

"""Round-15 incident notes weighted to the world sample: conflict towns the packaged cities file lacks or
spells otherwise (a report's place within 50 km instead of its province), and a bomb-disposal squad or
army engineers defusing a device coded as a disrupted weapons use.

Every note is composed for these tests; tests/data/acled_notes_r15.yaml holds a larger composed set, scored
by `python scripts/score_incident_reports.py tests/data/acled_notes_r15.yaml`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.geo.gazetteer import load_gazetteer


def typed(short, text: str) -> list[Event]:
    evs = short(Article(raw=text, source="test", published="2026-08-31")).events
    return [e for e in evs if (e.acled or {}).get("event_type") and not e.background]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Kalehe", "COD", -2.10, 28.90),
        ("Tawila", "SDN", 13.50, 24.65),
        ("Um Rawaba", "SDN", 12.91, 31.22),  # a report's spelling of GeoNames' Umm Ruwaba
        ("Kyaukphyu", "MMR", 19.43, 93.55),
        ("Amedi", "IRQ", 37.09, 43.49),
        ("Baga", "NGA", 13.12, 13.84),  # the Borno town, not its Catalan namesake, in a Nigerian story
    ],
)
def test_notes15_conflict_town_resolves(name: str, country: str, lat: float, lon: float) -> None:
    place = load_gazetteer().lookup(name, {country: 1.0})
    assert place is not None and place.country == country
    assert abs(place.lat - lat) < 0.1 and abs(place.lon - lon) < 0.1


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Balad", "IRQ"),  # the Iraqi town keeps its name: the Somali Balcad takes no "Balad" alias
        ("Lere", "NGA"),  # the Malian namesake does not take the Nigerian town's place in a Nigerian story
        ("Baga", "ESP"),  # nor the Nigerian one the Catalan town's in a Spanish story
    ],
)
def test_notes15_namesake_keeps_its_country(name: str, country: str) -> None:
    place = load_gazetteer().lookup(name, {country: 1.0})
    assert place is not None and place.country == country


def test_notes15_unknown_town_in_report_is_placed_by_table(short) -> None:
    text = "On 16 August 2026, RSF fighters raped several women during a raid on Tawila (North Darfur)."
    loc = typed(short, text)[0].location or {}
    assert loc.get("name") == "Tawila" and loc.get("country") == "SDN"


@pytest.mark.parametrize(
    "text",
    [
        "On 11 August 2026, the bomb disposal squad defused a roadside bomb in Kulachi (Khyber Pakhtunkhwa).",
        "On 21 September 2026, army engineers defused an IED planted on a road near Samarra (Salahuddin).",
    ],
)
def test_notes15_disposal_defuses_device(short, text: str) -> None:
    evs = typed(short, text)
    assert evs and (evs[0].acled or {}).get("sub_event_type") == "Disrupted weapons use"
    assert evs[0].source is not None and evs[0].source.country in {"PAK", "IRQ"}


@pytest.mark.parametrize(
    "text",
    [
        # engineers as victims are civilians, not a disposal team, and no device is disrupted
        "On 3 August 2026, gunmen abducted two Chinese engineers working on a dam near Dasu (Khyber Pakhtunkhwa).",
        # a bomb the squad did not reach went off: an explosion, not a disrupted use
        "On 11 August 2026, a roadside bomb exploded near a police van in Kulachi (Khyber Pakhtunkhwa), wounding two.",
    ],
)
def test_notes15_no_disrupted_use_without_disposal(short, text: str) -> None:
    subs = [(e.acled or {}).get("sub_event_type") for e in typed(short, text)]
    assert subs and "Disrupted weapons use" not in subs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 8 August 2026, JNIM militants destroyed a bridge near Kantchari (Tapoa, Est) to enforce a blockade.",
            "BFA",
        ),
        ("On 9 August 2026, ISWAP fighters attacked an army post in Bosso (Diffa), killing 4 soldiers.", "NER"),
        (
            "On 10 August 2026, al-Shabaab militants attacked a police station in Mandera (Mandera county), Kenya.",
            "KEN",
        ),
        ("On 11 August 2026, JNIM fighters ambushed soldiers near Douentza (Mopti). Fatalities: 6.", "MLI"),
        (
            "On 12 August 2026, IS Sahel fighters attacked an army post in Ouallam (Tillaberi), killing 5 soldiers.",
            "NER",
        ),
    ],
)
def test_notes15_cross_border_group_takes_incident_country(short, text: str, country: str) -> None:
    evs = typed(short, text)
    assert evs and evs[0].source is not None and evs[0].source.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a group acting outside its listed countries keeps the KB's home country
        ("On 12 August 2026, the Houthis fired a ballistic missile at Eilat (Southern District), Israel.", "YEM"),
        ("On 13 August 2026, M23 rebels attacked FARDC positions near Kiwanja (Rutshuru, North Kivu).", "COD"),
    ],
)
def test_notes15_group_abroad_keeps_home_country(short, text: str, country: str) -> None:
    evs = typed(short, text)
    assert evs and evs[0].source is not None and evs[0].source.country == country


def test_notes15_operating_areas_are_iso3() -> None:
    from wirecoder.geo.operating_areas import operating_areas

    areas = operating_areas()
    assert "BFA" in areas["jnim"] and "YEM" not in areas.get("houthis", frozenset())
    assert all(len(c) == 3 and c.isupper() for codes in areas.values() for c in codes)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "left N X and M Y dead": both groups of the coordination are dead
        ("On 2 August 2026, a gunfight in Faskari (Katsina) left 9 vigilantes and 4 bandits dead.", 13),
        (
            "On 2 August 2026, bandits attacked vigilantes in Faskari (Katsina), leaving 9 vigilantes and 4 bandits dead.",
            13,
        ),
        # negatives: the injured of the same clause, and people left homeless or wounded, are no toll
        ("On 2 August 2026, the clash in Faskari (Katsina) left 9 people dead and 20 others injured.", 9),
        ("On 2 August 2026, the clash in Faskari (Katsina) left 9 vigilantes injured and 4 bandits dead.", 4),
        ("On 2 August 2026, the attack in Faskari (Katsina) left 12 people wounded.", 0),
    ],
)
def test_notes15_left_dead_counts_coordinated_groups(short, text: str, dead: int) -> None:
    assert sum(e.fatalities or 0 for e in typed(short, text)) == dead


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 14 August 2026, angry residents of Goma burned tyres and stoned police officers.", "Goma"),
        ("On 14 August 2026, angry villagers of Bokkos lynched a suspected kidnapper.", "Bokkos"),
        # the place of the act itself still comes first
        ("On 14 August 2026, residents of Goma said gunmen killed two traders in Sake (North Kivu).", "Sake"),
    ],
)
def test_notes15_residents_of_place_the_act(short, text: str, place: str) -> None:
    assert (typed(short, text)[0].location or {}).get("name") == place


def test_notes15_officials_of_a_place_do_not_place_the_act(short) -> None:
    # an official's title names his seat, not where the attack he condemned took place
    text = "On 14 August 2026, the governor of Kano condemned the killing of two traders in Kaduna."
    assert all((e.location or {}).get("name") != "Kano" for e in typed(short, text))


def test_notes15_suspected_before_subject_is_its_adjective(short) -> None:
    # the parser read "suspected" as the verb and the shooting as its complement: no event at all
    text = "On 25 September 2026, suspected Kuki militants fired on Meitei farmers in paddy fields near Moirang (Bishnupur, Manipur), wounding two."
    evs = typed(short, text)
    assert evs and (evs[0].acled or {}).get("sub_event_type") == "Attack"
    assert evs[0].date == "2026-09-25" and evs[0].source is not None and evs[0].source.country == "IND"


def test_notes15_suspicion_with_its_own_subject_stays_a_verb(short) -> None:
    # police suspect: the attack is their suspicion, told as what they said, not an attack by the police
    text = "On 4 May 2026, police suspected that militants attacked the post near Bannu (Khyber Pakhtunkhwa)."
    evs = short(Article(raw=text, source="test", published="2026-05-31")).events
    assert not any(e.source is not None and e.source.text == "police" and str(e.cameo.get("root")) == "19" for e in evs)

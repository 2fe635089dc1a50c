"""Incident reports in the style of event-data notes: the lead date anchors the story, places written as
"X <unit> (Province)" or "X district of Y" resolve inside their areas, the place beats an inferred
country, and a generic source takes its place's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


@pytest.fixture(scope="module")
def code(short):
    def run(text: str, published: str | None = "2025-09-30") -> list[Event]:
        return short(Article(raw=text, source="test", published=published)).events

    return run


def _main(events: list[Event]) -> Event:
    typed = [e for e in events if (e.acled or {}).get("event_type")]
    assert typed, events
    return typed[0]


# -- the lead date: a report is news of its own day, however late it is published ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 4 August 2025, gunmen shot dead a shopkeeper in Chaman (Balochistan).",
        "On the night of 9-10 August 2025, militants attacked a police post in Tank district (Khyber Pakhtunkhwa).",
        "Around 2 August 2025 (as reported), armed men kidnapped a teacher near Sokoto (Sokoto).",
    ],
)
def test_report_lead_date_is_not_background(code, text):
    main = _main(code(text))
    assert main.background is False and main.date is not None and main.date.startswith("2025-08")


def test_report_older_incident_told_in_a_report_stays_background(code):
    events = code(
        "On 4 August 2025, gunmen shot dead a shopkeeper in Chaman (Balochistan). "
        "In 2017, a bomb blast killed nine people in the same bazaar."
    )
    old = [e for e in events if e.date == "2017"]
    assert old and all(e.background for e in old)


def test_report_date_later_in_a_sentence_does_not_anchor_the_story(code):
    events = code("Police said militants who stormed a checkpoint near Wana on 3 August 2025 have been identified.")
    assert all(e.background for e in events if e.date == "2025-08-03")


# -- places: units and their areas --------------------------------------------------------------------


def _near(event: Event, lat: float, lon: float, km: float = 50.0) -> bool:
    import math

    loc = event.location or {}
    if loc.get("lat") is None:
        return False
    p1, p2 = math.radians(lat), math.radians(loc["lat"])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(loc["lon"] - lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h)) <= km


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a local government area named after its town, with its state in brackets
        ("On 5 August 2025, bandits raided a farming settlement in Tsafe LGA (Zamfara), killing six men.", 12.17, 6.92),
        # a town the gazetteer files under another province than the one the text gives
        ("On 6 August 2025, the army clashed with rebels near Bhamo (Kachin State).", 24.25, 97.23),
        # a part of a town: the town
        ("On 7 August 2025, a gunman shot dead a vendor in the Salah district of Taiz city.", 13.58, 44.02),
    ],
)
def test_report_unit_and_its_area(code, text, lat, lon):
    assert _near(_main(code(text)), lat, lon), _main(code(text)).location


def test_report_unknown_township_falls_to_its_region(code):
    main = _main(code("On 8 August 2025, military jets bombed a school in Yesagyo township (Magway Region)."))
    assert (main.location or {}).get("precision") in {"province", "district", "place"}
    assert (main.location or {}).get("country") == "MMR"


def test_report_list_of_towns_is_no_container(code):
    main = _main(code("Traders shut their shops in Multan, Faisalabad and Sialkot on Monday to protest a new tax."))
    loc = main.location or {}  # one of the towns, not a town read as inside the next one
    assert loc.get("name") in {"Multan", "Faisalabad", "Sialkot"} and loc.get("precision") == "place"


def test_report_place_beats_an_inferred_country_of_the_victims(code):
    main = _main(code("On 3 August 2025, a Russian drone struck a minibus in Sumy city, wounding six passengers."))
    assert (main.location or {}).get("country") == "UKR"


# -- the source's country from its place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 5 August 2025, bandits raided a farming settlement in Tsafe LGA (Zamfara), killing six men.", "NGA"),
        ("Police fired tear gas at striking teachers in Hyderabad, Sindh on Monday.", "PAK"),
        ("On 2 August 2025, armed men burned a bus in Tumaco (Narino).", "COL"),
    ],
)
def test_report_generic_source_takes_its_places_country(code, text, country):
    main = _main(code(text))
    assert main.source is not None and main.source.country == country
    assert main.source.country_basis in {"place", "stated", "sentence", "dateline", "story"}


def test_report_stated_source_country_is_kept(code):
    main = _main(
        code("On 9 August 2025, Indian troops shelled villages in Kotli district (Azad Kashmir), killing a boy.")
    )
    assert main.source is not None and main.source.country == "IND"


def test_report_statement_source_is_not_given_the_place(code):
    events = code("A spokesman for the aid group said in Geneva on Monday that food stocks were running low.")
    assert all(e.source is None or e.source.country != "CHE" for e in events)


# -- more report shapes ----------------------------------------------------------------------------------


def test_report_place_of_the_last_conjoined_verb(code):
    main = _main(
        code("On 4 August 2025, militiamen looted a market and torched a clinic in Walikale territory (North Kivu).")
    )
    assert (main.location or {}).get("admin1") is not None and (main.location or {}).get("country") == "COD"


def test_report_multiword_town_before_its_unit(code):
    main = _main(code("On 6 August 2025, insurgents burned a church in Mocimboa da Praia district (Cabo Delgado)."))
    assert _near(main, -11.35, 40.35)


def test_report_residents_of_a_town_are_there(code):
    main = _main(code("On 2 August 2025, gunmen attacked residents of Kauru (Kaduna), killing three people."))
    assert (main.location or {}).get("country") == "NGA" and (main.location or {}).get("precision") == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed an unknown number of insurgents near Damboa on Tuesday.",
        "The air force said it killed a number of fighters in a raid on a camp near Bama.",
    ],
)
def test_report_unknown_number_is_no_single_death(code, text):
    assert all(not e.fatalities for e in code(text))


def test_report_unknown_group_as_subject_of_a_verb_read_as_a_relative(code):
    main = _main(code("FDLR militiamen killed six farmers in Rutshuru on Tuesday."))
    assert main.source is not None and "militiamen" in main.source.text


def test_report_reduced_relative_keeps_no_source(code):
    events = code("Militants killed in the raid were buried in Miranshah on Tuesday.")
    assert all(e.source is None or "Militants" not in e.source.text for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Armed miscreants shot at a bus in Imphal on Sunday, wounding four.",
        "Unknown persons threw a grenade at a police station in Sopore on Sunday.",
    ],
)
def test_report_unnamed_attackers_are_the_source(code, text):
    main = _main(code(text))
    assert main.source is not None and main.source.country == "IND"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 August 2025, residents of Parachinar held a sit-in against the closure of the main road.",
        "Contract teachers held a sit-in outside the education office in Sukkur on Monday.",
    ],
)
def test_report_held_sit_in_is_a_protest(code, text):
    main = _main(code(text))
    assert main.acled["event_type"] == "Protests"


def test_report_holding_a_suspect_is_no_protest(code):
    assert all((e.acled or {}).get("event_type") != "Protests" for e in code("Police held the suspect for two days."))


def test_report_gunmen_near_a_border_are_of_the_storys_side(code):
    main = _main(code("Gunmen killed three Pakistani soldiers and wounded two near the Iran border on Monday."))
    assert (main.location or {}).get("country") == "PAK"
    assert main.source is None or main.source.country != "IRN"


def test_report_foreign_forces_keep_their_country(code):
    main = _main(
        code("Ethiopian troops shelled positions of al Shabaab near Beledweyne on Monday, killing five fighters.")
    )
    assert main.source is not None and main.source.country == "ETH"


def test_report_bare_span_guess_yields_to_the_place(code):
    main = _main(code("On 3 August 2025, lawyers marched in Hyderabad (Sindh) against the arrest of a colleague."))
    assert main.source is not None and main.source.country == "PAK"


def test_report_target_running_into_a_bracket_is_still_the_place(code):
    main = _main(
        code("On 5 August 2025, Russian artillery shelled Marhanets (Dnipropetrovsk Oblast), wounding a woman.")
    )
    assert (main.location or {}).get("country") == "UKR"

"""Gazetteer (names, index, ranking), alias table validation, event location and the geo stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.article import Article, Event, Participant, Sentence
from wirecoder.errors import DataError
from wirecoder.geo import GeoStage, load_aliases, load_gazetteer, locate_event, normalize
from wirecoder.geo.names import query_keys


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


# ------------------------------------------------------------------------------------------------- names


def test_geo_normalize_folds_case_accents_hyphens_and_the():
    assert normalize("Khyber-Pakhtunkhwa") == normalize("khyber  pakhtunkhwa") == "khyber pakhtunkhwa"
    assert normalize("Peshāwar") == "peshawar"
    assert normalize("the Durand Line") == "durand line"
    assert normalize("D.I. Khan") == "d i khan"


def test_geo_query_keys_strip_suffix_and_article_prefix():
    keys, hint = query_keys("Kurram District")
    assert keys == ["kurramdistrict", "kurram"] and hint == "district"
    keys, hint = query_keys("al-Hasakah governorate")
    assert keys[-1] == "hasakah" and hint == "province"


# ---------------------------------------------------------------------------------------------- lookups


def test_geo_hyderabad_resolved_by_country_context(gazetteer):
    pak = gazetteer.lookup("Hyderabad", {"PAK": 1.0})
    ind = gazetteer.lookup("Hyderabad", {"IND": 1.0})
    assert pak.country == "PAK" and pak.admin1 == "Sindh"
    assert ind.country == "IND"


def test_geo_population_decides_without_context(gazetteer):
    assert gazetteer.lookup("Paris").country == "FRA"
    assert gazetteer.lookup("Lahore").admin1 == "Punjab"


def test_geo_alias_table_districts_and_provinces(gazetteer):
    nw = gazetteer.lookup("North Waziristan")
    assert (nw.country, nw.precision, nw.admin1) == ("PAK", "district", "Khyber Pakhtunkhwa")
    assert gazetteer.lookup("Bannu district").precision == "district"
    assert gazetteer.lookup("Bannu").precision == "place"
    assert gazetteer.lookup("Kandahar Province").precision == "province"
    assert gazetteer.lookup("Kandahar").precision == "place"
    assert gazetteer.lookup("former FATA").admin1 == "Khyber Pakhtunkhwa"
    assert gazetteer.lookup("Nangarhar").country == "AFG"


def test_geo_alias_table_regions_and_borders(gazetteer):
    assert gazetteer.lookup("the Gaza Strip").country == "PSE"
    assert gazetteer.lookup("West Bank").country == "PSE"
    assert gazetteer.lookup("Donbass").country == "UKR"
    assert gazetteer.lookup("Crimea").country == "UKR"
    assert gazetteer.lookup("Darfur").country == "SDN"
    border = gazetteer.lookup("the Durand Line")
    assert border == gazetteer.lookup("the Afghan border") == gazetteer.lookup("Pak-Afghan border")
    assert set(border.countries) == {"PAK", "AFG"}
    assert border.location({"AFG": 2.0})["country"] == "AFG"
    assert gazetteer.lookup("LoC", {"IND": 1.0}).location({"IND": 1.0})["country"] == "IND"


def test_geo_normalised_variants_and_alternate_names(gazetteer):
    kp = gazetteer.lookup("Khyber Pakhtunkhwa")
    assert gazetteer.lookup("khyber-pakhtunkhwa") == kp == gazetteer.lookup("Khyber Pakhtunkhwa Province")
    assert gazetteer.lookup("NWFP") == kp
    assert gazetteer.lookup("Peshāwar").name == "Peshawar"
    assert gazetteer.lookup("Kiev").name == "Kyiv"
    assert gazetteer.lookup("Hasakah") == gazetteer.lookup("al-Hasakah")
    assert gazetteer.lookup("Islamabad").country == "PAK"  # not a city that once bore the name


def test_geo_location_record_has_every_key(gazetteer):
    loc = gazetteer.lookup("Kabul").location()
    assert set(loc) >= {"name", "country", "admin1", "lat", "lon", "precision"}
    assert loc["country"] == "AFG" and loc["precision"] == "place"
    assert 34 < loc["lat"] < 35 and 68.5 < loc["lon"] < 69.5
    assert gazetteer.country("PAK").precision == "country"
    assert gazetteer.lookup("Nowhere-in-particular-xyz") is None


def test_geo_index_size_is_reasonable(gazetteer):
    assert len(gazetteer) > 150_000


# ---------------------------------------------------------------------------------------------- aliases


def test_geo_packaged_alias_table_is_valid():
    entries = load_aliases()
    assert len(entries) > 100
    assert all(-90 <= e.lat <= 90 and -180 <= e.lon <= 180 for e in entries)


def test_geo_alias_table_errors_name_file_and_line(tmp_path: Path):
    bad = tmp_path / "aliases.yaml"
    bad.write_text(
        "places:\n- {name: Somewhere, kind: place, country: PAK, lat: 1, lon: 2}\n"
        "- {name: Elsewhere, kind: hamlet, country: PAK, lat: 1, lon: 2}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as err:
        load_aliases(bad)
    assert err.value.line == 3 and "kind" in str(err.value)
    bad.write_text("places:\n- {name: Somewhere, kind: place, country: Pakistan, lat: 1, lon: 2}\n", encoding="utf-8")
    with pytest.raises(DataError, match="alpha-3"):
        load_aliases(bad)


def test_geo_edited_alias_table_builds_its_own_index(tmp_path: Path, monkeypatch):
    from wirecoder.geo import Gazetteer

    table = tmp_path / "aliases.yaml"
    table.write_text(
        "places:\n- {name: Camp Zeta, aliases: [Zeta Base], kind: place, country: NER, lat: 14.5, lon: 2.1}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    g = Gazetteer.open(table, dataset="cities15000")  # the smallest city file: a quick build
    try:
        assert g.lookup("Zeta Base").country == "NER"
        assert g.path.parent == tmp_path / "cache"
    finally:
        g.close()


def test_geo_index_build_keeps_other_versions_indexes_in_use(tmp_path: Path, monkeypatch):
    """Two versions share a cache directory: a build never deletes an index another may be running from."""
    import os
    import sqlite3
    import time

    from wirecoder import diskcache
    from wirecoder.geo import Gazetteer

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(cache))
    monkeypatch.setattr(diskcache, "KEEP_PER_KIND", 0)  # only the age rule protects the others
    in_use, abandoned = cache / "gazetteer-0000000000000001.sqlite", cache / "gazetteer-0000000000000002.sqlite"
    for path in (in_use, abandoned):
        sqlite3.connect(path).executescript("CREATE TABLE places (id INTEGER); INSERT INTO places VALUES (1);")
    month_ago = time.time() - 30 * 86400
    for path in (in_use, abandoned):
        os.utime(path, (month_ago, month_ago))
    Gazetteer(in_use).close()  # another version opens its index: that marks it used

    table = tmp_path / "aliases.yaml"
    table.write_text(
        "places:\n- {name: Camp Yotta, aliases: [], kind: place, country: MLI, lat: 15.1, lon: -1.2}\n",
        encoding="utf-8",
    )
    g = Gazetteer.open(table, dataset="cities15000")
    try:
        assert g.lookup("Camp Yotta").country == "MLI"
    finally:
        g.close()
    assert in_use.exists() and not abandoned.exists()
    assert sqlite3.connect(f"file:{in_use}?mode=ro", uri=True).execute("SELECT count(*) FROM places").fetchone() == (1,)


# ---------------------------------------------------------------------------------------- event location


def _article(
    text: str, trigger: str, source: str | None = None, target: str | None = None, dateline: str | None = None
) -> tuple[Article, Event]:
    """An article parsed by spaCy with one hand-made event (no actor or coder stage involved)."""
    from wirecoder.nlp import load_spacy

    doc = load_spacy("en_core_web_sm")(text)
    art = Article(raw=text, source="test", text=text, doc=doc, dateline=dateline)
    art.sentences = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
    start = text.index(trigger)

    def part(country: str | None) -> Participant | None:
        return Participant(text=country, country=country) if country else None

    event = Event(
        id="e",
        article_id="a",
        sentence_index=0,
        trigger={"text": trigger, "start": start, "end": start + len(trigger)},
        date=None,
        date_precision=None,
        source=part(source),
        target=part(target),
        cameo={},
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
    art.events = [event]
    return art, event


def test_geo_locate_tied_district(gazetteer):
    art, ev = _article(
        "Gunmen attacked a police checkpoint in Lakki Marwat district on Sunday, officials said.",
        "attacked",
        target="PAK",
        dateline="Peshawar",
    )
    loc = locate_event(art, ev, gazetteer)
    assert loc["name"] == "Lakki Marwat" and loc["precision"] == "district" and loc["via"] == "tied"


def test_geo_locate_talks_in_a_city(gazetteer):
    art, ev = _article(
        "Envoys from both countries held talks in Tashkent last week.",
        "talks",
        source="AFG",
        target="UZB",
        dateline="Kabul",
    )
    loc = locate_event(art, ev, gazetteer)
    assert (loc["name"], loc["country"], loc["via"]) == ("Tashkent", "UZB", "tied")


def test_geo_locate_curated_phrase_and_dateline(gazetteer):
    art, ev = _article(
        "Troops exchanged fire along the Durand Line overnight.",
        "exchanged",
        source="PAK",
        target="AFG",
        dateline="Islamabad",
    )
    loc = locate_event(art, ev, gazetteer)
    assert loc["name"] == "Afghanistan-Pakistan border" and loc["via"] == "tied"
    art, ev = _article(
        "The minister condemned the statement on Friday.",
        "condemned",
        source="PAK",
        target="AFG",
        dateline="ISLAMABAD, Pakistan (Agencies)",
    )
    loc = locate_event(art, ev, gazetteer)
    assert (loc["name"], loc["via"]) == ("Islamabad", "dateline")


def test_geo_dateline_outside_actor_countries_gives_way_to_target(gazetteer):
    art, ev = _article(
        "Fighters shelled a market on Tuesday, witnesses said.",
        "shelled",
        source="SDN",
        target="SDN",
        dateline="London",
    )
    loc = locate_event(art, ev, gazetteer)
    assert (loc["country"], loc["precision"], loc["via"]) == ("SDN", "country", "target")


def test_geo_sentence_context_picks_namesake(gazetteer):
    art, ev = _article("Police arrested ten protesters in Hyderabad on Sunday.", "arrested", source="PAK", target="PAK")
    assert locate_event(art, ev, gazetteer)["country"] == "PAK"
    art, ev = _article("Police arrested ten protesters in Hyderabad on Sunday.", "arrested", source="IND", target="IND")
    assert locate_event(art, ev, gazetteer)["country"] == "IND"


def test_geo_no_place_no_actor_no_dateline_is_none(gazetteer):
    art, ev = _article("Someone said something yesterday.", "said")
    assert locate_event(art, ev, gazetteer) is None


# ------------------------------------------------------------------------------------------------- stage


@pytest.mark.slow
def test_geo_stage_locates_seed_events(settings, seed_text, gazetteer):
    from wirecoder import Pipeline
    from wirecoder.pipeline import default_stages

    pipe = Pipeline(settings, stages=[*default_stages(settings), GeoStage(settings, gazetteer)])
    art = pipe(Article(raw=seed_text, source="seed"))
    assert art.stages[-1] == "geo"
    assert art.events and all(e.location is not None for e in art.events)
    assert all(e.location["lat"] is not None and e.location["precision"] for e in art.events)
    talks = [e for e in art.events if e.trigger["text"] == "talks"]
    assert talks and talks[0].location["name"] == "Kabul" and talks[0].location["country"] == "AFG"
    asif = [e for e in art.events if e.source is not None and e.source.name == "Khawaja Asif"]
    assert asif and all(e.location["country"] == "PAK" for e in asif)
    aid = [
        e
        for e in art.events
        if e.source is not None and e.source.country == "USA" and "$15 million" in (e.evidence.get("sentence") or "")
    ]
    assert aid and aid[0].location["name"] == "Afghanistan-Pakistan border"


def test_geo_own_name_beats_a_bigger_namesakes_alternate(gazetteer):
    assert gazetteer.lookup("New Delhi").name == "New Delhi"
    assert gazetteer.lookup("Bombay").name == "Mumbai"


def test_geo_curated_phrase_elsewhere_in_sentence(gazetteer):
    art, ev = _article(
        "Officials reported heavy shelling on Friday near the troubled Line of Control.", "reported", source="IND"
    )
    loc = locate_event(art, ev, gazetteer)
    assert loc["name"] == "Line of Control" and loc["country"] == "IND"


def test_geo_stage_keeps_the_coders_record_when_nothing_resolves(settings, gazetteer):
    art, ev = _article("Someone said something yesterday.", "said")
    ev.location = {"name": "Qqqzzx", "country": None}
    GeoStage(settings, gazetteer)(art)
    assert ev.location["name"] == "Qqqzzx" and ev.location["via"] == "coder" and "lat" in ev.location


def test_geo_nested_place_under_a_locating_phrase(gazetteer):
    art, ev = _article("A bomb exploded on the outskirts of Quetta on Monday.", "exploded", target="PAK")
    loc = locate_event(art, ev, gazetteer)
    assert (loc["name"], loc["via"]) == ("Quetta", "tied")


def test_geo_topic_of_talks_is_not_their_place(gazetteer):
    art, ev = _article("The two governments held talks on Kashmir in Tashkent.", "talks", source="IND", target="PAK")
    assert locate_event(art, ev, gazetteer)["name"] == "Tashkent"


def test_geo_finest_tied_place_wins(gazetteer):
    art, ev = _article(
        "Drones struck a fuel depot in Kramatorsk in eastern Ukraine on Monday.", "struck", source="RUS", target="UKR"
    )
    loc = locate_event(art, ev, gazetteer)
    assert (loc["name"], loc["admin1"], loc["precision"]) == ("Kramatorsk", "Donetsk", "place")


def test_geo_target_territory_is_the_place(gazetteer):
    art, ev = _article("Rebel fighters besieged Goma for a week.", "besieged", source="COD")
    start = art.text.index("Goma")
    ev.target = Participant(text="Goma", start=start, end=start + 4)
    loc = locate_event(art, ev, gazetteer)
    assert (loc["name"], loc["country"], loc["via"]) == ("Goma", "COD", "target")


def test_geo_sea_takes_the_actors_coast(gazetteer):
    art, ev = _article("Naval drones hit a patrol boat in the Black Sea overnight.", "hit", source="UKR", target="RUS")
    loc = locate_event(art, ev, gazetteer)
    assert loc["name"] == "Black Sea" and loc["country"] in {"UKR", "RUS"}


def test_geo_alternate_names_need_a_capital_and_the_storys_countries(gazetteer):
    # GeoNames alternate names hold exonyms and common words: a lower-case noun is no place, and an
    # exonym of a city abroad does not beat the story's own country.
    assert gazetteer.lookup("Bombay", {"IND": 1.0}).name == "Mumbai"
    assert gazetteer.lookup("farmers") is None
    # "Boni" is an alternate name of Bonn; in a Malian story it is Mali's own Boni (Douentza, curated in round 26)
    assert gazetteer.lookup("Boni", {"MLI": 1.0}).country == "MLI"


def test_geo_common_noun_target_is_not_a_territory(pipeline):
    # "farmers" is a GeoNames alternate name of a town abroad; the tied "in Borno state" names the place.
    art = pipeline(
        Article(
            raw="Bandits attacked farmers in Borno state on Monday, killing nine and burning "
            "granaries, a local official said.",
            source="t",
            published="2024-05-06",
        )
    )
    located = [e.location for e in art.events if e.location]
    assert located and all(loc["country"] == "NGA" for loc in located)


def test_geo_every_first_level_subdivision_has_a_name(gazetteer):
    # ISO 3166-2 provinces without a namesake town are still places (coordinates when a town carries the
    # name, as Birnin Kebbi does; otherwise none), but bare compass names are not ("Far North").
    kogi = gazetteer.lookup("Kogi State")
    assert (kogi.country, kogi.precision) == ("NGA", "province")
    kebbi = gazetteer.lookup("Kebbi")
    assert (kebbi.country, kebbi.precision) == ("NGA", "province") and kebbi.lat is not None
    assert gazetteer.lookup("Far North") is None


def _locations(pipeline, text: str) -> list[dict]:
    art = pipeline(Article(raw=text, source="t", published="2024-05-06"))
    return [e.location for e in art.events if e.plover.get("type") == "ASSAULT" and e.location]


@pytest.mark.parametrize(
    ("text", "country", "name", "came_from"),
    [
        # a curated acronym the tagger calls ORG or NOUN is still a place
        # (the shared Line of Control takes the story's side)
        ("Two Pakistani porters were wounded by mortar fire near the LoC on Sunday.", "PAK", "Line of Control", "text"),
        ("A landmine blast killed a shepherd in AJK, officials said.", "PAK", "Azad Jammu and Kashmir", "text"),
        # a part of a country named through the country
        ("A roadside bomb killed three soldiers in Pakistan's northwest.", "PAK", "Pakistan", "text"),
        ("Gunmen killed four guards in the Afghan border areas.", None, None, "text"),
        # the place behind a passive agent ("killed by shelling near X")
        ("A farmer was killed by cross-border shelling near Sialkot.", "PAK", "Sialkot", "text"),
        # nothing but the story's country: taken from the actors, marked as such
        ("Pak forces killed six militants in a raid, the military said.", "PAK", "Pakistan", "actor"),
    ],
)
def test_geo_places_of_incident_reports(pipeline, text, country, name, came_from):
    located = _locations(pipeline, text)
    assert located
    loc = located[0]
    if country is not None:
        assert (loc["country"], loc["name"]) == (country, name)
    assert loc["from"] == came_from


def test_geo_cross_border_fire_is_placed_on_the_victims_side(pipeline):
    # the attacker's country is the weakest hint: the shelling hit the side the story speaks from
    located = _locations(pipeline, "Indian shelling killed two and wounded five, Pakistani officials said on Friday.")
    assert located and located[0]["country"] == "PAK" and located[0]["from"] == "actor"

"""IGO sides scored with their body's code as the Wikinews guide does ("the African Union": AFR, the UN: UNO,
NATO, the EU: EUR; Interpol, regional blocs and the G7 keep none), and a struck facility with no actor given
the country of the incident's place (an embassy excepted). Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from conftest import events_of
from wirecoder.article import Event, Participant
from wirecoder.evaluation.igo_codes import guide_country, igo_country
from wirecoder.geo.facility_target import facility_head, place_facility_target


def _event(source: Participant | None = None, target: Participant | None = None, **kw) -> Event:
    base = {
        "id": "e",
        "article_id": "a",
        "sentence_index": 0,
        "trigger": {},
        "date": None,
        "date_precision": None,
        "source": source,
        "target": target,
        "cameo": {},
        "plover": {},
        "acled": {},
        "location": None,
        "fatalities": None,
        "quantities": [],
        "negated": False,
        "hypothetical": False,
        "future": False,
        "evidence": {},
        "confidence": 0.8,
    }
    return Event(**{**base, **kw})


@pytest.mark.parametrize(
    ("cameo", "country"),
    [
        ("IGOUNO", "UNO"),
        ("IGOUNOIAE", "UNO"),
        ("IGOWSTNAT", "NATO"),
        ("IGOWSTEEC", "EUR"),
        ("IGOEUREEC", "EUR"),
        ("IGOAFRAFU", "AFR"),
        ("IGOCOPITP", None),  # Interpol
        ("IGOSEAASN", None),  # ASEAN: the guide gives no code
        ("IGOWAFWAS", None),  # ECOWAS
        ("USAGOV", None),
        (None, None),
    ],
)
def test_igo_country(cameo: str | None, country: str | None) -> None:
    assert igo_country(cameo) == country


def test_stated_country_is_kept() -> None:
    diplomats = Participant("European diplomats", country="BEL", sector="GOV", cameo="IGOWSTEEC")
    peacekeepers = Participant("UN peacekeepers", sector="IGO", cameo="IGOUNO")
    assert guide_country(diplomats) == "BEL"  # a stated country is never replaced
    assert guide_country(peacekeepers) == "UNO"
    assert peacekeepers.country is None  # the record keeps ISO-3 or null; only the scorer reads "UNO"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The African Union on Monday urged Sudan's army to stop shelling civilian areas.", "AFR", "SDN"),
        ("NATO condemned Belarus for flying drones into Polish airspace.", "NATO", "BLR"),
        ("Hungary accused the European Union of blackmail over frozen funds.", "HUN", "EUR"),
        ("The United Nations Security Council demanded that Haiti's gangs lay down their weapons.", "UNO", "HTI"),
    ],
)
def test_igo_sides_in_sentences(short, text: str, source: str, target: str) -> None:
    events = events_of(short, text)
    assert events
    ev = events[0]
    assert guide_country(ev.source) == source and guide_country(ev.target) == target
    assert ev.source is not None and ev.source.country in (None, source)  # never an IGO code in the record


@pytest.mark.slow
def test_interpol_keeps_no_country(short) -> None:
    events = events_of(short, "Interpol rejected Venezuela's request for a red notice against an opposition leader.")
    assert events and events[0].source is not None
    assert events[0].source.country is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("a gas bottling plant outside Kirkuk", "plant"),
        ("a section of the main oil pipeline", "pipeline"),
        ("the regional hospital", "hospital"),
        ("the Dutch embassy", None),  # belongs to the country that sends it
        ("the embassy compound", None),
        ("three farmers", None),
        ("the field commander", None),
    ],
)
def test_facility_head(text: str, head: str | None) -> None:
    assert facility_head(text) == head


def _incident(target: Participant, location: dict) -> Event:
    return _event(target=target, location=location, acled={"event_type": "Explosions/Remote violence"})


def test_facility_takes_the_place_country() -> None:
    ev = _incident(Participant("the biggest refinery"), {"country": "NGA", "from": "text"})
    place_facility_target(ev)
    assert ev.target is not None and (ev.target.country, ev.target.country_basis) == ("NGA", "place")


@pytest.mark.parametrize(
    ("target", "location", "acled"),
    [
        (Participant("the consulate"), {"country": "TUR", "from": "text"}, "Riots"),  # not an embassy's place
        (Participant("the depot"), {"country": "SYR", "from": "story"}, "Riots"),  # the story's guess: no
        (Participant("a crowd of farmers"), {"country": "IND", "from": "text"}, "Riots"),  # not a facility
        (Participant("the airport"), {"country": "LBY", "from": "text"}, None),  # no incident
        (Participant("the airport", actor_id="X", country="EGY"), {"country": "LBY", "from": "text"}, "Riots"),
    ],
)
def test_facility_left_alone(target: Participant, location: dict, acled: str | None) -> None:
    ev = _incident(target, location)
    ev.acled = {"event_type": acled} if acled else None
    before = ev.target
    place_facility_target(ev)
    assert ev.target == before


# -- appeals to "both sides" / for calm: the parties of the story's one-country conflict -----------------

_DOMESTIC = (
    "Clashes between Ethiopia's federal troops and Fano militiamen killed at least 18 people in Gondar on "
    "Friday, residents said. Ethiopian drones struck a market near Bahir Dar the next day. The militia "
    "ambushed an army convoy outside the town. {appeal} Ethiopia's conflict in Amhara began in 2023."
)
_BILATERAL = (
    "Indian and Pakistani troops traded fire across the Line of Control on Tuesday, killing two soldiers. "
    "India accused Pakistan of sheltering militants. Pakistan rejected the accusation. {appeal}"
)


def _appeal(events: list, speaker: str):
    return next(e for e in events if (e.plover or {}).get("type") == "REQUEST" and guide_country(e.source) == speaker)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("appeal", "speaker"),
    [
        ("Kenya urged both sides to lay down their arms.", "KEN"),
        ("The European Union called for an immediate ceasefire.", "EUR"),
        ("France appealed for calm.", "FRA"),
    ],
)
def test_appeal_to_the_story_parties(short, appeal: str, speaker: str) -> None:
    ev = _appeal(events_of(short, _DOMESTIC.format(appeal=appeal)), speaker)
    assert ev.target is not None and (ev.target.country, ev.target.country_basis) == ("ETH", "story")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("appeal", "speaker"),
    [
        ("Britain urged both sides to show restraint.", "GBR"),  # two countries: no single party
        ("Iran called for calm.", "IRN"),
    ],
)
def test_no_party_in_a_two_country_story(short, appeal: str, speaker: str) -> None:
    ev = _appeal(events_of(short, _BILATERAL.format(appeal=appeal)), speaker)
    assert ev.target is None


@pytest.mark.slow
def test_own_side_and_named_targets(short) -> None:
    events = events_of(short, _DOMESTIC.format(appeal="Ethiopia's prime minister urged all sides to talk."))
    ev = _appeal(events, "ETH")  # a speaker of the story's own country addresses its parties too
    assert ev.target is not None and ev.target.country == "ETH"
    events = events_of(short, _DOMESTIC.format(appeal="Kenya urged the militia to free its hostages."))
    ev = _appeal(events, "KEN")
    assert ev.target is not None and ev.target.country_basis != "story"  # a named target is kept


@pytest.mark.slow
def test_appeal_about_another_country_gives_none(short) -> None:
    events = events_of(short, _DOMESTIC.format(appeal="Kenya urged both sides in the Somali conflict to talk."))
    ev = _appeal(events, "KEN")
    assert ev.target is None or ev.target.country != "ETH"


# -- a place that only names the talks or the agreement is not whom an appeal is addressed to -------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Norway urged the two sides to go back to the Oslo talks.",
        "Chile asked both camps to honour the Santiago agreement.",
        "Japan called on the parties to respect the Manila accords.",
    ],
)
def test_named_process_is_no_target(short, text: str) -> None:
    events = [e for e in events_of(short, text) if (e.plover or {}).get("type") == "REQUEST"]
    assert events
    assert all(e.target is None or e.target.country_basis == "story" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana held talks with Abuja on the border dispute.", "NGA"),  # a party to the talks
        ("Poland criticised Minsk's agreement with Moscow.", "BLR"),  # a possessor is a party
        ("Argentina urged Chile to respect the Santiago agreement.", "CHL"),  # the named addressee stays
    ],
)
def test_parties_of_a_process_stay(short, text: str, target: str) -> None:
    events = events_of(short, text)
    assert events and events[0].target is not None and events[0].target.country == target

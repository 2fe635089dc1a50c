"""Round-17 incident notes: the doer of an incident no one is named for is an unidentified armed group of the
place's country (ACLED's "Unidentified Armed Group (Pakistan)"); bodies found with signs of a killing done in
cold blood ("hands tied", "a clandestine grave") are an attack; a pressure IED set off by a vehicle is a remote
explosive.

Every note is composed for these tests; tests/data/acled_notes_r17.yaml holds a larger composed set, scored by
`python scripts/score_incident_reports.py tests/data/acled_notes_r17.yaml`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event, Participant
from wirecoder.geo.unknown_perpetrator import unknown_perpetrator


def typed(short, text: str) -> list[Event]:
    evs = short(Article(raw=text, source="test", published="2026-12-01")).events
    return [e for e in evs if (e.acled or {}).get("event_type") and not e.background]


def main(short, text: str) -> Event | None:
    evs = typed(short, text)
    return evs[0] if evs else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 2 November 2026, a remote-controlled bomb went off beside a police van in Dera Ismail Khan "
            "(Khyber Pakhtunkhwa), killing 2 policemen.",
            "PAK",
        ),
        (
            "On 3 November 2026, a roadside mine exploded near a Taliban vehicle in Jalalabad (Nangarhar province), "
            "killing 1 Taliban member.",
            "AFG",
        ),
        (
            "On 4 November 2026, the tortured bodies of two traders were found near Goma (North Kivu). 2 fatalities.",
            "COD",
        ),
    ],
)
def test_notes17_unnamed_doer_is_of_the_place(short, text: str, country: str) -> None:
    ev = main(short, text)
    assert ev is not None and ev.source is not None
    assert ev.source.country == country and ev.source.sector == "UAF" and ev.source.country_basis == "place"


def test_notes17_named_doer_is_kept(short) -> None:
    ev = main(short, "On 5 November 2026, Taliban forces shot dead a former soldier in Herat city (Herat province).")
    assert ev is not None and ev.source is not None and ev.source.text.lower().startswith("taliban")


def _event(acled: dict[str, str], location: dict[str, object] | None, **kw: object) -> Event:
    return Event(
        id="x",
        article_id="a",
        sentence_index=0,
        trigger={},
        date=None,
        date_precision=None,
        source=None,
        target=None,
        cameo={},
        plover={},
        acled=acled,
        location=location,
        fatalities=None,
        quantities=[],
        negated=bool(kw.get("negated", False)),
        hypothetical=False,
        future=False,
        evidence={},
        confidence=0.5,
    )


PLACE = {"country": "PAK", "from": "text"}


@pytest.mark.parametrize(
    ("acled", "location", "negated"),
    [
        (
            {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"},
            PLACE,
            False,
        ),
        ({"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}, PLACE, False),
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, PLACE, False),
        (
            {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
            {"country": "PAK", "from": "actor"},
            False,
        ),
        ({"event_type": "Violence against civilians", "sub_event_type": "Attack"}, None, False),
        ({"event_type": "Violence against civilians", "sub_event_type": "Attack"}, PLACE, True),
    ],
)
def test_notes17_no_doer_invented(acled: dict[str, str], location: dict[str, object] | None, negated: bool) -> None:
    ev = _event(acled, location, negated=negated)
    unknown_perpetrator(ev)
    assert ev.source is None


def test_notes17_existing_source_untouched() -> None:
    ev = _event({"event_type": "Battles", "sub_event_type": "Armed clash"}, PLACE)
    ev.source = Participant("militants", country="AFG")
    unknown_perpetrator(ev)
    assert ev.source.text == "militants" and ev.source.country == "AFG"


@pytest.mark.parametrize(
    "text",
    [
        "On 6 November 2026, the bodies of three young men were found in Bunia (Ituri) with their hands tied.",
        "On 7 November 2026, the remains of five people were found in a clandestine grave in Culiacán (Sinaloa).",
        "On 8 November 2026, the bodies of 4 herders were found dumped in a forest near Tsafe (Zamfara).",
    ],
)
def test_notes17_bodies_with_signs_of_killing_are_an_attack(short, text: str) -> None:
    ev = main(short, text)
    assert ev is not None and ev.acled["sub_event_type"] == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found the bodies of two fishermen who drowned off Karachi.",
        "Divers recovered the bodies of four tourists after the boat capsized on Lake Kivu.",
    ],
)
def test_notes17_bodies_without_signs_give_no_attack(short, text: str) -> None:
    assert typed(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 9 November 2026, a police vehicle triggered a pressure IED near Kabal (Swat district, Khyber "
        "Pakhtunkhwa), wounding 2 policemen.",
        "On 10 November 2026, an army truck triggered a pressure-plate IED near Damboa (Borno), killing 3 soldiers.",
    ],
)
def test_notes17_pressure_ied_is_a_remote_explosive(short, text: str) -> None:
    ev = main(short, text)
    assert ev is not None and ev.acled["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "The new tariffs triggered pressure on prices in Lahore, traders said.",
        "The court ruling triggered pressure on the government in Islamabad.",
    ],
)
def test_notes17_pressure_without_a_device_is_no_bombing(short, text: str) -> None:
    assert not any((e.acled or {}).get("event_type") == "Explosions/Remote violence" for e in typed(short, text))


def test_notes17_long_story_leaves_the_doer_unnamed(short) -> None:
    text = (
        "Police in Kano are investigating a spate of violence. "
        "Officials met community leaders on Monday. "
        "The governor promised more patrols. "
        "On 5 November 2026, a bomb went off near a market in Kano (Kano), killing 2 traders."
    )
    evs = [e for e in typed(short, text) if e.acled["event_type"] == "Explosions/Remote violence"]
    assert evs and all(e.source is None or e.source.sector != "UAF" or e.source.text for e in evs)

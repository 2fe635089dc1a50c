"""Round-18 incident notes: bodies found with no mark of violence in a note that closes on a tally of one dead
or more are a killing (the tally line is the cue); two communities fighting with firearms are an armed clash,
and pelting each other with stones at a procession is a mob's violence; a lower-case common noun ("a police
van") is no gazetteer town; "held a protest indoors" is a protest; a place spelled with the Persian linking
vowel ("Dand-e-Patan") finds GeoNames' spelling without it.

Every note is composed for these tests; tests/data/acled_notes_r18.yaml holds a larger composed set, scored by
`python scripts/score_incident_reports.py tests/data/acled_notes_r18.yaml`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.geo.names import query_keys


def typed(short, text: str) -> list[Event]:
    evs = short(Article(raw=text, source="test", published="2026-12-01")).events
    return [e for e in evs if (e.acled or {}).get("event_type") and not e.background]


def main(short, text: str) -> Event | None:
    evs = typed(short, text)
    return evs[0] if evs else None


def sub(event: Event | None) -> str | None:
    return (event.acled or {}).get("sub_event_type") if event is not None else None


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 2 September 2026, the bodies of three labourers were recovered from an orchard in Panjgur "
            "(Balochistan). 3 fatalities.",
            3,
        ),
        (
            "On 3 September 2026, a young man's body was discovered beside a road in Ghazni city (Ghazni). 1 fatality.",
            1,
        ),
        (
            "On 4 September 2026, police located the bodies of two taxi drivers in a ravine outside Culiacan (Sinaloa). "
            "2 fatalities.",
            2,
        ),
    ],
)
def test_bodies_found_before_a_tally_line_are_a_killing(short, text: str, dead: int) -> None:
    event = main(short, text)
    assert sub(event) == "Attack"
    assert sum(e.fatalities or 0 for e in typed(short, text)) == dead


@pytest.mark.parametrize(
    "text",
    [
        "On 2 September 2026, the bodies of three labourers were recovered from an orchard in Panjgur (Balochistan).",
        "On 5 September 2026, rescuers recovered the body of a fisherman from a lake near Mansehra. 0 fatalities.",
    ],
)
def test_bodies_found_without_a_tally_of_dead_are_no_event(short, text: str) -> None:
    assert main(short, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "On 6 September 2026, Misseriya and Rizeigat herders clashed with rifles near Babanusa (West Kordofan), "
        "leaving five dead. 5 fatalities.",
        "On 7 September 2026, armed tribesmen of two clans traded gunfire over water rights near Tirah (Khyber "
        "district, Khyber Pakhtunkhwa), killing two. 2 fatalities.",
    ],
)
def test_communities_fighting_with_firearms_are_an_armed_clash(short, text: str) -> None:
    assert sub(main(short, text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 8 September 2026, farmers and herders of two villages clashed with sticks and machetes near Gombe (Gombe).",
        "On 9 September 2026, members of two communities pelted each other with stones during a religious "
        "procession in Bahraich (Uttar Pradesh).",
    ],
)
def test_communities_fighting_with_stones_or_blades_are_mob_violence(short, text: str) -> None:
    assert sub(main(short, text)) == "Mob violence"


def test_students_stoning_police_at_a_rally_stay_a_violent_demonstration(short) -> None:
    text = "On 10 September 2026, students pelted police with stones during a protest in Srinagar (Jammu and Kashmir)."
    assert sub(main(short, text)) == "Violent demonstration"


def test_a_lower_case_common_noun_is_no_town(short) -> None:
    text = (
        "On 11 September 2026, a roadside bomb exploded next to a police van in Tank city (Tank district, Khyber "
        "Pakhtunkhwa), wounding two constables."
    )
    event = main(short, text)
    assert event is not None and (event.location or {}).get("country") == "PAK"


def test_a_capitalised_town_of_a_common_word_is_still_a_town(short) -> None:
    text = "On 12 September 2026, gunmen attacked a shop in Van (Turkey), killing one man. 1 fatality."
    event = main(short, text)
    assert event is not None and (event.location or {}).get("country") == "TUR"


def test_a_protest_held_indoors_is_a_protest(short) -> None:
    text = "On 13 September 2026, women held a protest indoors in Kabul city (Kabul) against the ban on beauty salons."
    assert sub(main(short, text)) == "Peaceful protest"


def test_staying_indoors_is_no_event(short) -> None:
    assert main(short, "On 13 September 2026, residents stayed indoors in Kabul city (Kabul) during the storm.") is None


def test_the_persian_linking_vowel_is_dropped_in_a_last_key() -> None:
    keys, hint = query_keys("Dand-e-Patan district")
    assert keys[-1] == "dandpatan" and hint == "district"
    assert query_keys("Kabul")[0] == ["kabul"]  # no linking vowel: no extra key

"""Round-14 incident notes (ACLED notes style, half Pakistan/Afghanistan, half a world sample): tolls told
apart from the act (tally lines, a figure a source gives, a range, one more victim dying later, a wounded
victim who died), and a raid told with the people it carried off as an abduction.

Every note is composed for these tests; tests/data/acled_notes_r14.yaml holds a larger composed set, scored
by `python scripts/score_incident_reports.py tests/data/acled_notes_r14.yaml`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def events(short, text: str) -> list[Event]:
    return short(Article(raw=text, source="test", published="2026-07-31")).events


def typed(evs: list[Event]) -> list[Event]:
    return [e for e in evs if (e.acled or {}).get("event_type") and not e.background]


def toll(short, text: str) -> int:
    return sum(e.fatalities or 0 for e in typed(events(short, text)))


def sub(short, text: str) -> str | None:
    return (typed(events(short, text))[0].acled or {}).get("sub_event_type")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a tally line with what it counts in brackets, and one as a range (its lower end)
        ("On 4 June 2026, gunmen attacked a checkpoint near Zhob (Balochistan). Fatalities: 2 (both Levies men).", 2),
        ("On 4 June 2026, gunmen attacked a checkpoint near Zhob (Balochistan). Between 2 and 4 fatalities.", 2),
        # a figure a source gives replaces the vague count it follows
        (
            "On 4 June 2026, a car bomb went off at a market in Mogadishu. Several shoppers were killed. "
            "The police later put the toll at 9.",
            9,
        ),
        ("On 4 June 2026, gunmen stormed a farm in Zamfara. Reports put the dead at between 4 and 6.", 4),
        # a lower figure than the dead counted changes nothing
        (
            "On 4 June 2026, militants ambushed a patrol near Wana. Five soldiers were killed. "
            "Officials gave a toll of 3.",
            5,
        ),
    ],
)
def test_toll_sentences_give_the_note_toll(short, text, dead):
    assert toll(short, text) == dead


def test_a_toll_of_another_disaster_is_no_toll_of_the_attack(short):
    text = "On 4 June 2026, gunmen attacked a police post in Tank. Officials put the toll of last year's floods at 300."
    assert toll(short, text) == 0


def test_tally_line_without_an_attack_adds_nothing(short):
    assert toll(short, "On 4 June 2026, teachers staged a sit-in in Quetta (Balochistan). Fatalities: 0.") == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 6 June 2026, Russian drones hit Sumy city (Sumy). Two people were killed; a third died of injuries later.",
            3,
        ),
        (
            "On 6 June 2026, Russian drones hit Sumy city (Sumy). One man was killed. Another resident died in hospital.",
            2,
        ),
        # one more wounded is no one more dead; a victim of another day is no victim of this attack
        ("On 6 June 2026, Russian drones hit Sumy city (Sumy). Two people were killed and a third was wounded.", 2),
        ("On 6 June 2026, gunmen killed a trader in Kano. Another man died on 3 June in a separate incident.", 1),
    ],
)
def test_one_more_dead_after_a_count(short, text, dead):
    assert toll(short, text) == dead


def test_wounded_who_died_is_dead(short):
    text = "On 6 June 2026, militants fired on a police post in Bannu. One constable was wounded and later died."
    assert toll(short, text) == 1


def test_wounded_taken_to_hospital_is_no_dead(short):
    text = "On 6 June 2026, militants fired on a police post in Bannu. Three constables were wounded and taken to hospital."
    assert toll(short, text) == 0


def test_raid_with_abduction_and_no_dead_is_abduction(short):
    text = "On 8 June 2026, bandits raided Maru village (Zamfara) and abducted 12 farmers."
    assert sub(short, text) == "Abduction/forced disappearance"


def test_raid_that_killed_and_abducted_stays_attack(short):
    text = "On 8 June 2026, bandits raided Maru village (Zamfara), killed 3 farmers and abducted 12 others."
    assert sub(short, text) == "Attack"

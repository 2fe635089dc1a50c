"""Round-14 incident notes (ACLED notes style, half Pakistan/Afghanistan, half a world sample): tolls told
apart from the act (tally lines, a figure a source gives, a range, one more victim dying later, a wounded
victim who died), and a raid told with the people it carried off as an abduction.

Every note is composed for these tests; tests/data/acled_notes_r14.yaml holds a larger composed set, scored
by `python scripts/score_incident_reports.py tests/data/acled_notes_r14.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-07-31")


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


def first(short, text: str) -> Event:
    return typed(events(short, text))[0]


def test_petrol_bombs_during_a_protest_are_a_violent_demonstration(short):
    text = "On 9 June 2026, youths threw stones at police during a protest over water shortages in Hyderabad (Sindh)."
    assert sub(short, text) == "Violent demonstration"


def test_students_attacking_a_rival_rally_are_a_violent_demonstration(short):
    text = "On 9 June 2026, activists of a student wing attacked a rally of a rival student group in Peshawar."
    assert sub(short, text) == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # state force or armed men on a rally are no riot of the rally
        (
            "On 9 June 2026, police fired on a rally of farmers in Okara, injuring 8.",
            "Excessive force against protesters",
        ),
        ("On 9 June 2026, gunmen attacked a rally of party supporters in Larkana, killing 2.", "Attack"),
        # a gang's members attacking a march are no demonstrators
        ("On 9 June 2026, gang members attacked a march of residents in Port-au-Prince, killing 3.", "Attack"),
    ],
)
def test_force_or_armed_men_on_a_rally_stay_as_typed(short, text, want):
    assert sub(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2026, police lathi-charged protesting nurses outside the assembly in Lahore (Punjab).",
        "On 9 June 2026, police baton-charged protesting vendors in Rawalpindi and detained 12 of them.",
    ],
)
def test_hyphenated_baton_charge_read_as_a_verb(short, text):
    event = first(short, text)
    assert (event.acled or {}).get("event_type") == "Protests"
    assert event.source is not None and event.source.country == "PAK"


def test_hyphenated_charge_as_an_adjective_is_no_verb(short):
    text = "On 9 June 2026, the baton-charged nurses were treated at Mayo Hospital in Lahore."
    evs = typed(events(short, text))
    assert not any((e.acled or {}).get("event_type") == "Protests" and e.source for e in evs)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 9 June 2026, Viv Ansanm gang members set fire to houses in Mirebalais (Centre).", "HTI"),
        ("On 9 June 2026, a cartel kidnapped four teachers in Chilapa (Guerrero).", "MEX"),
        ("On 9 June 2026, members of the Clan del Golfo killed a community leader in Taraza (Antioquia).", "COL"),
    ],
)
def test_gangs_and_cartels_have_their_country(short, text, country):
    event = first(short, text)
    assert event.source is not None and event.source.country == country


def test_a_killed_schoolteacher_is_a_civilian(short):
    text = "On 9 June 2026, gunmen shot dead a schoolteacher and his son in Matta (Swat district, Khyber Pakhtunkhwa)."
    assert (first(short, text).acled or {}).get("event_type") == "Violence against civilians"


def test_members_of_an_armed_group_attacking_a_rally_are_no_rioters(short):
    text = "On 9 June 2026, TTP members attacked a rally of the Awami National Party in Swabi, killing 2."
    assert sub(short, text) != "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2026, two tribes clashed over grazing land near Sadda (Kurram district, Khyber Pakhtunkhwa).",
        "On 9 June 2026, two clans clashed over a water channel in Mastuj (Chitral). Two people were killed.",
    ],
)
def test_two_tribes_clashing_are_communal_militias_in_battle(short, text):
    event = first(short, text)
    assert (event.acled or {}).get("sub_event_type") == "Armed clash"
    assert event.source is not None and event.source.country == "PAK"


def test_tribesmen_fighting_with_sticks_are_a_mob(short):
    text = "On 9 June 2026, tribesmen of two clans fought with sticks and stones in Dera Bugti (Balochistan)."
    assert sub(short, text) == "Mob violence"


def test_tribesmen_shot_by_militants_are_civilians(short):
    text = "On 9 June 2026, militants shot dead two tribesmen in Tirah valley (Khyber district)."
    assert sub(short, text) == "Attack"


def test_tally_line_of_none_takes_no_later_number(short):
    text = (
        "On 9 June 2026, Indian troops fired across the LoC on a village of Bhimber district (Azad Kashmir). "
        "Fatalities: none reported; two shops and a school were damaged."
    )
    assert toll(short, text) == 0


def test_clan_militias_clashing_stay_in_battle(short):
    text = (
        "On 9 June 2026, two clan militias clashed over a well near Dhusamareb (Galgaduud). Four fighters were killed."
    )
    assert sub(short, text) == "Armed clash"

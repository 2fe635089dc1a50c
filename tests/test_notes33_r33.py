"""Round 33 incident-notes lane: an arrest whose detainee is taken or held at an undisclosed place (or cut off)
is a forced disappearance; a raid typed as a clash whose toll, told in the next sentence, counts only civilians is
an attack on civilians; civilians told as armed who raid and kill civilians are a communal militia's attack, no
mob. Each with its negative cases."""

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
MOB = ("Riots", "Mob violence")
ARRESTS = ("Strategic developments", "Arrests")
DISAPPEARED = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, intelligence officers arrested a union leader at his office in Harare and drove him to a "
        "secret location.",
        "On 3 May 2026, soldiers detained two student leaders at a roadblock near Kassala and took them to an "
        "unknown destination.",
        "On 3 May 2026, police arrested a blogger in Lahore. His whereabouts remain unknown.",
        "On 3 May 2026, security agents detained an opposition spokesman in Minsk, who is being held incommunicado.",
    ],
)
def test_arrest_with_detainee_hidden_is_a_forced_disappearance(short: Any, text: str) -> None:
    assert _acled(short, text) == DISAPPEARED


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, police arrested a union leader in Harare and took him to the central police station.",
        "On 3 May 2026, police arrested two suspected smugglers near Kassala and transferred them to Port Sudan "
        "for questioning.",
        "On 3 May 2026, police arrested a blogger in Lahore. He was released on bail the next day.",
    ],
)
def test_arrest_with_detainee_taken_to_a_named_place_stays_an_arrest(short: Any, text: str) -> None:
    assert _acled(short, text) == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2026, gang members stormed the Bel Air district of Port-au-Prince. Nine residents were killed.",
        "On 5 May 2026, gunmen raided the village of Kwall in Plateau state. Six villagers died in the attack.",
    ],
)
def test_raid_with_civilian_toll_in_next_sentence_attacks_civilians(short: Any, text: str) -> None:
    assert _acled(short, text) == VAC


@pytest.mark.parametrize(
    "text",
    [
        # the dead are soldiers: the raid met the forces holding the place
        "On 5 May 2026, militants raided the town of Dibaya in Kasai. Four soldiers were killed.",
        # fighting between two sides stays a clash whoever died in it
        "On 5 May 2026, rebels clashed with soldiers near Dibaya in Kasai. Four villagers were killed in crossfire.",
    ],
)
def test_raid_or_clash_with_armed_or_crossfire_toll_stays_a_clash(short: Any, text: str) -> None:
    assert _acled(short, text) == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "On 6 May 2026, armed youths raided a cattle camp near Rumbek in Lakes state, killing five herders.",
        "On 6 May 2026, armed villagers attacked a settlement near Bor in Jonglei, shooting dead three farmers.",
    ],
)
def test_armed_civilians_killing_civilians_attack_civilians(short: Any, text: str) -> None:
    assert _acled(short, text) == VAC


@pytest.mark.parametrize(
    "text",
    [
        # no weapon told: an unorganised crowd's killing
        "On 6 May 2026, youths attacked a man accused of theft in Rumbek and killed him.",
        # armed but harming no one: not typed by this rule
        "On 6 May 2026, angry villagers attacked a suspected thief near Bor in Jonglei, beating him to death.",
    ],
)
def test_unarmed_civilians_killing_stays_mob_violence(short: Any, text: str) -> None:
    assert _acled(short, text) == MOB


def _actor1_country(short: Any, text: str) -> str | None:
    event = main(short, text)
    return event.source.country if event is not None and event.source is not None else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 4 May 2026, a military jet bombed a church in Kani township (Sagaing), killing four people.", "MMR"),
        ("On 4 May 2026, warplanes bombed a market in Kutum (North Darfur), killing 15 civilians.", "SDN"),
    ],
)
def test_unnamed_military_aircraft_is_the_place_countrys_military(short: Any, text: str, country: str) -> None:
    assert _actor1_country(short, text) == country


@pytest.mark.parametrize(
    "text",
    [
        # a drone may be anyone's
        "On 4 May 2026, a drone struck a car near Mandera (Mandera, Kenya), killing two men.",
        # skies where air strikes are often another state's
        "On 4 May 2026, a military jet bombed a house in Khan Younis (Gaza Strip), killing six people.",
    ],
)
def test_drone_or_foreign_skies_strike_gets_no_actor_country(short: Any, text: str) -> None:
    assert _actor1_country(short, text) is None


DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2026, a Nigerien army patrol found and destroyed four improvised explosive devices near Tera "
        "(Tera, Tillaberi).",
        "On 8 May 2026, a Chadian army unit destroyed two explosive devices planted near Bol (Mamdi, Lac).",
        # the destroy frame that codes property destroyed (1712): a device is no property
        "On 8 May 2026, Malian soldiers destroyed an improvised explosive device found on a road near Mopti (Mopti, Mopti).",
    ],
)
def test_explosive_devices_destroyed_are_disrupted_weapons_use(short: Any, text: str) -> None:
    assert _acled(short, text) == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        # an improvised device that harmed people is an explosion, not a disruption
        "On 8 May 2026, an improvised explosive device destroyed an army truck near Tera (Tera, Tillaberi), killing "
        "three soldiers.",
    ],
)
def test_explosive_device_that_harmed_is_no_disruption(short: Any, text: str) -> None:
    assert _acled(short, text) != DISRUPTED

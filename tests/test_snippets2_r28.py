"""ACLED typing of news snippets, round 28 (lane snippets2): an attack repelled, fought off or beaten back is a
battle; drones or missiles shot down or intercepted are Disrupted weapons use; vandalism and desecration by people
who are no crowd are property destruction; a person set fire to is burnt by assault (a mob's: Mob violence); a
ceasefire one side declares alone is its Change to group/activity; a place falling to an armed ruler styled as the
government (the Taliban) is taken by a non-state actor; a person seized or picked up by someone and missing since is
disappeared. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of

NONE = "(none)"


def _sub(short, text: str) -> str:
    from wirecoder.evaluation.acled import main_event

    main = main_event(events_of(short, text))
    return main.acled["sub_event_type"] if main is not None else NONE


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # repelled attacks: both sides fought
        ("A community defence militia repelled an attack by armed men on Tiwal village.", "Armed clash"),
        ("Soldiers beat back an assault by insurgents on their camp near Mora.", "Armed clash"),
        ("Local vigilantes fought off a raid by cattle rustlers in Turkana.", "Armed clash"),
        # negatives: repelling criticism is no fight; police pushing back protesters stays no battle
        ("The minister repelled criticism of the budget from opposition lawmakers.", NONE),
        ("Ukraine's air defences repelled a drone attack on Odesa overnight.", "Disrupted weapons use"),
    ],
)
def test_repelled_attacks(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The air force said it shot down 22 of 30 drones launched overnight.", "Disrupted weapons use"),
        ("Air defences downed 14 drones over the Kursk region, the ministry said.", "Disrupted weapons use"),
        # negatives: an aircraft shot down is hit by fire; a drone that kills people is a strike
        ("Rebels shot down a military helicopter in Kachin state.", "Shelling/artillery/missile attack"),
        ("A drone strike killed three fighters near Jilib.", "Air/drone strike"),
    ],
)
def test_intercepted_weapons(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Unknown people vandalised a church in Marseille, smashing statues.", "Looting/property destruction"),
        ("Unidentified people desecrated graves at a Muslim cemetery in Nantes.", "Looting/property destruction"),
        # negatives: a mob's rampage stays a mob's; a desecrated grave with no one acting in a history piece is none
        ("A mob vandalised shops owned by migrants in the old town.", "Mob violence"),
        ("The museum restored a painting that had been damaged by water.", NONE),
    ],
)
def test_vandalism(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A crowd set fire to a suspected pickpocket at a bus stop in Kampala.", "Mob violence"),
        ("A mob set fire to two suspected kidnappers in a village in Edo state.", "Mob violence"),
        # negatives: fire set to property, or to nothing named, is no assault on a person
        ("Rioters set fire to a police station in Kisii.", "Violent demonstration"),
        ("The firefighters set up a camp near the forest.", NONE),
    ],
)
def test_person_set_fire_to(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The rebel group declared a unilateral ceasefire during the Christmas period.", "Change to group/activity"),
        ("The ELN rebels announced a unilateral truce to allow aid deliveries.", "Change to group/activity"),
        # negatives: a ceasefire agreed or signed by two sides is an agreement
        ("The army and the rebels signed a ceasefire in Nairobi.", "Agreement"),
        ("Sudan and South Sudan agreed to a ceasefire after three days of fighting.", "Agreement"),
    ],
)
def test_unilateral_ceasefires(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The district of Dand fell to the Taliban after a week of fighting.", "Non-state actor overtakes territory"),
        # negatives: a place falling to an army is the state's regaining; prices falling are none
        ("The town fell to government troops after heavy fighting.", "Government regains territory"),
        ("Wheat prices fell to a two-year low.", NONE),
    ],
)
def test_fell_to_armed_rulers(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "The journalist was seized by masked gunmen outside his home and is still missing.",
            "Abduction/forced disappearance",
        ),
        (
            "A student leader was picked up by police in Harare and has not been seen since.",
            "Abduction/forced disappearance",
        ),
        # negatives: a parcel picked up and missing names no actor; a town seized while soldiers are missing is taken
        ("The parcel was picked up by a courier and is still missing.", NONE),
        ("Police picked up four suspects for questioning.", "Arrests"),
    ],
)
def test_missing_since_seized(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub

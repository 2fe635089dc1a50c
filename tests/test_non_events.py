"""Words that are no political event give none: accidents and disasters, animals, ceremonies, groups
described by whom they fight, passing mentions, publications, powers a rule would give, names; the acts
beside them keep their events. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    "text",
    [
        # accidents and disasters
        "A stampede at the stadium gates left seven fans dead and 52 injured, the health ministry said.",
        "The landslide, which struck before dawn, resulted in 14 deaths and dozens of people hurt.",
        "A boiler explosion at a textile mill in Faisalabad injured 23 workers.",
        "Eleven miners were killed in a collapse at the coal pit on Monday.",
        "Cyclone Freddy made landfall on the coast of Mozambique, killing at least 30 people.",
        "Five people were killed on Sunday when a small plane crashed near the airport in Nairobi.",
        "A fire destroyed about 300 shacks in an informal settlement in Cape Town.",
        # animals
        "A crocodile attacked a fisherman on the banks of the Shire river.",
        "Two hikers were mauled by a bear near the village of Borsa.",
        # ceremonies
        "Thousands of mourners followed the funeral procession of the singer through Accra.",
        "Devotees marched to the temple carrying offerings.",
        # descriptions and passing mentions
        "The valley is held by a clan militia fighting the insurgents.",
        "Trade has recovered since the port was recaptured from the militants in 2019.",
        "Shortly after the minister's arrest, his lawyer gave an interview to a radio station.",
        # publications and powers
        "The electoral commission released its final report on the ballot.",
        "Under the draft law, soldiers would be able to detain suspects without a warrant.",
        # a trigger word inside a name; a dictionary verb as a bare participle on a noun
        "Commanders of the Popular Mobilisation Forces inspected the new barracks.",
        "Two charities are among the groups affected, since both run clinics in the region.",
    ],
)
def test_no_event(short, text):
    events = _code(short, text)
    assert not events, [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Gunmen shot dead five passengers on a bus near Quetta on Sunday.", "ASSAULT"),
        ("A car bomb killed nine people outside a police station in Mogadishu.", "ASSAULT"),
        ("Israeli fire killed two men near the fence.", "ASSAULT"),
        ("A suicide bomber crashed into the gate of the base, killing four guards.", "ASSAULT"),
        ("Soldiers battling the insurgents near Palma on Tuesday killed eleven fighters.", "ASSAULT"),
        ("Mourners at the funeral chanted slogans against the army in Srinagar.", "PROTEST"),
        ("Thousands marched through the capital to demand the release of detained students.", "PROTEST"),
        ("The rebels released 20 hostages to the Red Cross on Friday.", "RETREAT"),
        ("Police arrested 40 opposition supporters in Harare.", "COERCE"),
        ("The Iraqi government mobilised the Popular Mobilisation Forces on Friday.", "MOBILIZE"),
        ("The demonstration comes after weeks of protests against the fuel price rise.", "PROTEST"),
    ],
)
def test_acts_keep_their_event(short, text, plover):
    assert plover in _types(_code(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set fire to a police station in the north of the city.",
        "Protesters torched three shops in the old town.",
    ],
)
def test_a_crowd_burning_property_riots(short, text):
    events = _code(short, text)
    assert _types(events) == ["PROTEST"] and events[0].cameo["code"] == "145", [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The minister accepted responsibility for the failures of his department.",
        # CAMEO codes a claim of an attack as the claim (015); the attack noun keeps its own event
        "The Baloch Liberation Army claimed responsibility for the bombing of a gas pipeline.",
    ],
)
def test_responsibility_stays_a_concession(short, text):
    assert "CONCEDE" in _types(_code(short, text))


def test_a_disaster_story_tells_no_attack(short):
    text = (
        "Cyclone Freddy made landfall on the coast of Mozambique on Sunday. Officials said at least 30 people "
        "were killed and hundreds injured across three provinces."
    )
    events = _code(short, text)
    assert "ASSAULT" not in _types(events) and not any(e.fatalities for e in events), [e.cameo for e in events]


def test_an_attack_in_a_disaster_story_keeps_every_toll(short):
    text = (
        "A blaze tore through a market in Kano on Monday. Nine traders were killed, police said. Later, gunmen "
        "shot dead two guards at a nearby bank."
    )
    assert _types(_code(short, text)).count("ASSAULT") == 2


def test_rains_that_kill_are_no_attack(short):
    text = "Heavy rains flooded three districts of northern Malawi on Sunday, killing at least 11 people."
    events = _code(short, text)
    assert "ASSAULT" not in _types(events) and not any(e.fatalities for e in events), [e.cameo for e in events]

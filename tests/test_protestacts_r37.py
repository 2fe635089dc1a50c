"""ACLED typing of protests told by what the protesters did, round 37 (lane protestacts): farm produce, catch or
waste dumped, poured or tipped outside a seat of power or onto a road is a peaceful protest (verbs.yaml
dump-goods-protest); vehicles parked across a road block it (park-across-road); pots and pans banged are a protest
(bang-pots); people gluing or locking themselves to something hold a lock-on protest (lock-on-protest); soft
missiles (eggs, paint, manure) thrown, sprayed or splashed at a seat of power, or by a crowd with a grievance at
anyone, are a violent demonstration (deface-protest, pelt-soft); tools downed for lunch are no strike. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # goods dumped or poured outside a seat of power or onto a road: a peaceful protest
        ("Beet growers dumped tonnes of beets outside the agriculture ministry in Vienna.", "Peaceful protest"),
        ("Dairy farmers poured milk in front of the regional council in Bergamo.", "Peaceful protest"),
        ("Fishermen tipped crates of fish onto the ring road in Gdansk.", "Peaceful protest"),
        ("Shepherds emptied churns of milk on the highway near Nuoro.", "Peaceful protest"),
        # vehicles parked across a road, pots banged, people locked or glued on
        ("Hauliers parked their lorries across the motorway near Lille.", "Peaceful protest"),
        ("Residents banged pots and pans across Santiago to protest the pension law.", "Peaceful protest"),
        ("Activists locked themselves to the gates of the coal plant in Cottbus.", "Peaceful protest"),
        ("Environmentalists glued themselves to a painting at a museum in Florence.", "Peaceful protest"),
        # soft missiles at a seat of power or by an aggrieved crowd: a violent demonstration
        ("Protesters splashed red paint on the embassy in Vilnius.", "Violent demonstration"),
        ("Winegrowers sprayed manure on the prefecture in Carcassonne.", "Violent demonstration"),
        ("Students threw eggs at the education minister in Dhaka.", "Violent demonstration"),
        ("Teachers pelted the mayor's car with tomatoes in Cebu.", "Violent demonstration"),
        # pelting with stones stays the assault PETRARCH2 reads, a riot when protesters do it
        ("Protesters pelted police with stones in Athens.", "Violent demonstration"),
    ],
)
def test_r37_protest_acts(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs on fields, sites, pans and party guests
        "A farmer sprayed manure on his fields near Rennes.",
        "Workers poured concrete for the new bridge over the Danube in Novi Sad.",
        "The chef poured milk into the pan in Lyon.",
        "The fishing fleet dumped its catch at the auction hall in Lorient.",
        "The council dumped rubbish at the municipal tip in Leeds.",
        "A tanker spilled oil onto the motorway near Turin after a crash.",
        "Painters sprayed paint on the walls of the new school in Krakow.",
        "Friends threw eggs at the bride during the party in Porto.",
        # a truck parked by a shop, someone else handcuffed, tools downed for lunch
        "A delivery truck was parked outside the shop in Lyon all morning.",
        "A man was handcuffed to a railing by police in Madrid.",
        "Builders downed tools for lunch at the site in Cork.",
    ],
)
def test_r37_no_protest_acts(short, text: str) -> None:
    assert main_sub_type(short, text) == "(none)"


def test_r37_tools_downed_in_a_dispute_stay_a_strike(short) -> None:
    assert main_sub_type(short, "Dockers downed tools at the port of Genoa over pensions.") == "Peaceful protest"

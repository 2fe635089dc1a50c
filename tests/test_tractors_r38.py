"""ACLED typing of protests told by the protesters' vehicles, round 38 (lane tractors): vehicles in numbers or with
a protest mark blocking, filling or driven into a place are a peaceful protest (verbs.yaml vehicles-block-protest,
vehicles-drive-protest; their text is the protest's source, config span_source_people.vehicles); a go-slow staged or
held is a protest (stage-sit-in, hold-sit-in); workers walking out of their workplace strike (walk-out-strike). A
few tractors at harvest, lorries stuck after a crash, an aid convoy or a taxi in traffic are none. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, main_sub_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # vehicles in numbers blocking or filling a place
        ("Hundreds of tractors blocked the motorway junctions around Lille.", "Peaceful protest"),
        ("Dozens of taxis jammed the avenue outside the transport ministry in Bogota.", "Peaceful protest"),
        ("Farmers' trucks blocked the bypass near Pamplona.", "Peaceful protest"),
        # vehicles with a protest mark
        ("Lorries clogged the port road at Zeebrugge in protest at new tolls.", "Peaceful protest"),
        ("A convoy of lorries drove through Lyon in protest against diesel taxes.", "Peaceful protest"),
        # vehicles driven in numbers by people with a grievance
        ("Growers drove dozens of tractors into central Prague.", "Peaceful protest"),
        # a go-slow staged or held
        ("Motorcycle taxi drivers staged a go-slow in Kigali.", "Peaceful protest"),
        ("Hauliers held a go-slow on the A1 near Newcastle.", "Peaceful protest"),
        # workers walking out of their workplace
        ("Miners walked out of the pits in Silesia over pay cuts.", "Peaceful protest"),
        ("Nurses walked out of wards across Accra over arrears.", "Peaceful protest"),
    ],
)
def test_vehicle_protests(short, text, sub):
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "Tractors blocked the lane during the harvest.",
        "A convoy of aid lorries crossed into Gaza.",
        "The taxi crawled through traffic in Cairo.",
        "Trucks blocked the road after a landslide in Nepal.",
        "Farmers drove their tractors to the fields at dawn in Punjab.",
        "A convoy of fuel tankers reached the depot near Herat.",
        "The minister's motorcade drove through Accra on Friday.",
        "Shoppers walked out of the mall in Dubai at closing time.",
        "The company reported an economic slowdown in its quarterly results.",
    ],
)
def test_no_vehicle_protest(short, text):
    assert main_sub_type(short, text) == "(none)"


def test_tractors_parading_protest_and_a_military_parade_keeps_its_code(short) -> None:
    # parade keeps PETRARCH2's show of force (150) and adds the protesters' vehicles
    assert main_sub_type(short, "Hundreds of tractors paraded through the streets of Seville against fuel taxes.") == (
        "Peaceful protest"
    )
    evs = coder_on("2026-11-20")(short, "North Korea paraded its new missiles through Pyongyang.")
    assert [e.cameo["code"] for e in evs] == ["150"]

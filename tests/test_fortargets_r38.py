"""Round-38 "fortargets" lane: the partner country of a material act inside its object or a "for"/"on" phrase.

- Goods bought for another country's state or forces target that country ("will buy howitzers for the Ukrainian
  army"; coding/purchase_recipients.py, data/lexicon/purchase_recipients.yaml); "for its own army" gives none, and
  "armed forces" named as the recipients says no force (force_readiness ``recipient_preps``).
- Crossing points closed or reopened on a border with another country target that country ("will close crossing
  points on its border with X"; coding/border_partners.py, data/lexicon/border_partners.yaml, "ban" and "reopen"
  frames); checkpoints on a road are none.
- Rescue or medical teams, field hospitals and aid flights sent or dispatched are aid ("provide" and "dispatch-aid"
  frames; "team" is a container noun: "a team of forensic experts"); a sports team sent is none.

Every sentence is composed for these tests; tests/data/cameo_sentences_partners_r38*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, pair

events = coder_on("2026-11-20")


def _main(short, text: str):
    evs = current(events(short, text))
    return evs[0] if evs else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Madrid will buy howitzers for the Ukrainian army.", ("ESP", "UKR")),
        ("Spain will buy howitzers for the Ukrainian armed forces.", ("ESP", "UKR")),
        ("Norway will buy artillery for the Moldovan army.", ("NOR", "MDA")),
    ],
)
def test_goods_bought_for_another_countrys_forces_target_it(short, text: str, want) -> None:
    e = _main(short, text)
    assert e is not None and pair(e) == want


@pytest.mark.parametrize(
    "text",
    ["Madrid will buy howitzers for its own army.", "Spain will buy tents for local schools."],
)
def test_goods_bought_for_the_buyers_own_forces_or_no_actor_give_no_target(short, text: str) -> None:
    e = _main(short, text)
    assert e is None or e.target is None or e.target.country in {None, "ESP"}


def test_armed_forces_as_recipients_are_no_threat_of_force(short) -> None:
    e = _main(short, "The Dutch government will buy ammunition for the Ukrainian armed forces.")
    assert e is not None and e.cameo["code"] != "138"
    kept = _main(short, "Baku will defend its territory with its armed forces.")
    assert kept is not None and kept.cameo["code"] == "138"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Helsinki will close crossing points on its border with Russia.", ("FIN", "RUS")),
        ("Poland closed two crossing points on its border with Belarus on Monday.", ("POL", "BLR")),
        ("Budapest reopened the crossing points on its border with Serbia.", ("HUN", "SRB")),
    ],
)
def test_crossing_points_on_a_border_target_the_other_side(short, text: str, want) -> None:
    e = _main(short, text)
    assert e is not None and pair(e) == want


def test_checkpoints_on_a_road_are_no_border_closure(short) -> None:
    assert _main(short, "Police closed two checkpoints on the main road.") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Copenhagen sent a rescue team to Turkey after the quake.", ("DNK", "TUR")),
        ("Paris sent a team of forensic experts to Haiti.", ("FRA", "HTI")),
        ("Canberra dispatched an aid flight to Vanuatu.", ("AUS", "VUT")),
        ("Italy dispatched tents and blankets to Morocco.", ("ITA", "MAR")),
    ],
)
def test_aid_teams_and_flights_sent_are_aid_to_the_receiver(short, text: str, want) -> None:
    e = _main(short, text)
    assert e is not None and e.cameo["code"][:2] == "07" and pair(e) == want


@pytest.mark.parametrize(
    "text",
    ["The club sent a team to the tournament in Spain.", "Spain sent a team of athletes to Japan."],
)
def test_a_sports_team_sent_is_no_aid(short, text: str) -> None:
    e = _main(short, text)
    assert e is None or e.cameo["code"][:2] != "07"


def test_troops_dispatched_stay_a_deployment(short) -> None:
    e = _main(short, "Italy dispatched troops to the border.")
    assert e is not None and e.cameo["code"] == "154"

"""Round 44 strategic3 lane: armed groups' alliances, passive objects, and deals firms sign.

- a non-state armed group joining an alliance, a coalition or a front, joining forces with others, pledging allegiance
  to one, or uniting with another is ACLED's Change to group/activity; a state, its army or a party doing so is not;
- the ACLED rules read a passive verb's subject as what it acts on, as the frames do ("a cache of rifles was
  seized": Disrupted weapons use; "drones were sighted over the base": strategic Other);
- a deal firms sign (CAMEO 057 by a business or a company noun) has no ACLED type (acled.yaml's ``then: null``);
  a ceasefire or a peace accord signed stays an Agreement.
"""

from __future__ import annotations

import pytest

from composed import coder_on, sub_types
from wirecoder.coding.ontology import load_ontology

events = coder_on("2026-12-07")


def subs(short, text: str) -> list[str | None]:
    return sub_types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army said it had joined a coalition of ethnic rebel groups in Myanmar.",
        "Two Mai-Mai militias in North Kivu joined forces with the FDLR rebels against the M23.",
        "A Boko Haram faction pledged allegiance to the Islamic State group on Sunday.",
        "Two Syrian jihadist groups announced they had united into a single rebel front.",
        "The Houthi rebels and a southern separatist militia formed an alliance against the Saudi-led coalition.",
    ],
)
def test_armed_groups_allying_change_group_activity(short, text: str) -> None:
    assert "Change to group/activity" in subs(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Poland joined forces with Germany to build a new gas pipeline.",
        "Kenyan and Ugandan troops joined forces to patrol the border.",
        "Two opposition parties in Zambia formed an alliance ahead of the election.",
        "The striker joined a Saudi club on a two-year contract.",
    ],
)
def test_states_armies_parties_and_clubs_allying_are_no_group_change(short, text: str) -> None:
    assert "Change to group/activity" not in subs(short, text), text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A large cache of rifles and grenades was seized by soldiers in Borno.", "Disrupted weapons use"),
        ("Unidentified drones were sighted over an airport in southern Norway on Sunday.", "Other"),
    ],
)
def test_a_passive_subject_is_what_the_act_acts_on(short, text: str, sub: str) -> None:
    assert sub in subs(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two carmakers signed an agreement to build electric vehicles together.",
        "Two Nigerian oil companies signed a deal to share a pipeline.",
    ],
)
def test_a_deal_firms_sign_has_no_acled_type(short, text: str) -> None:
    assert "Agreement" not in subs(short, text), text


def test_a_ceasefire_signed_stays_an_agreement(short) -> None:
    assert "Agreement" in subs(short, "The army and the rebels signed a ceasefire agreement in Bangui on Friday.")


def test_a_null_rule_stops_the_acled_rules() -> None:
    onto = load_ontology()
    got = onto.acled("057", source_sector="BUS")
    assert got == {"event_type": None, "sub_event_type": None}
    assert onto.acled("057", source_sector="GOV")["sub_event_type"] == "Agreement"

"""An order to one's own forces is the act ordered, done by the orderer; a trend in acts ("a surge in
attacks") is no incident. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        ("President Almeida ordered the army to reinforce security along the river.", "MOBILIZE", "Almeida"),
        ("The interior minister ordered troops to deploy around the airport.", "MOBILIZE", "minister"),
        ("The premier instructed prosecutors to investigate the missing funds.", "ACCUSE", "premier"),
        ("The mayor ordered police to detain the looters.", "COERCE", "mayor"),
    ],
)
def test_order_to_own_forces_is_the_act(short, text: str, plover: str, source: str) -> None:
    events = _code(short, text)
    assert _types(events) == [plover], (text, _types(events))
    assert source in (events[0].source.text or ""), (text, events[0].source)


def test_order_to_another_party_stays_a_demand(short) -> None:
    assert _types(_code(short, "The judge ordered the company to pay damages to the families.")) == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The province has seen a sharp rise in kidnappings this year.",
        "Officials reported a surge in attacks on health workers in the east.",
        "Police recorded a decline in protests after the curfew.",
    ],
)
def test_trend_is_no_incident(short, text: str) -> None:
    types = _types(_code(short, text))
    assert not ({"ASSAULT", "PROTEST", "COERCE"} & set(types)), (text, types)


def test_wave_of_attacks_with_toll_stays(short) -> None:
    assert "ASSAULT" in _types(_code(short, "A wave of attacks killed eleven villagers near Mopti on Sunday."))


@pytest.mark.parametrize(
    "text", ["Death toll jumps to 17 in Maiduguri mosque bombing", "Toll climbs to nine in Kandahar bus ambush"]
)
def test_a_headline_toll_rising_in_one_attack_is_that_attack(short, text: str) -> None:
    # the headline verb "rises" read as a noun measures one incident's toll, not a trend
    assert "ASSAULT" in _types(_code(short, text)), text

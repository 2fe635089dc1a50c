"""Help told as the purpose of a move is no act of its own; help told as the act stays. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The governor deployed National Guard troops to protect the courthouse in Dayton.", ["MOBILIZE"]),
        ("Many of the marchers said they had come to defend their right to study abroad.", []),
        ("The United Nations sent food to help the flood victims in Sindh.", ["AID"]),
        ("The president sent federal agents to protect the courthouse in Seattle.", ["MOBILIZE"]),
        ("The interior ministry sent police officers to guard the polling stations in Lagos.", ["MOBILIZE"]),
    ],
)
def test_help_a_move_is_made_for_is_no_second_act(short, text: str, kept: list[str]) -> None:
    types = _types(_code(short, text))
    assert types == kept, (text, types)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Japan pledged 20 million dollars to help refugees in Bangladesh.", "AGREE"),
        ("The European Union gave emergency aid to Mozambique after the cyclone.", "AID"),
        ("France backed the Malian government in its talks with the rebels.", "SUPPORT"),
    ],
)
def test_help_told_as_the_act_stays(short, text: str, plover: str) -> None:
    assert plover in _types(_code(short, text)), text

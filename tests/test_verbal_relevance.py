"""Verbal acts a sentence gave no event for: deeds treated or characterised as terrorism (an accusation by
the speaker), joining a bloc or a body named by its acronym or its name (an agreement), and sheriffs and
district attorneys as actors of their own. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Detectives in Bristol are treating the warehouse fire as a terrorist attack.", "ACCUSE"),
        ("Counter-terror officers classed the depot blast as a terrorist act, the commissioner said.", "ACCUSE"),
        ("The county sheriff characterised the ambush as an act of terror.", "ACCUSE"),
        ("The district attorney described the arson as meant to intimidate the town's migrants.", "ACCUSE"),
        ("Moldova hopes to join the EU within a decade, its president said.", "AGREE"),
        ("Timor-Leste formally joined ASEAN at the summit in Kuala Lumpur.", "AGREE"),
        ("Bolivia announced it would join the Southern Common Market's economic community.", "AGREE"),
        ("Uzbekistan joined the World Trade Organization after two decades of talks.", "AGREE"),
        ("Uzbekistan applied to join the World Trade Organization in March.", "REQUEST"),  # the application
    ],
)
def test_verbal_act_found(short, text: str, kind: str) -> None:
    assert kind in _types(_code(short, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters are treating the blaze in the depot as an accident.",
        "Doctors treated dozens of people for smoke inhalation.",
        "The coroner described the death as natural.",
        "Norwegian marines joined NATO drills off the coast.",
        "Thousands of fans joined the celebrations in the capital.",
    ],
)
def test_no_verbal_act(short, text: str) -> None:
    types = _types(_code(short, text))
    assert "ACCUSE" not in types and "AGREE" not in types, (text, types)

"""Wikinews-style articles, round 30 (lane clauses). An actor told as from abroad ("foreign agents", "foreign drug
cartels") is not of the speaker's or the story's country: no country, while the speaker's own foreign minister or
ministry keeps it, as does a group funded from abroad ("foreign-funded groups"). A protest noun that a light verb
carries in a future clause on a condition ("said it would stage a march if ...") is a threat, as the verb form
already was; a plain announced rally or a past march is left as it was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _side_country(side) -> str | None:
    return side.country if side is not None else None


def _typed(short, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.plover["type"], _side_country(e.source), _side_country(e.target)) for e in events_of(short, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyzstan's interior minister accused foreign agents of organising the crowds.", ("ACCUSE", "KGZ", None)),
        ("The government of Ecuador blamed foreign drug cartels for the violence.", ("ACCUSE", "ECU", None)),
        (
            "Bangladesh's information ministry accused foreign media of spreading false reports.",
            ("ACCUSE", "BGD", None),
        ),
    ],
)
def test_foreign_actor_has_no_country(short, text: str, expected: tuple) -> None:
    assert expected in _typed(short, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's own foreign ministry keeps the country
        ("Kenya said on Monday the foreign ministry had summoned the Somali ambassador.", ("ACCUSE", "KEN", "SOM")),
        # activists funded from abroad are still local activists
        (
            "Kyrgyzstan's interior minister accused foreign-funded activists of organising the crowds.",
            ("ACCUSE", "KGZ", "KGZ"),
        ),
        # a plain local group is the story's
        (
            "Kyrgyzstan's interior minister accused opposition activists of organising the crowds.",
            ("ACCUSE", "KGZ", "KGZ"),
        ),
    ],
)
def test_own_actors_keep_country(short, text: str, expected: tuple) -> None:
    assert expected in _typed(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The union said it would stage a march if the government does not raise wages.",
        "The opposition party said it would call a general strike unless its leader is released.",
    ],
)
def test_conditional_protest_noun_is_threat(short, text: str) -> None:
    types = [t for t, _, _ in _typed(short, text)]
    assert "THREATEN" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers staged a march in Lima on Monday.",
        "The opposition will hold a rally in the capital on Friday.",
    ],
)
def test_unconditioned_protest_noun_stays_protest(short, text: str) -> None:
    types = [t for t, _, _ in _typed(short, text)]
    assert "PROTEST" in types
    assert "THREATEN" not in types

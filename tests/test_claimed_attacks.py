"""A group that says it carried out an attack told in the same sentence did the attack: one event, no claim
beside it; a claim of responsibility in so many words stays (tests/test_non_events.py). Composed sentences."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _types(short, text: str) -> list[str]:
    return [e.plover["type"] for e in short(Article(raw=text, source="t", published="2025-04-09")).events]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said they carried out the attack on the checkpoint.",
        "The army said it had launched an offensive against the rebels in the north.",
    ],
)
def test_saying_one_carried_out_the_attack_is_the_attack(short, text):
    types = _types(short, text)
    assert "ASSAULT" in types
    assert "CONCEDE" not in types


def test_claim_without_the_attack_told_is_left_alone():
    from wirecoder.coding.claimed_attacks import drop_claims_of_told_attacks

    assert drop_claims_of_told_attacks(Article(raw="x", source="t"), []) == []

"""ACLED typing of news snippets, round 16: "rioting" as the riot noun (riot-n), so that "rioting broke out in X"
is told as happening; a protest that violence marred is told as happening whoever held it, also when the small
model reads its noun as adverbial ("violence marred a march by X": protest_riots.violence_at_protest), and the
marring verb gives way to it (combine.light_verb.v1). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _sub(short, text: str) -> str:
    from wirecoder.evaluation.acled import main_event

    main = main_event(events_of(short, text))
    return main.acled["sub_event_type"] if main is not None else "(none)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rioting broke out in Rangpur on Saturday.", "Violent demonstration"),
        ("Heavy rioting erupted in the port city of Mombasa overnight.", "Violent demonstration"),
        ("Violence marred a march by opposition supporters in Harare.", "Violent demonstration"),
        ("Clashes marred a rally by teachers in Lilongwe on Friday.", "Violent demonstration"),
        ("Scuffles marred a procession by traders in Multan.", "Violent demonstration"),
    ],
)
def test_snippet_types_r16(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rioting is punishable by up to five years in prison in Malawi.", "(none)"),
        ("Heavy rain marred the march in Lusaka.", "(none)"),
        ("Officials fear violence could mar the rally planned for Saturday.", "(none)"),
        ("A late own goal marred the team's celebrations in Accra.", "(none)"),
        ("The opposition plans to march to parliament next week.", "(none)"),
    ],
)
def test_snippet_lookalikes_r16(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub

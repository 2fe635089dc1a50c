"""An incident ranked against others in a phrase after a comma ("killed six farmers on Friday, the worst attack since
2019") is today's incident with its toll: the stretch in the ranking phrase is not the stretch of a running count
(coding/combine/cumulative_tolls.py, ``_judged_after``). Every text is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def current(short, text: str) -> list:
    art = short(Article(raw=text, source="test", published="2026-12-07"))
    return [e for e in art.events if not e.background]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed six farmers in Benue on Friday, the worst attack since 2019.", 6),
        ("Gunmen killed nine traders in Gao on Friday, the deadliest attack in the region since March.", 9),
        ("Rebels killed 12 soldiers on Monday, the worst loss for the army this year.", 12),
    ],
)
def test_an_incident_ranked_against_a_stretch_keeps_its_toll(short, text, dead):
    evs = current(short, text)
    assert evs and sum(e.fatalities or 0 for e in evs) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Bandits have killed 300 people in Zamfara since January.",
        "Bandits have killed 300 people in Zamfara this year, the highest toll since 2019.",
    ],
)
def test_a_running_count_stays_a_statistic(short, text):
    assert not [e for e in current(short, text) if e.fatalities]

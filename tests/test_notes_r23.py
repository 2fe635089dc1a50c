"""Round 23 incident-notes lane: a crowd's act the parser hangs as a participle on a noun of number or kind."""

from __future__ import annotations

import pytest

from wirecoder import Settings
from wirecoder.article import Article
from wirecoder.evaluation.run import eval_settings
from wirecoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(eval_settings(Settings()))


def _codes(pipe: Pipeline, text: str) -> list[str]:
    art = pipe(Article(raw=text, source="t", published="2026-12-07"))
    return [e.cameo["code"] for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 September 2026, a group of nurses protested in Sukkur (Sukkur district, Sindh) over unpaid wages.",
        "On 2 September 2026, hundreds of teachers demonstrated in Quetta (Quetta district, Balochistan).",
    ],
)
def test_crowd_participle_is_the_verb(pipe: Pipeline, text: str) -> None:
    assert any(c.startswith("14") for c in _codes(pipe, text))


def test_crowd_passive_is_no_protest(pipe: Pipeline) -> None:
    text = "On 2 September 2026, a group of nurses arrested in Sukkur (Sukkur district, Sindh) over unpaid wages."
    assert not any(c.startswith("14") for c in _codes(pipe, text))

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


def _events(pipe: Pipeline, text: str) -> list:
    return pipe(Article(raw=text, source="t", published="2026-12-07")).events


@pytest.mark.parametrize(
    "text",
    [
        "On 3 September 2026, the bullet-riddled body of a shopkeeper was found near Turbat (Kech district, Balochistan).",
        "On 3 September 2026, the body of a teacher with gunshot wounds was recovered in Kunduz city (Kunduz province).",
    ],
)
def test_marked_body_found_is_an_attack(pipe: Pipeline, text: str) -> None:
    assert any(
        e.cameo["code"].startswith("19") and e.acled.get("sub_event_type") == "Attack" for e in _events(pipe, text)
    )


def test_unmarked_body_found_is_no_event(pipe: Pipeline) -> None:
    text = "On 3 September 2026, the body of a fisherman who drowned was found on a beach near Gwadar (Balochistan)."
    assert not any(e.cameo["code"].startswith("19") for e in _events(pipe, text))


def test_bomber_named_again_among_the_dead_counts_once(pipe: Pipeline) -> None:
    text = (
        "On 5 September 2026, a suicide bomber blew himself up at a checkpoint in Bannu (Bannu district, "
        "Khyber Pakhtunkhwa), killing two soldiers and the bomber."
    )
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 3


def test_bomber_who_blew_himself_up_still_counts(pipe: Pipeline) -> None:
    text = (
        "On 5 September 2026, a suicide bomber blew himself up at a checkpoint in Bannu (Bannu district, "
        "Khyber Pakhtunkhwa), killing two soldiers."
    )
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 3


def test_bomber_included_among_the_dead_counts_once(pipe: Pipeline) -> None:
    text = (
        "On 5 September 2026, a suicide bomber blew himself up at a market in Khar (Bajaur district, "
        "Khyber Pakhtunkhwa), killing seven people, including the bomber."
    )
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 7

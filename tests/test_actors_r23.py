"""Round-23 actor countries in incident notes and attack summaries: a generic actor's country ("soldiers",
"troops", "security forces") is not that of its victim ("killed a French tourist in Niamey") nor that of a
non-state reporter of its act ("..., a Spanish journalist said", "according to a Kenyan aid worker"), once the
sentence names where the act took place; a state body that reports ("Kenyan officials said soldiers ...") still
speaks for its own forces, and with no place in sight the victim's country is left to count as before.

Every sentence is composed for these tests; tests/data/violent_actors_r23.yaml and violent_actors_r23_fresh*.yaml
hold composed batches, scored by `python scripts/score_violent_actors.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.coding.main_event import is_violent, main_event


def main_of(short, text: str) -> Event | None:
    evs = short(Article(raw=text, source="test", published="2024-05-20")).events
    return main_event([e for e in evs if is_violent(e)]) or main_event(evs)


def source_country(short, text: str) -> str | None:
    ev = main_of(short, text)
    return ev.source.country if ev is not None and ev.source is not None else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Soldiers killed a French tourist in Niamey.", "NER"),
        ("Troops shot an Indian trader in Bangui on Friday.", "CAF"),
        ("Soldiers killed five civilians in Gao, a Spanish journalist said.", "MLI"),
        ("Soldiers shot two men in Juba on Friday, Kenyan media reported.", "SSD"),
        ("Security forces fired live rounds at crowds in Dhaka, Indian broadcaster NDTV said.", "BGD"),
        ("Troops stormed a church in Goma, according to a Belgian aid worker.", "COD"),
    ],
)
def test_actors23_victim_or_reporter_country_is_not_the_actors(short, text: str, country: str):
    assert source_country(short, text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state body that reports speaks for its own forces, even abroad
        ("Kenyan officials said soldiers killed ten al-Shabaab fighters in Gedo region.", "KEN"),
        # the actor's own country word stays its own
        ("Ugandan soldiers killed four rebels in Ituri, a Congolese journalist said.", "UGA"),
        # with no place in the sentence nothing is set aside
        ("Soldiers killed two Malian herders, witnesses said.", "MLI"),
    ],
)
def test_actors23_own_or_unplaced_countries_still_count(short, text: str, country: str):
    assert source_country(short, text) == country


def test_actors23_a_place_in_the_actors_own_phrase_does_not_place_the_act(short):
    # where the militants operate from is their base, not the place of the act: the victim's country may count
    assert source_country(short, "Troops operating from Chad killed a Sudanese herder.") == "SDN"

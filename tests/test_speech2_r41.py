"""Round-41 speech2 lane: reported speech and verbal acts in single news sentences.

- A former office holder named by surname alone keeps the country (actors.office_surnames.v1 takes curated
  entries that left a role before the story's day, and a lone surname the NER took for a place nothing knows):
  "Scholz criticised ..." after 2025 is Germany's former chancellor (sector ELI), not nobody.
- Vowing, pledging, promising or threatening to block a measure is the rejection (12x), no pledge (030):
  verbs.yaml ``block`` frame with ``before`` words of resolve; config kept_intent_governors keep it.
- A speaker's call on its own side to be ready ("told parliament the country must be ready to defend itself")
  is no demand (coding/combine/own_exhortations.py).

Every sentence is composed for these tests; tests/data/cameo_sentences_speech2_r41*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, pair
from wirecoder.article import Article

events = coder_on("2026-12-01")


def actor_of(short, text: str, word: str, published: str = "2026-12-01"):
    art = short(Article(raw=text, source="test", published=published))
    found = [m for m in art.mentions if m.text == word]
    return found[0].actor if found else None


def roots(short, text: str) -> list[str]:
    return [e.cameo["root"] for e in current(events(short, text)) if e.cameo]


def all_roots(short, text: str) -> list[str]:
    """Every event's root, hypothetical ones too (a demand told with "must" is coded hypothetical)."""
    return [e.cameo["root"] for e in events(short, text) if e.cameo]


@pytest.mark.parametrize(
    "text, word, country",
    [
        ("Scholz criticised the coalition's budget plans in a newspaper interview.", "Scholz", "DEU"),
        ("Draghi called on European leaders to pool their defence spending.", "Draghi", "ITA"),
        ("Macri accused the central bank of printing money to fund the deficit.", "Macri", "ARG"),
    ],
)
def test_former_office_holder_surname_keeps_the_country(short, text: str, word: str, country: str) -> None:
    actor = actor_of(short, text, word)
    assert actor is not None and actor.country == country and actor.sector != "GOV", (text, actor)


def test_former_office_holder_gives_the_event_source_country(short) -> None:
    evs = current(events(short, "Scholz criticised the coalition's budget plans in a newspaper interview."))
    assert evs and pair(evs[0])[0] == "DEU", evs


def test_surname_before_any_role_names_no_one(short) -> None:
    """Scholz's first role in the KB starts in December 2021: in 2020 a bare "Scholz" is no one known."""
    text = "Scholz criticised the coalition's budget plans in a newspaper interview."
    actor = actor_of(short, text, "Scholz", "2020-06-01")
    assert actor is None or actor.country is None, actor


def test_surname_shared_by_two_office_holders_stays_ambiguous(short) -> None:
    actor = actor_of(short, "Albanese said the report was deeply biased.", "Albanese")
    assert actor is None or actor.country is None, actor


def test_surname_as_modifier_is_no_person(short) -> None:
    actor = actor_of(short, "The Draghi report was published in September.", "Draghi")
    assert actor is None or actor.sector is None, actor


@pytest.mark.parametrize(
    "text",
    [
        "The Slovenian prime minister vowed to block the accession treaty.",
        "The Maltese opposition leader pledged to block the budget in parliament.",
        "Austria's chancellor promised to block the constitutional amendment.",
    ],
)
def test_vow_to_block_a_measure_is_a_rejection(short, text: str) -> None:
    got = roots(short, text)
    assert got and got[0] == "12", (text, got)


def test_past_blocking_of_talks_is_a_rejection_not_a_protest(short) -> None:
    got = roots(short, "Hungary blocked the enlargement talks with Moldova.")
    assert got and got[0] == "12" and "14" not in got, got


@pytest.mark.parametrize(
    "text, unwanted",
    [
        ("Farmers vowed to block the highway to the port.", "12"),  # a road: a protest threat, no rejection
        ("The Senate blocked the constitutional amendment on Tuesday.", "14"),  # a chamber's vote: no roadblock
    ],
)
def test_block_without_a_vowed_measure_is_no_rejection(short, text: str, unwanted: str) -> None:
    assert unwanted not in roots(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian prime minister told parliament the country must be ready to defend itself.",
        "The Polish president said the nation should prepare for a hard winter.",
        "The Irish premier told reporters that we must be prepared for a disorderly exit.",
    ],
)
def test_call_on_own_side_to_be_ready_is_no_demand(short, text: str) -> None:
    got = all_roots(short, text)
    assert not any(r in ("10", "02") for r in got), (text, got)


@pytest.mark.parametrize(
    "text, root",
    [
        ("The UN envoy said the rebels must be ready to disarm.", "10"),
        ("The French minister said Russia must be ready to negotiate.", "10"),
    ],
)
def test_demand_on_another_party_stays_a_demand(short, text: str, root: str) -> None:
    got = all_roots(short, text)
    assert got and got[0] == root, (text, got)

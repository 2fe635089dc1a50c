"""Round-18 CAMEO-style wire sentences: a one-word acronym alias ("UN") written as a name part after a given name
("Kim Jong Un") is the person, not the acronym, and the KB knows the Korean leaders; readiness to crush an attempt,
or to act "by all available means" / "take any steps necessary", is a threat (13x), and so is a future act told
with such words; help and talks stay intents.

Every sentence is composed for these tests; tests/data/cameo_sentences_r18.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_r18.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2025-11-10")


def main(short, text: str) -> Event | None:
    found = events(short, text)
    return found[0] if found else None


def code(short, text: str) -> str | None:
    ev = main(short, text)
    return ev.cameo.get("code") if ev is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un toured a munitions factory in the north of the country on Friday, state media said.",
        "North Korean leader Kim Jong Un met a visiting Russian delegation in Pyongyang.",
    ],
)
def test_cameo18_korean_name_is_no_un(short, text):
    for ev in events(short, text):
        for actor in (ev.source, ev.target):
            assert actor is None or actor.sector != "IGO"
    ev = main(short, text)
    assert ev is not None and ev.source is not None and ev.source.country == "PRK"


@pytest.mark.parametrize(
    "text",
    [
        "The UN condemned the attack on the aid convoy near Goma.",
        "Rebels attacked a UN base in Mali on Sunday, the mission said.",
    ],
)
def test_cameo18_un_acronym_still_the_un(short, text):
    found = events(short, text)
    assert any(a is not None and a.sector == "IGO" for ev in found for a in (ev.source, ev.target))


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("Ecuador's defence minister said troops were ready to crush any attempt to storm the prisons.", "ECU"),
        ("Guyana said it was prepared to defend its oil platforms by all available means.", "GUY"),
        ("Armenia will defend its border villages by all available means, the prime minister said.", "ARM"),
    ],
)
def test_cameo18_forceful_readiness_is_threat(short, text, src):
    ev = main(short, text)
    assert ev is not None and ev.cameo["root"] == "13"
    assert ev.source is not None and ev.source.country == src


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it was ready to help Sudan by all available means.",
        "Kenya will host talks between the two sides, the foreign ministry said.",
        "The bank will provide loans to farmers in the drought-hit north.",
    ],
)
def test_cameo18_help_and_talks_stay_intents(short, text):
    assert code(short, text) != "138"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police crushed an attempt by protesters to storm the parliament building in Tirana.", "175"),
        ("The army crushed an incursion by gunmen from across the border overnight.", "190"),
    ],
)
def test_cameo18_crushing_attempts_and_incursions(short, text, want):
    assert code(short, text) == want


def test_cameo18_crushing_grapes_is_nothing(short):
    assert code(short, "Villagers crushed grapes for the harvest festival on Sunday.") is None


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Malawi said it had obtained a credit line of 80 million dollars from India to buy fertiliser.", "IND", "MWI"),
        ("Tunisia secured a loan from the Saudi development fund to upgrade its ports.", None, "TUN"),
    ],
)
def test_cameo18_loan_obtained_is_aid(short, text, src, tgt):
    ev = main(short, text)
    assert ev is not None and ev.cameo["code"] == "071"
    if src is not None:
        assert ev.source is not None and ev.source.country == src
    assert ev.target is not None and ev.target.country == tgt


@pytest.mark.parametrize(
    "text",
    [
        "The home side secured a narrow win over the visitors on Sunday.",
        "The mayor obtained a court order against the striking drivers.",
    ],
)
def test_cameo18_other_things_obtained_are_no_aid(short, text):
    assert code(short, text) != "071"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Canada scaled back security cooperation with Guatemala after the election.", "16"),
        ("Finland curtailed its development aid to Tanzania over the treatment of journalists.", "16"),
    ],
)
def test_cameo18_scaled_back_relations(short, text, root):
    ev = main(short, text)
    assert ev is not None and ev.cameo["root"] == root


def test_cameo18_scaled_back_production_is_nothing(short):
    assert code(short, "The carmaker scaled back production at its plant near Turin.") is None


@pytest.mark.parametrize(
    ("text", "src_sector", "tgt"),
    [
        ("The IAEA reported on Thursday that Iran had restarted centrifuges at its Natanz plant.", "IGO", "IRN"),
        ("The OSCE reported on Friday that Azerbaijan had moved artillery near the line of contact.", "IGO", "AZE"),
    ],
)
def test_cameo18_report_hung_on_its_reporter(short, text, src_sector, tgt):
    """The parser hangs "reported" on the sentence's only noun ("The IAEA reported on ... that ..."): the noun is
    still the reporter."""
    ev = main(short, text)
    assert ev is not None and ev.source is not None and ev.source.sector == src_sector
    assert ev.target is not None and ev.target.country == tgt


def test_cameo18_reported_clause_of_a_subordinate_noun_is_no_reporter(short):
    ev = main(short, "Police said the car reported stolen on Monday had been found near Mombasa.")
    assert ev is None or ev.source is None or ev.source.sector != "IGO"

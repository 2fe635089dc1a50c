"""Round-31 CAMEO lane: a document that accuses speaks for its author; studies, inquiries, dossiers and audits are
documents too ("a study by the rights group alleged ..."). A document with no author named stays no speaker: the
city it was released in is no author (reports are released in Geneva or Nairobi by bodies of every country). A
document that tells no wrongdoing stays no event.

Every sentence is composed for these tests; tests/data/cameo_sentences_r31*.yaml hold composed batches, scored
by `python scripts/score_cameo_sentences.py FILE`.

An opening participle the parser reads as the sentence's root ("Addressing parliament in Islamabad, Pakistan's
prime minister called on India to ...", the subject an apposition of "Islamabad") is mended: the finite verb is
the root and its act is coded.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-11-16")).events
    return [
        (e.cameo["code"][:2], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry report made public in Kinshasa last week accused Rwanda of arming the M23 rebels.",
        "A dossier circulated in Geneva alleged that Eritrean troops had looted clinics in Tigray.",
    ],
)
def test_cameo31_document_with_no_author_named_takes_no_country_from_its_place(short, text: str):
    got = coded(short, text)
    assert all(src not in {"COD", "CHE"} for _, src, _ in got), got


def test_cameo31_named_author_wins_over_place(short):
    got = coded(
        short, "A report issued by Mexico's interior ministry in Guatemala City accused Honduran gangs of extortion."
    )
    assert got and got[0][:2] == ("11", "MEX"), got


def test_cameo31_study_by_a_body_accuses(short):
    got = coded(short, "A study by the Egyptian foreign ministry accused Ethiopia of endangering the Nile's flow.")
    assert got and got[0] == ("11", "EGY", "ETH"), got


@pytest.mark.parametrize(
    "text",
    [
        "A report released in Dakar said cashew exports had doubled since 2019.",
        "A study published in Lima found that glaciers in the Andes had shrunk by a third.",
        "The report, released in Hanoi on Tuesday, was the first of its kind.",
    ],
)
def test_cameo31_document_without_wrongdoing_is_no_event(short, text: str):
    assert coded(short, text) == []


@pytest.mark.parametrize(
    ("text", "root", "src", "tgt"),
    [
        (
            "Addressing parliament in Dhaka, Bangladesh's prime minister called on Myanmar to take back the refugees.",
            "02 10",
            "BGD",
            "MMR",
        ),
        (
            "Addressing reporters in Nairobi, Kenya's foreign minister accused Sudan's army of blocking aid convoys.",
            "11",
            "KEN",
            "SDN",
        ),
    ],
)
def test_cameo31_rooted_opening_participle(short, text: str, root: str, src: str, tgt: str):
    got = coded(short, text)  # a call on a state to act is an appeal (02) or a demand (10)
    assert got and got[0][0] in root.split() and got[0][1:] == (src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Vienna, the agency's spokeswoman said the inspection report would be published next month.",
        "Addressing the graduating class in Boston, the university's president spoke about the value of patience.",
    ],
)
def test_cameo31_opening_participle_without_act_stays_no_event(short, text: str):
    assert coded(short, text) == []

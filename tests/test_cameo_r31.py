"""Round-31 CAMEO lane: a document that accuses speaks for its author, and a document with no author named
speaks for the place it was issued in ("a report released in Kinshasa accused Rwanda": Congo accusing Rwanda;
"released in the Rwandan capital": Rwanda); studies, inquiries, dossiers and audits are documents too ("a study
by the rights group alleged ..."). A document that tells no wrongdoing stays no event.

Every sentence is composed for these tests; tests/data/cameo_sentences_r31*.yaml hold composed batches, scored
by `python scripts/score_cameo_sentences.py FILE`.
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
    ("text", "src", "tgt"),
    [
        (
            "A 200-page report released in Bamako on Friday accused Algeria of sheltering armed separatists.",
            "MLI",
            "DZA",
        ),
        (
            "A report published on Monday in the Sudanese capital alleged that Chadian officers had smuggled weapons.",
            "SDN",
            "TCD",
        ),
        ("A report released in Kyiv condemned Belarus for hosting Russian missile units.", "UKR", "BLR"),
    ],
)
def test_cameo31_document_issued_in_a_place_accuses(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("11", src, tgt), got


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

"""A document that speaks speaks for its author (coding/combine/authors.py): "a statement from X condemned Y" is
X's act; a document with no author named is no speaker. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("A statement from the Jordanian foreign ministry condemned the raid on the refugee camp.", "11", "JOR"),
        ("A joint communique issued by Ghana and Togo urged Burkina Faso to hold elections.", "02", "GHA"),
        ("Norway's statement welcomed the release of the detained journalists in Eritrea.", "05", "NOR"),
    ],
)
def test_a_documents_author_is_the_source(short, text, root, source):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == root, [e.cameo["code"] for e in evs]
    assert evs[0].source is not None and evs[0].source.country == source


def test_a_document_without_an_author_is_no_speaker(short):
    evs = events(short, "The statement condemned the raid on the refugee camp.")
    assert all(e.source is None or "statement" not in e.source.text.lower() for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Accra said three people died when a storage tank exploded at the port.",
        "Officials said two people drowned after heavy rain flooded the market.",
    ],
)
def test_a_reported_count_of_the_dead_is_no_statement(short, text):
    assert not [e for e in events(short, text) if e.cameo["root"] == "01"]

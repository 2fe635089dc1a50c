"""Round-41 Wikinews-style articles (lane wiki2): a speaker judging someone's act or words in a reported clause
aims at its owner ("officials said that Kyiv's decision was a provocation": Ukraine; "the rebels said the army's
claims were lies": the army), and an owner named by "of" under a judged thing ("the ruling of the court"). A
plain thing with no owner stays aimed at no one, an owner that is the speaker is no target, and a statement with
a target of its own keeps it. Sentences composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, of_type, pair

events = coder_on("2026-10-05")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the owner of the judged act is the target
        ("Serbian officials said that Pristina's decision was a provocation.", "ACCUSE", ("SRB", "XKX")),
        ("Venezuela's foreign ministry said that Guyana's move was a provocation.", "ACCUSE", ("VEN", "GUY")),
        ("Pakistani officials said that Kabul's accusations were baseless.", "REJECT", ("PAK", "AFG")),
        ("The Chinese embassy said Japan's remarks were a mockery of history.", "ACCUSE", ("CHN", "JPN")),
    ],
)
def test_owner_of_judged_thing_is_target(short, text, kind, expected):
    found = [pair(e) for e in of_type(events(short, text), kind)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # no owner: no target
        ("Serbian officials said that the decision was a provocation.", "ACCUSE", ("SRB", None)),
        # the owner is the speaker itself: no target
        (
            "Serbian officials said that Serbia's critics were spreading lies and its decision was a provocation.",
            "ACCUSE",
            None,
        ),
    ],
)
def test_no_owner_no_target(short, text, kind, expected):
    found = [pair(e) for e in of_type(events(short, text), kind)]
    if expected is None:
        assert all(t != "SRB" for _, t in found), found
    else:
        assert expected in found, found


def test_own_target_is_kept(short):
    # a judgement with its own named target keeps it: "accused X", not the owner in the clause
    found = [
        pair(e)
        for e in of_type(events(short, "Ghana accused Togo of saying that Nigeria's plan was a sham."), "ACCUSE")
    ]
    assert ("GHA", "TGO") in found, found


def test_not_a_statement_verb(short):
    # a clause under a non-reporting verb is not read: "denounced" has its own object
    found = [pair(e) for e in of_type(events(short, "Egypt denounced the dam and said nothing more."), "ACCUSE")]
    assert all(t != "ETH" for _, t in found), found


def test_clause_owners_reads_possessive_and_of(short):
    from wirecoder.article import Article
    from wirecoder.coding.judged_owners import clause_owners

    def said(text):
        return short(Article(raw=text, source="test", published="2026-10-05")).doc[1]

    assert [t.text for t in clause_owners(said("Officials said that the ruling of the court was a farce."))] == [
        "court"
    ]
    assert [t.text for t in clause_owners(said("Officials said that Kenya's move was a ploy."))] == ["Kenya"]
    assert clause_owners(said("Officials said that the weather of the north was a farce.")) == []

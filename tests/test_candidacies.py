"""A candidate's own run for office ended, a post left to take another and a running mate picked are election
matters, no concession or backing; resignations under pressure, a campaign of attacks ended and leaving a
coalition stay what they were. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Ruiz ended her bid for the party's nomination on Tuesday.",
        "The former governor of Ohio ended his presidential campaign after a weak showing in the polls.",
        "Tanaka announced the end of her campaign for mayor.",
        "Mr Okafor dropped out ahead of the second televised debate.",
        "In 2011, she took over the seat after Smith resigned to become ambassador to Canada.",
        "Rebel leader Kofi Mensah was chosen by the party as its candidate for vice president.",
    ],
)
def test_election_matters_give_no_concession_or_support(short, text: str) -> None:
    types = _types(_code(short, text))
    assert "CONCEDE" not in types and "SUPPORT" not in types, (text, types)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Defence Minister Ivan Petrov resigned on Monday after the protests.", "CONCEDE"),
        ("Prime Minister Laila Haddad announced her resignation on Thursday.", "CONCEDE"),
        ("The government accepted responsibility for the deaths of the protesters.", "CONCEDE"),
        ("The army admitted responsibility for the air strike that killed 12 civilians.", "CONCEDE"),
    ],
)
def test_concessions_stay(short, text: str, plover: str) -> None:
    assert plover in _types(_code(short, text)), text


def test_candidates_beaten_at_the_polls_are_not_coerced(short) -> None:
    text = "Opposition parties won most of the council seats, often ousting candidates backed by the ruling party."
    assert "COERCE" not in _types(_code(short, text))
    assert "COERCE" in _types(_code(short, "The army ousted the elected president in a coup on Tuesday."))


def test_an_act_after_following_is_a_passing_mention(short) -> None:
    text = "The ministry post has stayed empty following the resignation of Deputy Minister Paulo Souza."
    assert _types(_code(short, text)) == []
    # the clause only places the story after the act: the act is the news
    assert "COERCE" in _types(_code(short, "The strike follows the arrest of three union leaders."))


def test_a_campaign_of_attacks_is_no_run_for_office() -> None:
    from wirecoder.coding.combine.candidacies import _own_run

    class _Tok:
        def __init__(self, lemma: str, children: list) -> None:
            self.lemma_, self.lower_, self.dep_, self.children = lemma, lemma, "dobj", children

    of = _Tok("of", [])
    of.dep_ = "prep"
    assert _own_run(_Tok("campaign", [])) and not _own_run(_Tok("campaign", [of]))

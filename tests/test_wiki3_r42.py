"""Round-42 Wikinews-style articles (lane wiki3): a court or inquiry ruling or finding that an act was unlawful rules
against it (CAMEO 111, PLOVER ACCUSE) however long the clause's subject, when the judging adjective is the clause's
predicate ("ruled that the council's decision to close the two schools in the northern districts was illegal").
A negated predicate ("ruled that the ban was not illegal", "found the sheriff not guilty"), a judging adjective on a
noun ("found illegal weapons") and a ruling with no judging predicate give no ruling against. Sentences composed for
these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type, pair

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # long clause subjects: the adjective is more than a dozen words after the verb
        (
            "Ghana's Supreme Court on Wednesday ruled that the parliament's decision to extend the emergency powers of "
            "the regional police commanders was unconstitutional.",
            "GHA",
        ),
        (
            "A court in Manila ruled that the seizure of farmland belonging to hundreds of families in the province "
            "of Negros Occidental was illegal.",
            "PHL",
        ),
        (
            "Chile's Supreme Court ruled that the order by the interior ministry to expel 40 migrants to their home "
            "countries last month had been unlawful.",
            "CHL",
        ),
        (
            "Romania's Constitutional Court declared that the rules adopted by the electoral bureau for counting "
            "postal votes from abroad were void.",
            "ROU",
        ),
    ],
)
def test_a_long_clause_ruled_unlawful_is_a_ruling_against(short, text: str, source: str) -> None:
    got = of_type(current(events(short, text)), "ACCUSE")
    assert got, text
    assert got[0].source is not None and got[0].source.country == source
    assert (got[0].cameo or {}).get("code") == "111"


@pytest.mark.parametrize(
    "text",
    [
        # a judging adjective on a noun, not the clause's predicate
        "The judge found that officers in the eastern port city of Mombasa had recovered illegal firearms from the "
        "suspects' homes.",
        # the ruling says nothing is unlawful
        "The court ruled that the migrants who had crossed the border illegally last winter could stay in the country.",
        # negated predicate in a long clause
        "An inquiry in Lagos concluded that the decision by the state governor to close the markets during the "
        "unrest was not unlawful.",
        # a plain description with a judging adjective on a noun, no ruling verb
        "The army said illegal miners had been working in the forest reserve near the town of Obuasi for months.",
    ],
)
def test_no_ruling_against_without_a_judging_predicate(short, text: str) -> None:
    got = [e for e in of_type(current(events(short, text)), "ACCUSE") if (e.cameo or {}).get("code") == "111"]
    assert not got, [(e.trigger["text"], e.pattern) for e in got]


def test_the_owner_of_a_long_ruled_clause_is_the_target(short) -> None:
    text = (
        "Ghana's Supreme Court ruled on Tuesday that the government's decision to extend the curfew in the northern "
        "regions for another three months was unconstitutional."
    )
    got = of_type(current(events(short, text)), "ACCUSE")
    assert got and pair(got[0]) == ("GHA", "GHA")


@pytest.mark.parametrize(
    "text",
    [
        # a ruling that an act was NOT unlawful is no ruling against it, short clause or long
        "A court in Izmir ruled that the ban on the rally was not illegal.",
        "Bolivia's Constitutional Court ruled that the decree on fuel prices was not unconstitutional.",
        # an acquittal is no conviction
        "A jury in Ohio found the former sheriff not guilty of assault.",
    ],
)
def test_a_ruling_that_an_act_was_lawful_is_none(short, text: str) -> None:
    got = [e for e in of_type(current(events(short, text)), "ACCUSE") if (e.cameo or {}).get("code") in {"111", "116"}]
    assert not got, [(e.trigger["text"], e.pattern) for e in got]


def test_a_short_ruled_clause_still_counts(short) -> None:
    got = of_type(
        current(events(short, "Bolivia's Constitutional Court ruled that the decree was unconstitutional.")), "ACCUSE"
    )
    assert got and pair(got[0])[0] == "BOL"

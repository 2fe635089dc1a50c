"""Round-37 nomcalls lane: verbal acts told as nouns or through a stance noun, and official protests.

- A state's office-holder protesting ("the Dutch foreign minister protested the sentencing of ...", "Brazil's
  president protested the tariffs") makes the state's official complaint (root 11), not a demonstration (14):
  combine/diplomatic.py reads ``state_offices`` of data/lexicon/alleged_acts.yaml beside its state nouns. An office
  owned by or speaking for a non-state ("the union president", "a spokesman for the strikers") stays a protest.
- A stance noun ("expressed concern over X", "voiced alarm at X") passes the judged act X to the judged-act target
  rules (coding/judged_agents.py ``stance_nouns``), so a detention abroad is aimed at the detaining country
  (custody_places) and a named doer at that doer (judged_agent).

Every sentence is composed for these tests; tests/data/cameo_sentences_nominal_r37*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, main_current, pair

events = coder_on("2026-11-20")


def _main(short, text: str):
    return main_current(events, short, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Austrian foreign minister protested the jailing of an Austrian activist in Egypt.", ("AUT", "EGY")),
        ("Mexico's president protested the deportation of Mexican workers from Texas.", ("MEX", None)),
        ("The Greek prime minister protested to Ankara over the overflights.", ("GRC", "TUR")),
        ("Swedish Prime Minister Ulf Kristersson protested the burning of Swedish flags in Baghdad.", ("SWE", None)),
    ],
)
def test_an_office_holder_protesting_complains_officially(short, text: str, want) -> None:
    main = _main(short, text)
    assert main.cameo["root"] == "11", text
    if want[1] is not None:
        assert pair(main) == want
    else:
        assert pair(main)[0] == want[0]


@pytest.mark.parametrize(
    "text",
    [
        "The union president protested the closure of the steel plant.",
        "A spokesman for the strikers protested the dismissals.",
        "Nurses protested the new shift rules outside the hospital.",
        "Thousands of farmers protested in Warsaw against grain imports.",
    ],
)
def test_non_state_protesters_still_protest(short, text: str) -> None:
    assert _main(short, text).cameo["root"] == "14", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pakistan expressed concern over the detention of Pakistani traders in Afghanistan.", ("PAK", "AFG")),
        ("Spain voiced alarm at the arrest of two Spanish climbers in Nepal.", ("ESP", "NPL")),
        ("Estonia expressed concern about the seizure of an Estonian cargo ship by Russian forces.", ("EST", "RUS")),
    ],
)
def test_a_stance_noun_passes_on_the_act_it_is_about(short, text: str, want) -> None:
    assert pair(_main(short, text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the speaker's own country is not read as a foreign place of the act: no other country comes in
        ("Kenya expressed concern over the arrest of journalists in Nairobi.", {("KEN", "KEN"), ("KEN", None)}),
        # a concern about no act of custody keeps its addressee
        ("France expressed concern to Algeria about the visa backlog.", {("FRA", "DZA")}),
    ],
)
def test_a_stance_noun_without_a_foreign_custody_act_keeps_its_target(short, text: str, want) -> None:
    assert pair(_main(short, text)) in want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The call by the European Union for Georgia to drop the foreign agents law went unheeded.", (None, "GEO")),
        ("Egypt's call on Ethiopia to halt the filling of the dam drew an angry reply.", ("EGY", "ETH")),
        ("Kenya's demand that Somalia withdraw its envoy surprised diplomats.", ("KEN", "SOM")),
        ("The European Union's appeal to Azerbaijan to reopen the corridor went unanswered.", (None, "AZE")),
    ],
)
def test_an_appeal_or_demand_noun_is_aimed_at_whom_it_asks(short, text: str, want) -> None:
    main = _main(short, text)
    assert main.cameo["root"] in {"10", "02"}, text
    assert pair(main) == want


@pytest.mark.parametrize(
    "text",
    [
        "The governor issued a call for calm after the riots.",
        "Calls for a ceasefire grew louder on Sunday.",
        "Demand for wheat fell in the second quarter.",
        "The workers' call for a general strike was widely followed.",
    ],
)
def test_a_call_for_a_thing_is_no_demand(short, text: str) -> None:
    assert not [e for e in current(events(short, text)) if e.cameo["root"] == "10"], text


def test_a_phone_call_stays_a_consultation(short) -> None:
    main = _main(short, "Macron had a phone call with Erdogan on Tuesday.")
    assert main.cameo["code"] == "041" and pair(main) == ("FRA", "TUR")

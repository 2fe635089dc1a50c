"""Round-37 reported lane: acts a named speaker announces for itself ("X said it would <act> <target>").

- Buying from a named country is trading with it (061; announced, an intent 031) and the seller is the target;
  buying for a named country is aiding it (070; announced, 033) and the beneficiary is the target (verbs.yaml
  ``buy-from-country``). Buying from or for people or things that are no country is no event.
- Closing a country's mission named by its nationality ("the Russian consulate", "the Croatian cultural centre",
  "the Belarusian trade mission") reduces relations with that country (161, the ``ban`` pattern's mission frame,
  which now runs before the trade frame). A museum closing its own centre is no event.
- Taking in or back migrants, deportees or citizens is cooperating (060; announced, 031) with the country they were
  sent away from, named on the object's participle ("migrants expelled from the United States": coding/sent_from.py,
  data/lexicon/sent_from.yaml). People sent from no country give no target; refugees are left to asylum patterns.
- Another party's act told by the speaker ("Peru said Chile would ...") stays that party's act; a plain statement
  stays a statement with no target.

Every sentence is composed for these tests; tests/data/cameo_sentences_reported_r37*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, main_current, pair

events = coder_on("2026-11-20")


def _main(short, text: str):
    return main_current(events, short, text)


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        ("Ecuador said it would buy wheat from Canada.", "03", ("ECU", "CAN")),
        ("Morocco will buy gas from Nigeria.", "03", ("MAR", "NGA")),
        ("Morocco bought gas from Nigeria.", "06", ("MAR", "NGA")),
        ("Hungary said it would buy ambulances for Ukraine.", "03", ("HUN", "UKR")),
    ],
)
def test_purchase_from_or_for_a_country_is_aimed_at_it(short, text: str, root: str, want) -> None:
    ev = _main(short, text)
    assert (ev.cameo["root"], pair(ev)) == (root, want)


@pytest.mark.parametrize(
    "text",
    [
        "The farmer bought a tractor from a neighbour.",
        "The ministry bought new computers for its staff.",
        "Investors bought shares for their clients.",
    ],
)
def test_purchase_from_or_for_no_country_is_no_event(short, text: str) -> None:
    assert current(events(short, text)) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Finland said it would close the Russian trade mission.", ("FIN", "RUS")),
        ("Serbia closed the Croatian cultural centre in Novi Sad.", ("SRB", "HRV")),
        ("Russia closed the Polish consulate in Kaliningrad.", ("RUS", "POL")),
    ],
)
def test_closing_a_countrys_mission_is_aimed_at_that_country(short, text: str, want) -> None:
    ev = _main(short, text)
    assert (ev.cameo["root"], pair(ev)) == ("16", want)


def test_closing_ones_own_centre_is_no_event(short) -> None:
    assert current(events(short, "The museum will close its cultural centre for the winter.")) == []


def test_anothers_announced_act_stays_its_own(short) -> None:
    ev = _main(short, "Peru said Chile would buy copper from Bolivia.")
    assert pair(ev) == ("CHL", "BOL")


@pytest.mark.parametrize(
    "text",
    ["Egypt's foreign minister said the talks had been useful.", "Ecuador said its exports of bananas would rise."],
)
def test_plain_statement_gains_no_act_or_target(short, text: str) -> None:
    evs = current(events(short, text))
    assert all(e.cameo["root"] == "01" and pair(e)[1] is None for e in evs)


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        ("Guatemala said it would take in migrants expelled from the United States.", "03", ("GTM", "USA")),
        ("Ghana said it would take back citizens deported from Britain.", "03", ("GHA", "GBR")),
        ("El Salvador took in 200 migrants deported from the United States.", "06", ("SLV", "USA")),
    ],
)
def test_people_taken_in_come_from_the_country_that_sent_them(short, text: str, root: str, want) -> None:
    ev = _main(short, text)
    assert (ev.cameo["root"], pair(ev)) == (root, want)


def test_people_sent_from_no_country_give_no_target(short) -> None:
    evs = current(events(short, "Panama took in migrants returned from the jungle."))
    assert all(pair(e)[1] is None for e in evs)


@pytest.mark.parametrize("text", ["The family took in refugees.", "The hospital received refugees from the camp."])
def test_taking_in_refugees_is_no_cooperation(short, text: str) -> None:
    assert current(events(short, text)) == []

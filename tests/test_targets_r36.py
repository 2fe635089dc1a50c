"""Round-36 targets lane: targets that sit behind a third word of a CAMEO-style sentence.

- A judged act of custody or justice ("the arrest of X's nationals in Y", "the release of Americans held in Y")
  names no doer, but only a state arrests, jails, tries or frees people on its soil: the country where it was
  done is the statement's target, not the people's own country (coding/custody_places.py,
  data/lexicon/custody_places.yaml). A named doer ("by Belarusian police") stays; a place of the speaker's own
  country is not read; violent acts are left without a target (judged_victims).
- A said thing or act the statement's preposition takes ("warned of threats from X", "complained of interference
  from X") names who it came from (targets.object_maker.v1 with ``made_from_preps`` in the pattern config).

Every sentence is composed for these tests; tests/data/cameo_sentences_targets_r36*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, pair

events = coder_on("2026-11-20")


def _main_pair(short, text: str) -> tuple[str | None, str | None]:
    evs = current(events(short, text))
    assert evs, text
    return pair(evs[0])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Austria condemned the detention of an Austrian cyclist in Azerbaijan.", ("AUT", "AZE")),
        ("Canada welcomed the release of a Canadian teacher held in China.", ("CAN", "CHN")),
        ("Japan protested the detention of a Japanese businessman in China.", ("JPN", "CHN")),
        ("Britain welcomed the return of Ukrainian children taken to Russia.", ("GBR", "RUS")),
    ],
)
def test_custody_act_is_aimed_at_the_country_where_it_was_done(short, text: str, want) -> None:
    assert _main_pair(short, text) == want


def test_named_doer_of_a_custody_act_stays_the_target(short) -> None:
    text = "Poland condemned the arrest of Polish truck drivers by Belarusian police in Grodno."
    assert _main_pair(short, text) == ("POL", "BLR")


def test_custody_place_in_the_speakers_own_country_is_no_target(short) -> None:
    # the arrested protesters stay the target: no foreign country is read from a Mexican city
    assert _main_pair(short, "Mexico condemned the arrest of protesters in Guadalajara.") == ("MEX", "MEX")


def test_target_named_outside_the_custody_act_stays(short) -> None:
    text = "Spain criticised Morocco over the detention of Spanish fishermen in the Canary Islands."
    assert _main_pair(short, text) == ("ESP", "MAR")


def test_place_of_a_violent_act_is_no_target(short) -> None:
    assert _main_pair(short, "Portugal condemned the bombing of a hospital in Yemen.") == ("PRT", None)


def test_place_of_welcomed_talks_is_no_target(short) -> None:
    evs = current(events(short, "The Danish foreign minister welcomed the talks in Cairo."))
    assert evs and all(pair(e)[1] != "EGY" for e in evs)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Seoul warned of growing threats from Pyongyang.", ("KOR", "PRK")),
        ("The Moldovan president warned of interference from Russia in the coming election.", ("MDA", "RUS")),
    ],
)
def test_threat_from_a_named_country_is_the_target(short, text: str, want) -> None:
    assert _main_pair(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Norway warned of threats to undersea cables in the North Sea.",
        "The governor complained about pressure from farmers over water prices.",
    ],
)
def test_threat_with_no_named_maker_has_no_country_target(short, text: str) -> None:
    assert _main_pair(short, text)[1] is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Indonesia will purchase 42 fighter jets from France.", ("IDN", "FRA")),
        ("Bangladesh will import more rice from India next month.", ("BGD", "IND")),
    ],
)
def test_seller_of_a_purchase_is_the_target(short, text: str, want) -> None:
    assert _main_pair(short, text) == want


def test_purchase_from_people_no_actor_stands_for_has_no_country_target(short) -> None:
    evs = current(events(short, "Jordan will buy more barley from small growers this season."))
    assert all(pair(e)[1] is None for e in evs)


def test_maker_hung_on_the_verb_is_the_target(short) -> None:
    assert _main_pair(short, "Latvia complained of provocations from Belarus along the border.") == ("LVA", "BLR")


def test_place_hung_on_the_verb_without_a_said_thing_is_no_target(short) -> None:
    assert _main_pair(short, "Latvia complained of the cold from Riga to the coast.")[1] is None

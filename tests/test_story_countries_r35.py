"""Round 35 story-countries lane. (1) A state body with no country of its own ("the government", "officials", "the
ministry") whose act is aimed at a foreign state is not given that state's country when nothing else in the story
places it there (no dateline, no place, no other mention): "The cabinet denounced Brazil's tariffs" is no Brazilian
cabinet. Police, troops and gunmen keep the country of whom they act on, and a dateline, a place or another
sentence naming the country still gives it. (2) A place fronting a clause ("In Dhaka, the government ...") frames a
bare "the government", which then is not the government of another country told before."""

from __future__ import annotations

from typing import Any

import pytest

from composed import coder_on, current, pair

events = coder_on("2026-12-07")


def _first(short: Any, text: str, words: str) -> tuple[str | None, str | None]:
    """(source country, target country) of the first current event whose sentence contains ``words``."""
    evs = [e for e in current(events(short, text)) if words in str((e.evidence or {}).get("sentence") or "")]
    assert evs, text
    return pair(evs[0])


@pytest.mark.parametrize(
    ("text", "words", "target"),
    [
        ("The cabinet denounced Brazil's new steel tariffs on Thursday.", "denounced", "BRA"),
        ("The government condemned North Korea's latest missile launch.", "condemned", "PRK"),
        ("Officials criticised the Indonesian navy for seizing two fishing trawlers.", "criticised", "IDN"),
    ],
)
def test_state_body_aimed_at_the_only_country_named_gets_none(short: Any, text: str, words: str, target: str) -> None:
    assert _first(short, text, words) == (None, target)


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # a dateline places the story
        ("MEXICO CITY — The government denounced Mexico's drug cartels on Thursday.", "denounced", "MEX"),
        # a place of the country in the sentence
        ("Police detained two Ugandan journalists in Kampala on Monday.", "detained", "UGA"),
        # another sentence names the country as the story's
        (
            "Chile's copper exports fell sharply in October. The government blamed Chile's miners' unions for the "
            "strikes. Chilean officials expect a recovery next year.",
            "blamed",
            "CHL",
        ),
    ],
)
def test_story_placed_elsewhere_keeps_the_country(short: Any, text: str, words: str, want: str) -> None:
    assert _first(short, text, words)[0] == want


def test_gunmen_keep_the_country_of_whom_they_attack(short: Any) -> None:
    # an armed group with no country of its own is of the country its attack is in (ACLED's convention)
    assert _first(short, "Gunmen shot dead an Afghan police officer on Sunday.", "shot")[0] == "AFG"


def test_fronted_place_frames_a_bare_government(short: Any) -> None:
    text = (
        "DHAKA — Bangladesh's home minister said on Tuesday that Myanmar had pushed refugees across the border. "
        "Myanmar's foreign ministry called the charge false. Myanmar officials said the border was calm. "
        "In Dhaka, the government rejected the denial."
    )
    assert _first(short, text, "In Dhaka")[0] == "BGD"


def test_fronted_place_of_the_antecedents_country_keeps_it(short: Any) -> None:
    text = (
        "Myanmar's foreign ministry said on Tuesday that refugees were returning. Myanmar officials said the "
        "border was calm. In Yangon, the government accused Bangladesh of spreading rumours."
    )
    assert _first(short, text, "In Yangon")[0] == "MMR"


def _appeal_target(short: Any, text: str) -> str | None:
    reqs = [e for e in current(events(short, text)) if (e.plover or {}).get("type") == "REQUEST"]
    assert reqs, text
    return pair(reqs[-1])[1]


def test_appeal_to_both_sides_of_a_two_country_fight_gets_no_country(short: Any) -> None:
    # the story names Peru more often, but the fight told before the appeal is between two countries
    text = (
        "Peruvian soldiers traded fire with Ecuadorian troops along the Cenepa river on Monday. Peru's army said "
        "its posts held. Peruvian officials said two soldiers were wounded near Iquitos. The Organization of "
        "American States urged both sides to withdraw."
    )
    assert _appeal_target(short, text) is None


def test_appeal_to_all_parties_of_one_countrys_fight_keeps_it(short: Any) -> None:
    text = (
        "Clan militias fought for a second day outside Kismayo. Somali officials said 15 people died in the "
        "fighting. The Somali president urged all parties to lay down their arms."
    )
    assert _appeal_target(short, text) == "SOM"

"""Named armed groups the KB does not know as such: an unknown capitalised "... Army" that is no state's
force, and a countryless group's branch in one country ("Al-Qaeda in Zorland"). Sentences composed here."""

from __future__ import annotations

import pytest

from wirecoder.article import Actor, Article

pytestmark = pytest.mark.slow


def mentions(short, text: str) -> dict[str, Actor]:
    """Mention text -> resolved actor."""
    art = short(Article(raw=text, source="news", published="2024-03-11"))
    return {m.text: m.actor for m in art.mentions if m.actor is not None}


def sector_of(got: dict[str, Actor], word: str) -> tuple[str | None, str | None]:
    """(country, sector) of the first mention containing ``word``."""
    actor = next(a for text, a in got.items() if word in text)
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        (
            "LARKANA, Pakistan — The Sindhudesh Revolutionary Army said on Tuesday it had bombed a railway "
            "track near Larkana.",
            "Army",
            ("PAK", "REB"),
        ),
        (
            "KHARTOUM — The Sudanese Revolutionary Army ambushed a supply convoy in North Darfur on Sunday.",
            "Army",
            ("SDN", "REB"),
        ),
    ],
)
def test_an_unknown_named_army_is_an_armed_group(short, text, word, want):
    assert sector_of(mentions(short, text), word) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("BANGKOK — The Royal Thai Army sent 300 troops to the flooded provinces on Monday.", ("THA", "MIL")),
        ("NAIROBI — The Kenya Army deployed soldiers to the border town of Mandera on Friday.", ("KEN", "MIL")),
    ],
)
def test_a_state_named_army_stays_the_states_military(short, text, want):
    assert sector_of(mentions(short, text), "Army") == want


def test_a_charity_named_army_is_no_armed_group(short):
    got = mentions(short, "LONDON — The Salvation Army handed out blankets to rough sleepers in Leeds on Sunday.")
    assert all(a.sector != "REB" for text, a in got.items() if "Army" in text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Al-Qaida in Iraq claimed the bombing of a bus station in Baghdad on Thursday.", "Al-Qaida in Iraq", "IRQ"),
        (
            "Islamic State in Mozambique attacked a village near Mocimboa da Praia, burning dozens of homes.",
            "Islamic State in Mozambique",
            "MOZ",
        ),
    ],
)
def test_a_countryless_groups_branch_keeps_its_name_and_country(short, text, name, country):
    got = mentions(short, text)
    assert name in got
    assert (got[name].country, got[name].sector) == (country, "REB")
    assert got[name].name == name


def test_a_group_in_two_countries_is_no_one_countrys_branch(short):
    got = mentions(short, "The Islamic State in Iraq and Syria claimed the killing of two engineers.")
    assert not any(a.country == "IRQ" and a.sector == "REB" for a in got.values())


def test_a_group_with_its_own_country_is_not_widened(short):
    got = mentions(short, "The Taliban in Kabul said on Monday that girls' schools would stay closed.")
    assert not any(text.startswith("Taliban in") or text.startswith("The Taliban in") for text in got)

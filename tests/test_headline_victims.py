"""Victims of a headline passive ("Farmer, son killed in Thai shelling") are the target of the attack,
never its source, even when the parser makes the weapon noun the root and the victims its subject; the
nationality on the weapon is the source. Every headline here was written for this test."""

from __future__ import annotations

import pytest

from wirecoder.article import Article

pytestmark = pytest.mark.slow

VICTIM_WORDS = (
    "farmer",
    "worker",
    "fisherman",
    "son",
    "woman",
    "child",
    "boys",
    "shepherd",
    "civilians",
    "porter",
    "mother",
    "teacher",
)


def _attacks(short, text: str) -> list:
    events = short(Article(raw=text, source="test", published="2024-03-02")).events
    return [e for e in events if e.cameo["code"].startswith(("18", "19"))]


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Farmer, son killed in Thai shelling", "THA"),
        ("Woman, child killed in Pakistani shelling", "PAK"),
        ("Farmer and son killed in Cambodian shelling", "KHM"),
        ("Two boys killed in Indian shelling", "IND"),
        ("Three civilians injured in Turkish artillery shelling", "TUR"),
        ("Porter, Teacher Killed In Azerbaijani Shelling", "AZE"),
    ],
)
def test_victims_before_killed_in_are_the_target(short, headline: str, country: str) -> None:
    attacks = _attacks(short, headline)
    assert attacks, headline
    for e in attacks:
        src = e.source
        assert src is None or not any(w in src.text.lower() for w in VICTIM_WORDS), (headline, src.text)
        assert src is None or src.country == country, (headline, src.country)
    assert any(e.target is not None and any(w in e.target.text.lower() for w in VICTIM_WORDS) for e in attacks)


@pytest.mark.parametrize(
    "headline",
    [
        "Two shepherds hurt in Armenian firing",
        "Soldier killed in Indian sniper fire",
        "Mother, daughter wounded in Israeli air strike",
    ],
)
def test_victims_are_never_the_source_of_a_passive(short, headline: str) -> None:
    for e in _attacks(short, headline):
        assert e.source is None or not any(w in e.source.text.lower() for w in VICTIM_WORDS + ("soldier",))


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Thai troops shell border village, kill farmer", "THA"),
        ("Pakistani troops shelled a village, killing a woman and a child.", "PAK"),
    ],
)
def test_active_attackers_stay_the_source(short, headline: str, source: str) -> None:
    attacks = _attacks(short, headline)
    assert any(e.source is not None and e.source.country == source for e in attacks), headline


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Two shepherds hurt in Azerbaijani firing", "AZE"),
        ("Villager, wife hurt in Indian firing", "IND"),
        ("Three civilians injured in Turkish artillery shelling", "TUR"),
        ("Teenager, Grandmother Wounded In Russian Drone Strike", "RUS"),
        ("Aid worker dies in Indian shelling near the border", "IND"),
        ("Shepherd Dies In Afghan Shelling", "AFG"),
        ("Nine insurgents killed in Nigeria airstrikes", "NGA"),
    ],
)
def test_the_nationality_on_the_weapon_is_the_armed_source(short, headline: str, country: str) -> None:
    attacks = _attacks(short, headline)
    sources = [e.source for e in attacks if e.source is not None]
    assert sources and all(s.country == country for s in sources), (headline, sources)
    assert any(s.sector == "MIL" for s in sources), [s.sector for s in sources]
    # the victims are not the attacker's own people
    assert not any(e.target is not None and e.target.country == country for e in attacks), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Two policemen killed in Quetta",  # a place after "in", not a weapon's maker
        "Farmer killed in Thai border village",
    ],
)
def test_a_place_after_in_is_no_source(short, headline: str) -> None:
    for e in _attacks(short, headline):
        assert e.source is None or e.source.sector != "MIL", (headline, e.source)


def test_a_verb_with_its_own_subjects_is_no_misread_headline(short) -> None:
    """ "killed as X, Y engage in firing": the fighting countries stay the fight's sides."""
    events = _attacks(short, "Soldiers, civilians killed as Armenia, Azerbaijan engage in border firing")
    assert not any(e.target is not None and "soldiers" in e.target.text.lower() and e.source is None for e in events)

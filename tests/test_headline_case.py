"""Title Case headlines parsed in sentence case (wirecoder.headline_case): which lines change, which words
keep their capital, offsets kept; and what the coder then reads from such headlines. Every headline here
was written for this test."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.coding.main_event import main_event
from wirecoder.headline_case import base_forms, is_title_case, sentence_case

COMMON = {"shelling", "kill", "two", "killed", "troops", "rebel", "clash", "air", "strike", "north", "state", "fresh"}
NAMES = {"Indian", "Pakistan", "North Kivu", "Islamic State", "Kabul"}


def _common(word: str) -> bool:
    return bool(base_forms(word) & COMMON)


def _name(text: str) -> bool:
    return text in NAMES


@pytest.mark.parametrize(
    "line",
    [
        "Indian Shelling Kills Two - Pakistan",
        "Rebels Clash With Troops in North Kivu",
        "Air Strike Hits Islamic State Hideout Near Kabul",
    ],
)
def test_title_case_lines_are_recognised(line: str) -> None:
    assert is_title_case(line)


@pytest.mark.parametrize(
    "line",
    [
        "Indian shelling kills two in Kashmir",  # sentence case
        "PAKISTAN ARMY KILLS TWO",  # all capitals: no case to read
        "Kabul, Kandahar",  # too few words
        "The Minister said on Monday that the Talks in Doha would Resume once the Ceasefire held.",  # prose
        "The Twin Isles praised Maribel on Sunday.",  # names and one verb in lower case: prose
    ],
)
def test_other_lines_are_not_title_case(line: str) -> None:
    assert not is_title_case(line)


def test_common_words_lose_their_capital_and_names_keep_it() -> None:
    out = sentence_case("Indian Shelling Kills Two - Pakistan", _common, _name)
    assert out == "Indian shelling kills two - Pakistan"
    out = sentence_case("Air Strike Hits Islamic State Hideout Near Kabul", _common, _name)
    assert out.startswith("air strike Hits Islamic State")  # "Hits", "Hideout": not in this test's word list
    assert "Kabul" in out
    assert sentence_case("Rebels Clash With Troops in North Kivu", _common, _name).endswith("troops in North Kivu")


def test_only_title_case_lines_change_and_offsets_hold() -> None:
    text = "Fresh Clash Kills Two Rebels\n\nTwo rebels were killed in a clash on Monday, the army said."
    out = sentence_case(text, _common, _name)
    assert len(out) == len(text)
    assert out.splitlines()[0] == "fresh clash kills two rebels"
    assert out.splitlines()[2] == text.splitlines()[2]


def test_initials_months_and_acronyms_stay() -> None:
    out = sentence_case("U.S. Air Strike Kills Two in North Waziristan in March", _common, _name)
    assert out.startswith("U.S. air strike kills two")
    assert out.endswith("March")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "killed", "country"),
    [
        ("Afghan Airstrike Kills Six Militants in Kunduz", 6, "AFG"),
        ("Turkish Drone Strike Kills Three in Northern Iraq", 3, "IRQ"),
        ("Nigerian Troops Kill Nine Bandits in Zamfara", 9, "NGA"),
    ],
)
def test_title_case_headlines_are_coded(short, headline: str, killed: int, country: str) -> None:
    article = short(Article(raw=headline, source="test", published="2024-03-02"))
    main = main_event(article.events)
    assert main is not None
    assert sum(int(e.fatalities or 0) for e in article.events) == killed
    assert (main.location or {}).get("country") == country
    assert article.sentences[0].text == headline  # the article keeps its own case


@pytest.mark.slow
def test_title_case_digest_gives_no_event(short) -> None:
    article = short(Article(raw="Weekly Security Roundup for Eastern Congo", source="test", published="2024-03-02"))
    assert article.events == []


@pytest.mark.slow
def test_peoples_faiths_and_names_keep_their_capital(short) -> None:
    nlp = next(s for s in short.stages if s.name == "nlp")
    out = nlp.for_parser("Kurdish Fighters Say They Repelled Attack on Christian Village Near Qamishli")
    assert out == "Kurdish fighters say they repelled attack on Christian village near Qamishli"
    assert nlp.for_parser("Army Kills 13 Gunmen in Michoacan") == "army kills 13 gunmen in Michoacan"

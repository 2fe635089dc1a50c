"""Round 28, wire leads: openers the dateline finder did not take off the first sentence. A headline run into
the story ahead of a full wire dateline, an agency's name alone in brackets ("(CNN) —") and a byline standing
where the headline would be are not story text (clean/dateline.py, clean/__init__.py, wire_slugs.yaml
``agency_openers``). Every text is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.clean import CleanStage
from wirecoder.clean.dateline import split_agency_opener, split_run_in_headline
from wirecoder.settings import Settings


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    return CleanStage(Settings(check_language=False, min_words=3))


def cleaned(stage: CleanStage, text: str) -> Article:
    return stage(Article(raw=text, source="test", published="2026-12-07"))


def events(short, text: str, published: str = "2026-12-07") -> list[Event]:
    art = short(Article(raw=text, source="test", published=published))
    return [e for e in art.events if not e.background]


# --- a headline run into the story ahead of a full dateline


def test_a_headline_run_into_a_wire_dateline_is_split_off():
    head, rest = split_run_in_headline(
        "Blast kills four at market in Kano KANO, Nigeria, Dec 6 (Reuters) - A bomb exploded at a market on Sunday."
    )
    assert head == "Blast kills four at market in Kano"
    assert rest.startswith("KANO, Nigeria, Dec 6 (Reuters) - A bomb")


def test_a_sentence_ending_before_capitals_is_no_headline():
    text = "The army said it was ready. KANO (Reuters) - Troops moved in on Sunday."
    assert split_run_in_headline(text) == (None, text)


def test_capitals_without_an_agency_are_no_run_in_dateline():
    text = "Protesters marched in Lima as the NGO CONAMAQ - a farmers' group - joined them on Sunday."
    assert split_run_in_headline(text) == (None, text)


def test_a_run_in_headline_becomes_the_title_without_its_slug(clean):
    art = cleaned(
        clean,
        "UPDATE 2-Strike kills three in Kherson KYIV, Dec 6 (Reuters) - A Russian drone struck a bus in "
        "Kherson on Sunday, killing three people, the governor said.",
    )
    assert art.title == "Strike kills three in Kherson"
    assert art.text.startswith("KYIV, Dec 6 (Reuters) -\nA Russian drone")
    assert art.dateline == "Kyiv"


def test_a_run_in_headline_gives_no_event_of_its_own(short):
    evs = events(
        short,
        "UPDATE 1-Bomb kills two at Kabul mosque KABUL, Dec 4 (Reuters) - A bomb exploded in a mosque in western "
        "Kabul during Friday prayers, killing two worshippers, police said.",
    )
    assert len(evs) == 1
    assert evs[0].plover.get("type") == "ASSAULT" and evs[0].fatalities == 2


# --- an agency's name alone in brackets


def test_an_agency_opener_is_taken_off():
    assert split_agency_opener("(CNN) — Police in Lima arrested ten people.") == (
        "(CNN) —",
        "Police in Lima arrested ten people.",
    )
    assert split_agency_opener("(AP) Police in Lima arrested ten people.")[1] == "Police in Lima arrested ten people."


def test_a_bracket_that_is_no_agency_stays():
    for text in ("(Updated) Police in Lima arrested ten people.", "(CNN reported) Police arrested ten people."):
        assert split_agency_opener(text) == (None, text)


def test_the_agency_of_an_opener_is_not_the_story_country(short):
    evs = events(
        short,
        "(CNN) — A gunman opened fire at a wedding party in southeastern Turkey on Sunday, killing five people, "
        "the governor's office said.",
    )
    assert evs and evs[0].target is not None and evs[0].target.country == "TUR"
    assert evs[0].fatalities == 5


def test_an_agency_named_in_the_story_is_kept(clean):
    art = cleaned(clean, "Protesters gathered outside the offices of CNN (CNN) in Atlanta on Sunday, police said.")
    assert "(CNN)" in art.text


# --- a byline where the headline would be


def test_a_byline_over_the_story_is_no_headline(clean):
    art = cleaned(
        clean,
        "By Amina Yusuf and Tom Baker\n\nABUJA, Dec 7 (Reuters) - Bandits abducted 30 villagers in Zamfara state, "
        "police said on Monday.",
    )
    assert art.title is None
    assert art.byline is not None and art.byline.startswith("Amina Yusuf")
    assert art.dateline == "Abuja"


def test_a_headline_starting_with_by_is_still_a_headline(clean):
    art = cleaned(
        clean,
        "By-election violence leaves two dead in Sindh\n\nKARACHI, Dec 7 (Reuters) - Two people were killed in "
        "clashes between rival party workers during a by-election in Sindh province on Sunday, police said.",
    )
    assert art.title == "By-election violence leaves two dead in Sindh"


@pytest.mark.parametrize(
    "paragraph",
    [
        "ADDIS ABABA, May 18 (AP) - The government criticised Egypt for its stance on the dam.",
        "NEW DELHI, Dec 2 (Reuters) - Indian forces killed three militants in Kupwara.",
    ],
)
def test_a_place_of_several_words_in_capitals_is_no_run_in_headline(paragraph):
    """Negative: the first word of a dateline's place in capitals ("ADDIS" of "ADDIS ABABA") is no headline."""
    assert split_run_in_headline(paragraph) == (None, paragraph)

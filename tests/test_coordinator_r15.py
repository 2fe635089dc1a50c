"""Round 15, the coordinator's probes of wire sentences: a speaker's act after what the speaker said.

Every sentence is composed for these tests.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def events(short, text: str) -> list[Event]:
    return [e for e in short(Article(raw=text, source="test", published="2026-07-31")).events if not e.background]


def by_trigger(evs: list[Event], word: str) -> Event | None:
    return next((e for e in evs if e.trigger.get("text") == word), None)


@pytest.mark.parametrize(
    ("text", "trigger", "root", "source", "target"),
    [
        (
            "Iran said the sanctions would hurt ordinary people and urged Washington to lift them.",
            "urged",
            "02",
            "IRN",
            "USA",
        ),
        ("Kenya said the talks will resume in May and warned Somalia against delays.", "warned", "13", "KEN", "SOM"),
        (
            "Japan said the missile tests are a threat and urged China to restrain its ally.",
            "urged",
            "02",
            "JPN",
            "CHN",
        ),
    ],
)
def test_a_speakers_act_after_what_was_said_is_the_speakers(short, text, trigger, root, source, target):
    ev = by_trigger(events(short, text), trigger)
    assert ev is not None
    assert ev.cameo["root"] == root
    assert ev.source is not None and ev.source.country == source
    assert ev.target is not None and ev.target.country == target


def test_acts_of_a_reported_past_clause_stay_its_subjects(short):
    # told in the past, the second act is the gunmen's own
    ev = by_trigger(
        events(short, "Police in Nigeria said the gunmen stormed the hotel and demanded a ransom."), "demanded"
    )
    assert ev is None or (ev.source is not None and "gunmen" in ev.source.text)


def test_only_a_speakers_acts_move():
    from wirecoder.nlp import load_spacy, repair_parse
    from wirecoder.settings import Settings

    s = Settings()
    nlp = load_spacy(s.spacy_model, s.max_sentence_tokens, s.max_chars)
    doc = repair_parse(nlp, nlp("Officials said the rebels would regroup and attacked the town."))
    said = next(t for t in doc if t.lower_ == "said")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert attacked.head != said  # "attack" is no act a speaker goes on to do: left where the parser put it
    doc = repair_parse(nlp, nlp("Officials said the rebels would regroup and urged residents to leave."))
    said = next(t for t in doc if t.lower_ == "said")
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.head == said

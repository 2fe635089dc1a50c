"""Tests of the word lists' named subsets: one list per kind of word, rules pick subsets of it
(sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors.syntax import place_preps, speaker_verbs
from wirecoder.coding import lexicon
from wirecoder.coding.patterns import load_patterns
from wirecoder.errors import DataError


def test_lexicon_subsets_are_inside_their_list():
    for name, main in lexicon.SUBSETS_OF.items():
        data = lexicon.load(name)
        for key in data["subsets"]:
            assert lexicon.subset(name, key) <= lexicon.word_set(data[main])


def test_lexicon_subsets_feed_the_resolver_and_the_coder():
    assert {"say", "tell"} <= speaker_verbs()
    assert {"in", "near"} <= place_preps() and "of" not in place_preps()
    assert load_patterns("cameo.v1").config.reporting_verbs == lexicon.subset("speech_verbs", "reporting")


def test_lexicon_place_prepositions_keep_on_and_off_as_words():
    assert {"on", "off"} <= lexicon.subset("place_prepositions", "event_location")


def test_lexicon_unknown_subset_is_a_data_error():
    with pytest.raises(DataError, match="no subset"):
        lexicon.subset("speech_verbs", "nothing_like_this")


def test_lexicon_subset_member_outside_the_list_names_it(tmp_path: Path, monkeypatch):
    (tmp_path / "place_prepositions.yaml").write_text(
        "version: 1\nprepositions: [in, at]\nsubsets:\n  mine: [in, beside]\n", encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    original = lexicon.load
    monkeypatch.setattr(lexicon, "load", lambda name: original(name, tmp_path))
    lexicon.subset.cache_clear()
    try:
        with pytest.raises(DataError, match="beside"):
            lexicon.subset("place_prepositions", "mine")
    finally:
        lexicon.subset.cache_clear()


def test_lexicon_bare_yaml_boolean_is_refused(tmp_path: Path, monkeypatch):
    (tmp_path / "place_prepositions.yaml").write_text(
        "version: 1\nprepositions: [in, on]\nsubsets:\n  mine: [in, on]\n", encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    original = lexicon.load
    monkeypatch.setattr(lexicon, "load", lambda name: original(name, tmp_path))
    lexicon.subset.cache_clear()
    try:
        with pytest.raises(DataError, match="quote it"):
            lexicon.subset("place_prepositions", "mine")
    finally:
        lexicon.subset.cache_clear()

"""Plural nouns the small parser reads as verbs ("On 2 May, youths protesting power cuts burned tyres": "youths"
a present verb, "cuts" the subject of "burned", no event). The sentence is parsed again with a plain plural noun
standing in (``plural_stand_ins.yaml``); when the copy reads the stand-in as a noun and has one root, its parse
replaces the sentence's and the word is a plural noun with its own lemma. Text, tokens, offsets and entities stay
as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_standing_in
from .yamlfiles import data_path, read_yaml


@cache
def _lexicon() -> tuple[str, dict[str, str]]:
    """(the stand-in noun, plural -> its lemma)."""
    data = read_yaml(data_path("lexicon", "plural_stand_ins.yaml"))
    return str(data["stand_in"]), {str(k).lower(): str(v) for k, v in data["plurals"].items()}


def reparse_plural_stand_ins(nlp: Any, doc: Any) -> Any:
    """``doc`` with each sentence whose listed plural noun was read as a verb parsed again."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _misread(t)), None)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _misread(tok: Any) -> bool:
    """A listed plural tagged a verb, or made the root while a past verb follows it ("youths protesting fuel prices
    burned tyres": "youths" the root, "prices" the subject of "burned")."""
    if tok.lower_ not in _lexicon()[1]:
        return False
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.dep_ == "ROOT" and any(t.tag_ == "VBD" and t.i > tok.i for t in tok.sent)


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    stand_in, lemmas = _lexicon()
    copy = parse_standing_in(nlp, sent, tok, stand_in)
    noun = copy[tok.i - sent.start]
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or sum(t.dep_ == "ROOT" for t in copy) != 1:
        return
    adopt(doc, sent, copy.to_array(PARSE_ATTRS))
    word = doc[tok.i]
    word.tag_, word.pos_, word.lemma_ = "NNS", "NOUN", lemmas[tok.lower_]

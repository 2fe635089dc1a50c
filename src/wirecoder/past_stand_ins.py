"""Irregular past forms the small parser reads as nouns ("The army retook control of Mweso": "army retook
control" one noun phrase, no verb, no event). The sentence is parsed again with a regular past verb of the same
frame standing in (``stand_in_pasts`` of ``ergative_verbs.yaml``: "recaptured" for "retook"); when the copy reads
the stand-in as a past verb, its parse replaces the sentence's and the word keeps its own lemma. Text, tokens,
offsets and entities stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_standing_in
from .yamlfiles import data_path, read_yaml


@cache
def stand_ins() -> dict[str, tuple[str, str]]:
    """word -> (regular past verb standing in for it, the word's lemma)."""
    data = read_yaml(data_path("lexicon", "ergative_verbs.yaml"))["stand_in_pasts"]
    return {str(k).lower(): (str(v[0]), str(v[1])) for k, v in data.items()}


def reparse_stand_in_pasts(nlp: Any, doc: Any) -> Any:
    """``doc`` with each sentence whose listed past form was read as a noun or an adjective parsed again."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _misread(t)), None)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _misread(tok: Any) -> bool:
    """A listed word tagged a noun or an adjective, after a noun or a name and before more of the sentence."""
    if tok.lower_ not in stand_ins() or tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    return tok.i > tok.sent.start and tok.nbor(-1).pos_ in {"NOUN", "PROPN"} and tok.i + 1 < tok.sent.end


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    stand_in, lemma = stand_ins()[tok.lower_]
    copy = parse_standing_in(nlp, sent, tok, stand_in)
    verb = copy[tok.i - sent.start]
    if verb.tag_ != "VBD" or sum(t.dep_ == "ROOT" for t in copy) != 1:
        return
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    adopt(doc, sent, copy.to_array(PARSE_ATTRS))
    doc[tok.i].lemma_ = lemma

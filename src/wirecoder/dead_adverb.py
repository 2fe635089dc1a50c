""" "dead" read as an adverb: in "Three suspected bandit dead after gunfight in X" the tagger makes
the noun the line's root and "dead" an adverb of the preposition after it, so no death is found. A copy of
the line with "killed" in its place is parsed token for token; when the copy reads the word as the line's
predicate or the noun's participle (a headline passive), its parse replaces the line's, the word keeping its own text, lemma and an
adjective's tag. Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_standing_in

MAX_TOKENS = 20  # a longer line is prose
_STAND_IN = "killed"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def reparse_dead_adverbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each short verbless line's adverb "dead" after a noun read as its predicate."""
    for sent in list(doc.sents):
        if len(sent) > MAX_TOKENS or any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in sent):
            continue
        tok = next((t for t in sent if _misread(t)), None)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _misread(tok: Any) -> bool:
    return bool(tok.lower_ == "dead" and tok.pos_ == "ADV" and tok.i > tok.sent.start and tok.nbor(-1).pos_ == "NOUN")


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    rel = tok.i - sent.start
    copy = parse_standing_in(nlp, sent, tok, _STAND_IN)
    verb = copy[rel]
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < rel]
    modifies = verb.dep_ == "acl" and verb.head.i == rel - 1 and verb.head.dep_ == "ROOT"  # "militant killed"
    if verb.tag_ not in {"VBN", "VBD"} or not (verb.dep_ == "ROOT" and subj or modifies):
        return
    adopt(doc, sent, copy.to_array(PARSE_ATTRS))
    word = doc[tok.i]
    word.tag_, word.pos_, word.lemma_ = "JJ", "ADJ", "dead"
    if modifies:
        word.dep_ = "amod"  # "two militant dead": the adjective of the noun, as "Two gunmen dead" reads

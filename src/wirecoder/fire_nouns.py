"""Fire nouns the tagger reads as participles after a nationality: in "Two deaths in Somali firing across
border" "Somali" becomes the preposition's object and "firing" a clause of its own, so no attack is found.
A copy of the sentence with the word read "gunfire" is parsed token for token; when the copy makes it the
noun the nationality modifies, its parse replaces the sentence's, the word keeping its own lemma and a
noun's tag. Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_standing_in

# -ing nouns of fire a headline puts after a nationality ("Indian shelling", "Thai firing").
FIRE_WORDS = frozenset({"firing", "shelling", "shooting", "bombing", "bombardment"})
_STAND_IN = "gunfire"
_OF_MEANS = frozenset({"in", "by", "from", "after", "during"})  # "killed in / by / after X firing"
_NOT_NATIONAL = frozenset({"LOC", "FAC", "ORG", "DATE", "TIME"})  # a place (GPE) modifies the fire as well


def reparse_fire_nouns(nlp: Any, doc: Any) -> Any:
    """``doc`` with each "<preposition> <nationality> <fire word>" read as a noun phrase."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _misread(t)), None)
        if tok is not None and tok.dep_ == "pobj" and tok.nbor(-1).head.i == tok.i:
            _as_noun(tok)  # "in Indian firing" parsed right, tagged a participle
        elif tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _as_noun(tok: Any) -> None:
    tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_


def _misread(tok: Any) -> bool:
    if tok.lower_ not in FIRE_WORDS or tok.tag_ != "VBG" or tok.i < tok.sent.start + 2:
        return False
    nation, prep = tok.nbor(-1), tok.nbor(-2)
    return _national(nation) and prep.lower_ in _OF_MEANS


def _national(tok: Any) -> bool:
    """A nationality word: tagged one, or a capitalised adjective or name the tagger calls no place or body
    ("Azerbaijani" read as a person, "Kyrgyz" as a place)."""
    if tok.ent_type_ == "NORP":
        return True
    return bool(tok.is_title and tok.pos_ in {"ADJ", "PROPN"} and tok.ent_type_ not in _NOT_NATIONAL)


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    rel = tok.i - sent.start
    copy = parse_standing_in(nlp, sent, tok, _STAND_IN)
    noun = copy[rel]
    if not noun.tag_.startswith("NN") or copy[rel - 1].head.i != rel or noun.head.pos_ != "ADP":
        return
    adopt(doc, sent, copy.to_array(PARSE_ATTRS))
    _as_noun(doc[tok.i])

"""Headlines whose present-tense verb the tagger reads as a noun ("Pakistan summons Indian envoy", "India
and Pakistan exchange fire", "Army pounds rebel hideouts"): the line parses as a string of nouns and no
event is found. For a short line with no verb at all, a copy with the word in its past form ("summoned") is
parsed token for token; when the copy reads as a clause its parse replaces the line's, with the word itself
tagged a present-tense verb. Text, tokens, offsets and entities stay as they were.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_copy
from .yamlfiles import read_yaml

PRESENT_VERBS = Path(__file__).parent / "data" / "headlines" / "present_verbs.yaml"
MAX_TOKENS = 20  # a longer line is prose, not a headline
_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM"})
_NOUN_DEPS = frozenset({"compound", "amod", "nsubj", "nmod", "appos", "pobj", "dobj"})  # a verb read into a noun phrase
_REPORTING = frozenset({"say", "claim", "report", "allege", "confirm"})  # "X says Y fire kills Z": Y's verb still
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_AFTER = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "ADV", "PART"})


@cache
def past_forms() -> dict[str, str]:
    """word -> its past form, from ``present_verbs.yaml``."""
    return {str(k).lower(): str(v) for k, v in read_yaml(PRESENT_VERBS).items()}


def reparse_headline_verbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each headline line re-parsed around its mistagged present-tense verb."""
    for sent in list(doc.sents):
        if len(sent) > MAX_TOKENS:
            continue
        tok = _candidate(sent)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _candidate(sent: Any) -> Any | None:
    """The first word of the list with a noun phrase before it and a word of a phrase after it."""
    forms = past_forms()
    if any(t.dep_ == "ROOT" and (t.tag_ in {"VBD", "VBN"} or t.pos_ == "ADJ") for t in sent):
        return None  # "Four killed in drone attack", "Five dead in drones attack": the line has its predicate
    for tok in sent:
        misread = tok.lower_ in forms and (tok.pos_ != "VERB" or tok.dep_ in _NOUN_DEPS or _bare_root(tok))
        if not misread and (tok.tag_ in _FINITE or tok.pos_ == "AUX") and tok.lemma_.lower() not in _REPORTING:
            return None  # the line has its verb: "Army raids kill 12"
        if not misread or tok.i == sent.start or tok.i + 1 >= sent.end or _after_preposition(tok):
            continue
        if tok.nbor(-1).pos_ in _NOUNISH and (tok.nbor(1).pos_ in _AFTER or _participle_before_noun(tok.nbor(1))):
            return tok
    return None


def _bare_root(tok: Any) -> bool:
    """ "kill" in "Militia kill spy" read as an imperative: a base-form root with no subject, a noun before it."""
    return bool(
        tok.tag_ == "VB"
        and tok.dep_ == "ROOT"
        and tok.i > tok.sent.start
        and tok.nbor(-1).pos_ == "NOUN"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    )


def _participle_before_noun(tok: Any) -> bool:
    """ "reported" in "militia kill reported spy": a participle that modifies the noun after it."""
    return bool(tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.head.i > tok.i)


def _after_preposition(tok: Any) -> bool:
    """A word ending a prepositional phrase ("killed in a drone attack in X"), not a verb read as a noun;
    one with a noun phrase after it may still be the verb ("says fire across border kills driver")."""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.dep_ == "pobj"
        and tok.head.pos_ == "ADP"
        and tok.head.i < tok.i
        and (after is None or after.pos_ in {"ADP", "PUNCT", "CCONJ"})
    )


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    """Take the parse of a copy with the word in its past form; failing that, of a copy whose noun before the
    word is also read "it" ("Suicide bomber targeted officer" reads "targeted" as an adjective, "Suicide it
    targeted officer" as the verb), the noun and its own modifiers keeping their words' parse."""
    rel = tok.i - sent.start
    words = [t.text for t in sent]
    words[rel] = past_forms()[tok.lower_]
    part = _clause_copy(nlp, sent, words, rel)
    noun = tok.nbor(-1)
    if part is None and noun.pos_ == "NOUN":
        words[rel - 1] = "it"
        part = _clause_copy(nlp, sent, words, rel)
    if part is None:
        return
    rows: list[int] = []
    tags: list[int] = []
    if words[rel - 1] == "it":  # the noun's own modifiers ("Suicide" of "Suicide bomber") and its tags
        rows = [j for j in range(sent.start, noun.i) if sent.start <= doc[j].head.i <= noun.i and doc[j].head.i != j]
        tags = [noun.i]
    adopt(doc, sent, part, keep_rows=rows, keep_tags=tags)
    doc[tok.i].tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"


def _clause_copy(nlp: Any, sent: Any, words: list[str], rel: int) -> Any | None:
    """The parse array of ``words`` when it reads the word at ``rel`` as the line's verb with a subject
    before it and an object, particle or phrase after it; else None."""
    copy = parse_copy(nlp, sent, words)
    verb = copy[rel]
    roots = [t for t in copy if t.dep_ == "ROOT"]
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < rel]
    after = [c for c in verb.children if c.i > rel and c.dep_ in {"dobj", "prt", "prep", "ccomp", "dative"}]
    if verb.pos_ != "VERB" or len(roots) != 1 or not subj or not after or roots[0] not in {verb, verb.head}:
        return None
    return copy.to_array(PARSE_ATTRS)

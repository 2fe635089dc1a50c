"""Sentences the parser leaves with no predicate. "An explosive device detonated near a mosque in X." reads
as the noun phrase "a device (that was) detonated near ..." and no event is found: in a sentence of prose
with no finite verb at all, the last participle of an ergative verb (``ergative_verbs.yaml``) that modifies
a noun becomes the sentence's verb, the sentence's head noun its subject. "Gunmen riding a motorcycle shot
dead a policeman" reads "motorcycle shot" as one noun: the sentence is parsed again with the noun before
the verb read as a pronoun, and takes that parse when it makes the word a verb. Text, tokens, offsets and
entities stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_copy, rehead
from .yamlfiles import data_path, read_yaml

MIN_TOKENS = 8  # a shorter line is a headline, whose participles are passives ("Two killed in blast")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = frozenset({"prep", "punct", "advmod", "npadvmod", "cc"})  # "On 3 May, ...": the clause's


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = read_yaml(data_path("lexicon", "ergative_verbs.yaml"))
    return {k: frozenset(str(v).lower() for v in data[k]) for k in ("verbs", "noun_read_verbs")}


def ergative_verbs() -> frozenset[str]:
    """The verbs of ``ergative_verbs.yaml``."""
    return _lists()["verbs"]


def reparse_noun_read_verbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each sentence whose verb was read into a compound noun ("a motorcycle shot") parsed again."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _noun_read(t)), None)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _noun_read(tok: Any) -> bool:
    if tok.lower_ not in _lists()["noun_read_verbs"] or not tok.tag_.startswith("NN") or tok.i == 0:
        return False
    before = tok.nbor(-1)
    return before.pos_ == "NOUN" and before.i > tok.sent.start and tok.i + 1 < tok.sent.end


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    noun = tok.nbor(-1)
    words = [t.text for t in sent]
    words[noun.i - sent.start] = "it"
    if noun.i - 1 >= sent.start and doc[noun.i - 1].dep_ == "det":
        words[noun.i - 1 - sent.start] = "the"
    copy = parse_copy(nlp, sent, words)
    if copy[tok.i - sent.start].tag_ not in {"VBD", "VBN"} or sum(t.dep_ == "ROOT" for t in copy) != 1:
        return
    # the noun and its article keep their own words' tags
    adopt(doc, sent, copy.to_array(PARSE_ATTRS), keep_tags=(noun.i, noun.i - 1))


def promote_participles(doc: Any) -> Any:
    """``doc`` with the participle of each verbless prose sentence made its verb (see the module)."""
    for sent in list(doc.sents):
        if len(sent) < MIN_TOKENS:
            continue
        finite = _finite_relative(sent)
        if finite is not None:
            _promote(doc, sent.root, finite)
            continue
        if any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in sent):
            continue
        root = sent.root
        verbs = [
            t
            for t in sent
            if t.tag_ == "VBN" and t.dep_ == "acl" and t.i > root.i and t.lemma_.lower() in ergative_verbs()
        ]
        if root.pos_ in {"NOUN", "PROPN"} and verbs and not any(c.dep_ == "agent" for c in verbs[-1].children):
            _promote(doc, root, verbs[-1])
    return doc


def _finite_relative(sent: Any) -> Any | None:
    """The past-tense verb the parser hung on the sentence's head noun as a relative clause while tagging it
    finite ("The opposition leader called on X to resign": ``called`` VBD, ``acl`` of ``leader``), when it is
    the sentence's only finite word outside a relative clause set off by commas between the two ("Angola,
    which mediates between the neighbours, called on both governments ...") and the noun its root; None
    otherwise."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    aside = _comma_relative(sent, root)
    finite = [t for t in sent if (t.tag_ in _FINITE or t.pos_ == "AUX") and t.i not in aside]
    after = root.i + 1 + (len(aside) + 2 if aside else 0)  # the verb's place: right after the noun or the aside
    if (
        aside
        and not finite
        and after < sent.end
        and sent.doc[after].tag_ == "VBN"
        and sent.doc[after].lower_.endswith("ed")
    ):
        # "China, which has brokered ceasefires, called on ...": a regular past tagged a participle (never
        # "flown", which is no past tense)
        finite = [sent.doc[after]]
    if len(finite) != 1:
        return None
    verb = finite[0]
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "acl" or verb.head.i != root.i or verb.i != after:
        return None
    return None if any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in verb.children) else verb


def _comma_relative(sent: Any, root: Any) -> set[int]:
    """The token indexes of a relative clause of ``root`` told between two commas right after it ("Angola,
    which mediates ..., called"); empty when there is none."""
    doc = sent.doc
    if root.i + 1 >= sent.end or doc[root.i + 1].text != ",":
        return set()
    for child in root.children:
        if child.dep_ != "relcl":
            continue
        span = {t.i for t in child.subtree}
        first, last = min(span), max(span)
        if first == root.i + 2 and last + 1 < sent.end and doc[last + 1].text == ",":
            return span
    return set()


def _promote(doc: Any, noun: Any, verb: Any) -> None:
    heads = {verb.i: verb.i, noun.i: verb.i}
    for child in noun.children:  # what follows the verb, and a date or place before the noun, are the verb's
        if child.i > verb.i or (child.i < noun.i and child.dep_ in _CLAUSE_DEPS):
            heads[child.i] = verb.i
    rehead(doc, heads, {verb.i: "ROOT", noun.i: "nsubj"})
    doc[verb.i].tag_ = "VBD"

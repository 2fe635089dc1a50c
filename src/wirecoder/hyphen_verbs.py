"""Hyphenated verbs read as adjectives or modifiers. "Police lathi-charged protesting teachers in Sargodha." is read
as one noun phrase ("police lathi-charged ... teachers"), with "charged" an adjective of "teachers" and no verb, and
"North Korea test-fired two ballistic missiles into the sea" makes "fired" an adjective of "missiles": no event is
found. A copy of the sentence with the hyphen's first word and the hyphen read as two adverbs ("police then also
charged protesting teachers") is parsed; when the copy makes the word a finite verb or a participle with a
subject, its parse replaces the sentence's, the two words keeping their own text, tag and lemma (so a frame can
still read "test -"). Two kinds of word are tried: the listed verbs after their listed first words, and any past
form glued to a lower-case first word that the parser hung on a noun as a modifier. Text, tokens, offsets and
entities stay as they were.

Words: ``data/lexicon/hyphen_verbs.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_copy

_STAND_INS = ("then", "also")  # for the first word and the hyphen
_VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_HYPHENS = frozenset({"-", "‐", "–"})


@dataclass(frozen=True)
class HyphenWords:
    first_words: frozenset[str]
    verbs: frozenset[str]


@cache
def _lists() -> HyphenWords:
    from .coding import lexicon  # imported when first needed, as the coder's speech verbs are

    return lexicon.word_lists("hyphen_verbs", HyphenWords)


def _misread(tok: Any) -> bool:
    """``tok`` is the verb of "<first word> - <verb>", read as no verb."""
    if tok.i - 2 < tok.sent.start or tok.nbor(-1).text not in _HYPHENS:
        return False
    first = tok.nbor(-2)
    words = _lists()
    if tok.lower_ in words.verbs and first.lower_ in words.first_words:
        return not (tok.pos_ == "VERB" and tok.dep_ in _VERB_DEPS)
    glued = not tok.nbor(-1).whitespace_ and not first.whitespace_
    # only where the parser found no verb: the noun the form modifies heads the sentence ("North Korea test-fired
    # two missiles": "missiles" the root, or the noun a speech verb reports); "the so-called plan was rejected", "a rebel-held town was shelled" keep
    # their adjectives
    verbless = tok.head.dep_ in {"ROOT", "ccomp"} and tok.head.pos_ in {"NOUN", "PROPN"}
    return bool(
        verbless
        and tok.tag_ in {"VBD", "VBN"}
        and tok.dep_ in _MODIFIER_DEPS
        and glued
        and first.is_alpha
        and first.is_lower
    )


def reparse_hyphen_verbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each hyphenated verb read as an adjective parsed again as the verb it is."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _misread(t)), None)
        if tok is None:
            continue
        rel = tok.i - sent.start
        words = [t.text for t in sent]
        words[rel - 2], words[rel - 1] = _STAND_INS
        copy = parse_copy(nlp, sent, words)
        verb = copy[rel]
        subject = any(c.dep_ == "nsubj" for c in verb.children)
        if verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP", "VBG"} or verb.dep_ not in _VERB_DEPS or not subject:
            continue
        adopt(doc, sent, copy.to_array(PARSE_ATTRS), keep_tags=(tok.i - 2, tok.i - 1))
    return doc

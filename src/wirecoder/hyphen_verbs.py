"""A verb with a hyphenated prefix read as a modifier: in "North Korea test-fired two ballistic missiles into the
sea" the small parser makes "fired" an adjective of "missiles" and the missiles the sentence's root, so no one fires
anything. A copy of the sentence with plain adverbs in place of the prefix and its hyphen ("North Korea also also
fired ...") is parsed token for token; when the copy reads the verb as a finite verb with a subject, its parse
replaces the sentence's, the prefix and the hyphen keeping their own tags (their words stay in the text, so a frame
can still read "test -"). Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_copy

_STAND_IN = "also"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def reparse_hyphen_verbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each "<prefix>-<past verb>" read as a modifier re-read as the sentence's verb."""
    for sent in list(doc.sents):
        verb = next((t for t in sent if _misread(t)), None)
        if verb is not None:
            _reparse(nlp, doc, sent, verb)
    return doc


def _misread(tok: Any) -> bool:
    """A past form right after "<word>-" that the parser hung on a noun as a modifier."""
    if tok.tag_ not in {"VBD", "VBN"} or tok.dep_ not in _MODIFIER_DEPS or tok.i < tok.sent.start + 2:
        return False
    hyphen, prefix = tok.nbor(-1), tok.nbor(-2)
    glued = not hyphen.whitespace_ and not prefix.whitespace_
    return bool(hyphen.text == "-" and glued and prefix.is_alpha and prefix.is_lower)


def _reparse(nlp: Any, doc: Any, sent: Any, verb: Any) -> None:
    rel = verb.i - sent.start
    words = [t.text for t in sent]
    words[rel - 2] = words[rel - 1] = _STAND_IN
    copy = parse_copy(nlp, sent, words)
    read = copy[rel]
    if read.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in read.children):
        return
    adopt(doc, sent, copy.to_array(PARSE_ATTRS), keep_tags=(verb.i - 2, verb.i - 1))

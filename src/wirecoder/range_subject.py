""" "Between 6 and 10 combatants were killed": at the head of a sentence the small parser reads "Between" as a
preposition of the verb and the counted noun as its object, so the passive has no subject and no one is killed.
A copy of the sentence with "About" in its place is parsed; when the copy makes the noun the verb's subject,
its parse replaces the sentence's ("Between" keeping its own tag and lemma). Text, tokens, offsets and
entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_standing_in

_STAND_IN = "About"


def reparse_range_subjects(nlp: Any, doc: Any) -> Any:
    """``doc`` with each sentence that opens on "Between N and M <nouns>" read with the nouns as subject."""
    for sent in list(doc.sents):
        first = sent[0]
        if first.lower_ != "between" or first.dep_ != "prep" or len(sent) < 5:
            continue
        noun = next((c for c in first.children if c.dep_ == "pobj"), None)
        if noun is None or noun.tag_ != "NNS" or not any(c.like_num for c in noun.children):
            continue
        copy = parse_standing_in(nlp, sent, first, _STAND_IN)
        rel = noun.i - sent.start
        if copy[rel].dep_ in {"nsubj", "nsubjpass"}:
            adopt(doc, sent, copy.to_array(PARSE_ATTRS), keep_tags=[first.i])
    return doc

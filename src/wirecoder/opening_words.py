"""A capitalised common word that opens a sentence read as the first word of a person's name: "Neighbouring Mali
offered its condolences" tagged as one PERSON "Neighbouring Mali" (Mali lost, a local actor of the story's
country instead), "Gang members fired on police" tagged "Gang" as a PERSON (then the surname of a KB person, a
Chinese banker: CHN). The word leaves the entity when it is in lexicon/opening_words.yaml or when the same text
writes it in lower case elsewhere ("a gang leader") and it modifies a common noun here ("Gang members"): a
name is not written in lower case. An entity of that one
word is dropped; "Mali" is then found by its alias, "Gang members" as a common noun phrase. Text, tokens,
offsets and the parse stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Span


@cache
def _opening_words() -> frozenset[str]:
    from .coding.lexicon import load, word_set  # the package's lexicon loader (imported when first needed)

    return word_set(load("opening_words")["words"])


def _common_opener(doc: Any, ent: Any, lowered: frozenset[str]) -> bool:
    tok = doc[ent.start]
    if ent.label_ != "PERSON" or not tok.is_sent_start or not tok.is_title or not tok.is_alpha:
        return False
    if tok.lower_ in _opening_words():
        return True
    # "Gang members" beside "a gang leader": a modifier of a common noun, written in lower case elsewhere
    head = tok.head
    return tok.lower_ in lowered and tok.dep_ in {"compound", "amod"} and head.is_lower and head.pos_ == "NOUN"


def trim_opening_words(doc: Any) -> Any:
    """``doc`` with a sentence-opening common word cut from the PERSON entity it starts."""
    if not any(e.label_ == "PERSON" and doc[e.start].is_sent_start for e in doc.ents):
        return doc
    lowered = frozenset(t.text for t in doc if t.is_alpha and t.text.islower())
    ents, changed = [], False
    for ent in doc.ents:
        if not _common_opener(doc, ent, lowered):
            ents.append(ent)
            continue
        changed = True
        if len(ent) > 1:
            ents.append(Span(doc, ent.start + 1, ent.end, label=ent.label_))
    if changed:
        doc.set_ents(ents, default="outside")
    return doc

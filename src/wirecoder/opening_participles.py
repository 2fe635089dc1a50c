"""An opening participle read as an adjective: in "Waving flags and banners, supporters of the jailed leader gathered
outside the court" the small parser makes "Waving" a modifier of "flags", "flags" the subject of "gathered" and the
real subject an apposition of "flags", so the gathering has no actor. The participle clause is hung back on the verb
as an adverbial clause, its noun as the participle's object, and the noun after the comma becomes the subject.
Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reattach_opening_participles(doc: Any) -> Any:
    """``doc`` with each sentence's opening participle clause misread as its subject mended."""
    for sent in list(doc.sents):
        mend = _misread(sent)
        if mend is not None:
            part, noun, comma, subject = mend
            verb = noun.head
            rehead(
                doc,
                {part.i: verb.i, noun.i: part.i, comma.i: verb.i, subject.i: verb.i},
                {part.i: "advcl", noun.i: "dobj", comma.i: "punct", subject.i: noun.dep_},
            )
    return doc


def _misread(sent: Any) -> tuple[Any, Any, Any, Any] | None:
    """(participle, its object read as the subject, the comma, the real subject) of a misread opening, or None."""
    part = sent[0]
    if part.tag_ not in _PARTICIPLE_TAGS or part.dep_ != "amod":
        return None
    noun = part.head
    if noun.dep_ not in _SUBJECTS or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = noun.head
    comma = next((t for t in sent if noun.i < t.i < verb.i and t.text == ","), None)
    if comma is None:
        return None
    subject = next(
        (
            t
            for t in sent
            if comma.i < t.i < verb.i
            and (t.dep_ in {"appos", "conj"} and t.head.i < comma.i or t.dep_ in _SUBJECTS and t.head.i == verb.i)
            and t.pos_ in {"NOUN", "PROPN", "PRON"}
        ),
        None,
    )
    return (part, noun, comma, subject) if subject is not None else None

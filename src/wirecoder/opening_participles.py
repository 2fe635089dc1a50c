"""An opening participle read as an adjective: in "Waving flags and banners, supporters of the jailed leader gathered
outside the court" the small parser makes "Waving" a modifier of "flags", "flags" the subject of "gathered" and the
real subject an apposition of "flags", so the gathering has no actor. The participle clause is hung back on the verb
as an adverbial clause, its noun as the participle's object, and the noun after the comma becomes the subject.
In "Addressing parliament in Islamabad, Pakistan's prime minister called on India to ..." it makes the participle
the root, the subject an apposition of "Islamabad" and "called" a clause on the subject: the finite verb becomes the
root, the subject its subject and the participle clause its adverbial clause.
Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reattach_opening_participles(doc: Any) -> Any:
    """``doc`` with each sentence's opening participle clause misread as its subject mended."""
    for sent in list(doc.sents):
        rooted = _rooted(sent)
        if rooted is not None:
            part, comma, subject, verb = rooted
            heads = {verb.i: verb.i, part.i: verb.i, comma.i: verb.i, subject.i: verb.i}
            heads |= {t.i: verb.i for t in part.children if t.dep_ == "punct" and t.i > verb.i}
            rehead(doc, heads, {verb.i: "ROOT", part.i: "advcl", comma.i: "punct", subject.i: "nsubj"})
            continue
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


def _rooted(sent: Any) -> tuple[Any, Any, Any, Any] | None:
    """(participle, comma, subject, finite verb) of an opening participle read as the sentence's root with the
    subject an apposition inside its clause and the finite verb a clause on the subject, or None."""
    part = sent[0]
    if part.tag_ != "VBG" or part.dep_ != "ROOT":
        return None
    for comma in sent:
        if comma.text != "," or comma.i == part.i:
            continue
        subject = next((t for t in sent if t.i > comma.i and t.dep_ == "appos" and t.head.i < comma.i), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        verb = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in {"VBD", "VBZ", "VBP"}), None)
        return (part, comma, subject, verb) if verb is not None else None
    return None

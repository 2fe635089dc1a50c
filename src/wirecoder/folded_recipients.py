"""A recipient read into the object: in "Britain will give Jordan water purification equipment and generators" or
"Japan will send Sri Lanka medical supplies" the small parser makes the country a compound (or nominal modifier)
of the object, so the gift has no recipient and its goods are not the words the aid patterns know. A country name
(a GPE entity) right after a giving verb (``data/lexicon/folded_recipients.yaml``), modifying the verb's object,
with more words of the object after it, becomes the verb's dative again. Not when the object is people or forces a
country owns ("will send US troops") nor when the verb already has a recipient ("sent Jordan River water to X").
Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .reparse import rehead

_OBJECTS = frozenset({"dobj", "obj"})
_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss"})
_RECIPIENT_DEPS = frozenset({"dative", "iobj"})


@dataclass(frozen=True)
class RecipientWords:
    verbs: frozenset[str]
    owned_nouns: frozenset[str]


@cache
def _lists() -> RecipientWords:
    from .coding import lexicon  # imported when first needed

    return lexicon.word_lists("folded_recipients", RecipientWords)


def _has_recipient(verb: Any) -> bool:
    for c in verb.children:
        if c.dep_ in _RECIPIENT_DEPS or (c.dep_ == "prep" and c.lower_ in {"to", "for"}):
            return True
    return False


def _folded(verb: Any, obj: Any) -> Any | None:
    """The root token of a country entity that opens ``obj``'s phrase right after ``verb``, or None."""
    start = verb.i + 1
    doc = verb.doc
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None or ent.label_ != "GPE" or ent.end > obj.i:
        return None
    root = ent.root
    if root.dep_ not in _MODIFIERS or root.head.i >= obj.i + 1 or root.head.i < ent.end:
        return None
    head = root.head
    while head.i != obj.i:  # the entity hangs (through modifiers) on the object
        if head.dep_ not in _MODIFIERS or head.head.i == head.i:
            return None
        head = head.head
    if root.dep_ == "poss" or any(t.lower_ == "'s" for t in doc[ent.end : obj.i]):
        return None  # "Lebanon's army": the owner
    return root


def reattach_folded_recipients(doc: Any) -> Any:
    """``doc`` with each country read into a giving verb's object made the verb's recipient (module doc)."""
    words = _lists()
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.verbs or _has_recipient(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i), None)
        if obj is None or obj.lemma_.lower() in words.owned_nouns or obj.lower_ in words.owned_nouns:
            continue
        root = _folded(verb, obj)
        if root is not None:
            heads, deps = {root.i: verb.i}, {root.i: "dative"}
            before = doc[root.i - 1] if root.i > verb.i + 1 else None
            if before is not None and before.lower_ == "the" and before.head.i == obj.i:
                heads[before.i] = root.i  # "give the Philippines rescue equipment": the name's article
            rehead(doc, heads, deps)
    return doc

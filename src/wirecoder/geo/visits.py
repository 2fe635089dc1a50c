"""Where a visiting speaker acts: "the Turkish foreign minister, visiting Baghdad, urged ..." or "arriving in
Kyiv, the chancellor pledged ..." happened in Baghdad and Kyiv. The place is the object of a presence verb
(``places/presence_verbs.yaml``) that hangs from the event's source or its trigger; the tagger often reads
such a capital as an actor, so it is looked up here rather than among the sentence's places."""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .gazetteer import Gazetteer, Place
from .not_places import presence_verbs

Token = Any
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_TO_PLACE = frozenset({"in", "to", "at"})


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its "in/to/at" phrases ("arrived in Kyiv")."""
    found = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TO_PLACE):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return [t for t in found if t.pos_ == "PROPN"]


def visited_place(
    article: Article, event: Event, trigger: Token | None, gazetteer: Gazetteer, ctx: dict[str, float]
) -> tuple[Place, str] | None:
    """The place a presence verb tied to the event's source or trigger names, with its text, or None."""
    if trigger is None:
        return None
    source = event.source
    where = (source.start, source.end) if source is not None and source.start is not None else None
    for tok in trigger.sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in presence_verbs() or tok.i == trigger.i:
            continue
        head = tok.head  # the trigger, the source, or the trigger's subject when no source was found
        subject = head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == trigger.i
        subject = subject or (trigger.dep_ == "acl" and head.i == trigger.head.i)  # both hang from the noun
        ours = head.i == trigger.i or (where is not None and where[0] <= head.idx < (where[1] or 0)) or subject
        if not ours or tok.dep_ not in {"acl", "advcl"} or tok.tag_ != "VBG":
            continue  # "visiting Baghdad, ... urged", not "who visited Baghdad last year"
        for obj in _objects(tok):
            begin = min(c.idx for c in obj.subtree if c.dep_ == "compound" or c.i == obj.i)
            text = article.text[begin : obj.idx + len(obj.text)]
            place = gazetteer.lookup(text, ctx)
            if place is not None:
                return place, text
    return None

"""Pass ``actors.office_surnames.v1``: a lone surname the NER missed or took for an organisation ("Starmer
said", "Lavrov warned", "Modi met") or a people, or took for a town only the gazetteer knows ("Carney met"), is
the curated KB's one current or former office holder of that surname, when the word is a capitalised proper noun (or a
noun the tagger took for one) standing as a subject or object.

The surnames pass only asks the KB about words tagged PERSON; spaCy leaves many leaders' surnames untagged
or tags them ORG (or a place no gazetteer knows). Only curated entries holding a role on the story's day, or having left one before it, count
("Scholz warned" after 2025 is the former chancellor: Germany, the entry's own sector for a former office holder);
a converted dictionary's namesake, a future office holder or a common word never does; and only a word standing alone: a modifier
("the Modi government", "a Starmer aide"), a word inside a longer name ("Modi Industries") or a place
keeps its own reading."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..kb import normalise
from ..state import Found, ResolutionState
from .registry import register

_TAGS = frozenset({"", "ORG", "NORP"})  # untagged, or taken for an organisation or a people
_PLACE_TAGS = frozenset({"GPE", "LOC"})  # taken for a place


@dataclass(frozen=True)
class SurnameWords:
    roles: frozenset[str]  # dependency labels of a word acting or acted on
    place_preps: frozenset[str]  # prepositions that place rather than address ("residents of Modi")
    namesake_roles: frozenset[str]  # where a word taken for a town may still be the person ("Carney said")
    namesake_preps: frozenset[str]  # prepositions after which it may ("talks with Carney")


@cache
def _words() -> SurnameWords:
    from ...coding import lexicon  # imported when first needed, as the coder's word lists are

    return lexicon.word_lists("office_surnames", SurnameWords)


@register("actors.office_surnames.v1")
def office_surnames(s: ResolutionState) -> None:
    """Give each lone, untyped surname of a curated current office holder that person."""
    for tok in s.doc:
        found = s.named_at(tok.i)
        if _lone_name(s, tok):
            if found is not None and not _untyped_org(found, tok.i):
                continue
        elif not (found is not None and (_town_namesake(s, tok, found) or _unknown_place(s, tok, found))):
            continue
        entry_id = s.kb.surname(tok.text, s.day)
        if entry_id is None or not _curated_holder(s, entry_id):
            continue
        if found is None:
            found = s.add(tok.i, tok.i, "name", label="PERSON")
        found.mention.kind = "name"  # a town namesake's "place" reading gives way
        found.mention.actor, found.mention.via = s.kb.entry_actor(entry_id, s.day), "kb-surname"
        found.is_person, found.is_group = True, False


def _lone_name(s: ResolutionState, tok: Any, tags: frozenset[str] = _TAGS) -> bool:
    """A capitalised word standing alone as a subject or object, neither a modifier nor part of a longer
    name, not after a preposition that places ("residents of Modi"), and no English word the KB lists as
    weak."""
    text = tok.text
    doc = s.doc
    return (
        tok.pos_ in ("PROPN", "NOUN")
        and tok.ent_type_ in tags
        and tok.dep_ in _words().roles
        and not (tok.dep_ == "pobj" and tok.head.lower_ in _words().place_preps)
        and len(text) > 2
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
        and normalise(text) not in s.kb.weak_words
        and not any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" for k in (tok.i - 1, tok.i + 1))
        and not any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children)
    )


def _town_namesake(s: ResolutionState, tok: Any, found: Found) -> bool:
    """A one-word mention the NER tagged a place and only the gazetteer placed (no country, capital or KB
    name), standing where a person acts or is addressed rather than where a town is ("Carney met", "talks
    with Carney"; not "flights to Carney"), and otherwise a lone name."""
    words = _words()
    return (
        found.first == found.last == tok.i
        and found.label in _PLACE_TAGS
        and found.mention.via == "place"
        and all(h.kind == "place" for h in found.hits)
        and (tok.dep_ in words.namesake_roles or (tok.dep_ == "pobj" and tok.head.lower_ in words.namesake_preps))
        and _lone_name(s, tok, _PLACE_TAGS)
    )


def _unknown_place(s: ResolutionState, tok: Any, found: Found) -> bool:
    """A one-word mention the NER tagged a place that nothing knows (no gazetteer or KB hit, no actor), standing
    alone where a person acts or is acted on ("Scholz warned ...": the NER's GPE)."""
    return (
        found.first == found.last == tok.i
        and found.label in _PLACE_TAGS
        and not found.hits
        and found.mention.actor is None
        and _lone_name(s, tok, _PLACE_TAGS)
    )


def _untyped_org(found: Found, i: int) -> bool:
    """A one-word mention the NER tagged ORG or NORP that nothing has typed (no KB hit, no actor)."""
    return (
        found.first == found.last == i
        and found.label in ("ORG", "NORP")
        and not found.hits
        and found.mention.actor is None
    )


def _curated_holder(s: ResolutionState, entry_id: str) -> bool:
    """A curated (not converted) entry holding a role on the story's day or having left one before it (a former
    office holder is still known by surname; one whose first role is yet to come is not)."""
    if entry_id in s.kb.secondary_ids:
        return False
    entry = s.kb.entries[entry_id]
    if entry.role_on(s.day) is not None:
        return True
    return s.day is not None and any(r.end is not None and r.end <= s.day for r in entry.roles)

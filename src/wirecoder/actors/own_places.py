"""A place told inside a nominal's own place phrase, however deep: "villages in Iraq's Duhok province", "targets
in the south of Lebanon". Such a place says where the nominal is, as a bare "in Iraq" does, and outweighs a
country word elsewhere in the sentence ("Turkish drones hit several villages in Iraq's Duhok province": the
villages are Iraqi, not Turkish). The parser often hangs the place phrase on the verb whose object the nominal
is ("hit [several villages] [in Iraq]"): for an object, that phrase is its own too (not for a subject: "Turkish
drones struck in Iraq" says where the drones struck, not whose they are)."""

from __future__ import annotations

from typing import Any

from .syntax import place_preps

# labels a place may hang by inside the prepositional phrase ("in [Iraq's] Duhok province", "in the south of
# [Lebanon]", "in the [Kurdish] city of Duhok")
_PHRASE_DEPS = frozenset({"pobj", "poss", "compound", "prep", "nmod", "amod", "appos"})


def in_own_place_phrase(head: Any, place: Any) -> bool:
    """Whether token ``place`` lies in a place phrase ("in ...", "near ...") hanging on the nominal ``head``."""
    cur, seen = place, 0
    while cur.head.i != cur.i and seen < 6:
        if cur.dep_ not in _PHRASE_DEPS:
            return False
        if cur.dep_ == "prep" and (cur.head.i == head.i or (cur.i > head.i and _object_of(head, cur.head))):
            return cur.lower_ in place_preps()
        cur, seen = cur.head, seen + 1
    return False


def _object_of(head: Any, verb: Any) -> bool:
    """Whether ``head`` is the direct object of ``verb`` (a verb, the place phrase on it after the object)."""
    return head.dep_ in {"dobj", "obj"} and head.head.i == verb.i and verb.pos_ == "VERB"


def in_fronted_place(head: Any, place: Any) -> bool:
    """Whether token ``place`` lies in an "In X," phrase opening the clause whose subject is ``head`` ("In New
    Delhi, the government rejected the threat"): the place the clause is told from frames its unowned subject,
    as a dateline does, in a story that names two countries."""
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb, cur, seen = head.head, place, 0
    while cur.head.i != cur.i and seen < 6:
        if cur.dep_ == "prep" and cur.head.i == verb.i:
            return cur.lower_ == "in" and cur.i < head.i
        if cur.dep_ not in _PHRASE_DEPS:
            return False
        cur, seen = cur.head, seen + 1
    return False

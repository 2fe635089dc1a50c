"""The words of a frame's object: the object itself, what a container or count is of ("tons of food"), and what a
vehicle or container holds ("a truck loaded with explosives", "a boat carrying ammunition": lexicon/carried_loads.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import lexicon

Token = Any


@dataclass(frozen=True)
class _Lists:
    carriers: frozenset[str]
    load_verbs: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    return lexicon.word_lists("carried_loads", _Lists)


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def loads(obj: Token) -> list[Token]:
    """What a listed carrier holds, told by a participle or relative verb on it: "loaded with X", "carrying X"."""
    lists = _lists()
    if not _forms(obj) & lists.carriers:
        return []
    out: list[Token] = []
    for verb in obj.children:
        if verb.dep_ not in {"acl", "relcl", "amod"} or not _forms(verb) & lists.load_verbs:
            continue
        out.extend(c for c in verb.children if c.dep_ == "dobj")
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                out.extend(c for c in p.children if c.dep_ == "pobj")
    return [w for o in out for w in [o, *(c for c in o.children if c.dep_ == "conj")]]


def object_words(obj: Token, containers: frozenset[str] = frozenset()) -> list[Token]:
    """The object and, when its head is a container or generic noun ("tons of food", "part of the aid",
    "mediation efforts", "an aid programme") or a numeral ("40 of the 55 drones"), the nouns that say what it is: its
    "of" object and compounds; with ``containers`` given, also what a carrier holds ("a truck loaded with arms")."""
    out = [obj]
    if _forms(obj) & containers or (containers and obj.pos_ == "NUM"):  # "40 of the 55 drones": the drones
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        out.extend(object_words(o, containers))
        out.extend(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    if containers:
        for load in loads(obj):
            out.extend(object_words(load, containers))
    return out

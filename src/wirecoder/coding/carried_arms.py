"""What the doers of an act carry, told on the subject, for the ACLED rules: "bearer:improvised" when they bear sticks,
stones or blades and no firearm ("men armed with sticks beat a suspected burglar", "youths wielding machetes attacked
a minibus", "villagers with clubs attacked a post"), "bearer:firearm" when they bear a gun or an explosive ("men armed
with rifles attacked a bus"). Words: ``data/lexicon/carried_arms.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import lexicon

Token = Any


@dataclass(frozen=True)
class _Lists:
    bear_verbs: frozenset[str]
    bear_preps: frozenset[str]
    improvised: frozenset[str]
    firearms: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    return lexicon.word_lists("carried_arms", _Lists)


def _objects(head: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``head``'s listed prepositions, with their conjuncts ("with sticks and stones")."""
    out = [g for p in head.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]
    return out + [c for g in out for c in g.conjuncts]


def borne_arms(subject: Token) -> list[Token]:
    """What a subject bears: the object of a bearing participle or relative verb on it ("armed with X", "wielding X",
    "who carried X") and of its own "with" ("men with machetes")."""
    lists = _lists()
    out = _objects(subject, lists.bear_preps)
    for verb in subject.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in lists.bear_verbs:
            continue
        objs = [d for d in verb.children if d.dep_ == "dobj"]
        out += objs + [c for d in objs for c in d.conjuncts] + _objects(verb, frozenset({"with"}))
    return out


def carried_arms(subjects: list[Token]) -> list[str]:
    """ "bearer:firearm" when a subject bears a firearm or an explosive, else "bearer:improvised" when it bears an
    improvised or hand arm; nothing when it bears neither."""
    lists = _lists()
    words = {w for s in subjects for a in borne_arms(s) for w in (a.lower_, a.lemma_.lower())}
    if words & lists.firearms:
        return ["bearer:firearm"]
    return ["bearer:improvised"] if words & lists.improvised else []

"""An act noun in what a present-tense copula says its subject is tells a standing role, no event (data:
lexicon/described_roles.yaml): "Egypt is one of the largest recipients of American military aid", "Qatar is a
key mediator in the talks". Only an act noun under a preposition of the attribute is dropped; an attribute that
is the act itself ("This is the first visit by a Chinese leader in a decade") stays, and so does a past copula
("The embassy was the target of a bombing on Monday")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..constants import Token
from ..lexicon import word_lists
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@dataclass(frozen=True)
class RoleWords:
    copulas: frozenset[str]
    present_tags: frozenset[str]
    path_deps: frozenset[str]
    attribute_deps: frozenset[str]


@cache
def role_words() -> RoleWords:
    """The word lists of ``data/lexicon/described_roles.yaml``."""
    return word_lists("described_roles", RoleWords)


def in_described_role(tok: Token) -> bool:
    """``tok`` sits, below a preposition, in the attribute of a present-tense copula."""
    words = role_words()
    cur, crossed = tok, False
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in words.attribute_deps:
            verb = cur.head
            return crossed and verb.lemma_.lower() in words.copulas and verb.tag_.lower() in words.present_tags
        if cur.dep_ not in words.path_deps:
            return False
        crossed = crossed or cur.dep_ == "prep"
        cur = cur.head
    return False


@combine_passes.register("combine.described_role.v1")
def described_role(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act noun in a present copula's attribute ("X is a major recipient of aid") says what X is."""
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "noun" and in_described_role(trig.token):
            trig.suppressed = True
            trig.notes.append("description")

"""Private people's mourning is no political event: "relatives laid wreaths at the school", "thousands attended
the funeral", "families placed flowers beneath the names" are remembrance (a CAMEO 017 symbolic act only when a
party to politics does it: "the president laid a wreath at the memorial" stays). Subjects: ``private_mourners``
of ``data/lexicon/non_events.yaml``; a subject with a country or group of its own is left to the actors."""

from __future__ import annotations

from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_SYMBOLIC = "017"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@cache
def _mourners() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("non_events")["private_mourners"])


@combine_passes.register("combine.private_mourning.v1")
def private_mourning(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a symbolic act (017) whose subjects are all private mourners with no name, country or group."""
    mourners = _mourners()
    for trig in triggers:
        if trig.suppressed or trig.code != _SYMBOLIC:
            continue
        subjects = [c for c in trig.token.children if c.dep_ in _SUBJECTS]
        subjects += [s for c in subjects for s in c.conjuncts]
        if not subjects:
            continue
        if all(_private(s, mourners) for s in subjects):
            trig.suppressed = True
            trig.notes.append("private mourning")


def _private(tok: Token, mourners: frozenset[str]) -> bool:
    """A private mourner's noun ("relatives", "thousands", "the victims' families"), no named party in it."""
    lemma = tok.lemma_.lower()
    if lemma not in mourners and tok.lower_ not in mourners:
        return False
    return not any(t.ent_type_ in _NAMED for t in tok.subtree)

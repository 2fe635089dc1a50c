"""The doer of an act a speaker labels a crime is the one the label accuses.

'"What Moscow did in Kharkiv is a war crime," the minister said' and "said what the army was doing in Gao amounted
to war crimes" accuse Moscow and the army (verbs.yaml ``say-crime-label``, CAMEO 112); so do labels said of an act
with a named doer: "said the army's campaign was genocide", "said the shelling by the militia was a massacre". A
label said of someone ("said of the rebels") keeps that target; a doer that names no one ("what we saw", "what
they did") gives none. Words: ``data/lexicon/labelled_doers.yaml``.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("labelled_doers")
    return word_set(data["patterns"]), word_set(data["no_doers"])


@combine_passes.register("combine.labelled_doer.v1")
def labelled_doer(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A crime label with no one it is said of takes the doer of the labelled act as its target."""
    patterns, no_doers = _words()
    for trig in triggers:
        if trig.suppressed or trig.pattern.id not in patterns or trig.target_from is not None:
            continue
        doer = next((d for c in fr.children(trig.token, {"ccomp"}) if (d := _doer(c)) is not None), None)
        if doer is not None and doer.lower_ not in no_doers:
            trig.target_from = doer


def _doer(clause: Token) -> Token | None:
    """The doer of the act the copular ``clause`` labels: the subject of its "what X did" subject clause, the
    owner or "by" agent of its subject noun."""
    for subj in fr.children(clause, {"csubj"}):
        return fr.subject(subj)
    for subj in fr.children(clause, {"nsubj"}):
        owner = next(iter(fr.children(subj, {"poss"})), None)
        if owner is not None:
            return owner
        return _by_agent(subj)
    return None


def _by_agent(noun: Token) -> Token | None:
    """ "the shelling by the militia": the militia."""
    return next(iter(fr.prep_objects(noun, "by")), None)

"""A state or a people marking an anniversary, a day of mourning or a war's dead is remembrance, no event:
"Vietnam marked the 50th anniversary of the end of the war with a parade", "Armenians commemorated the victims
of the massacres", "Kenya declared three days of national mourning". Such a symbolic or praising act (roots 01-05)
has no other party; coded, it puts a national holiday in a user's table of acts between actors. A partner named
with "with" or "alongside" ("marked the anniversary of ties with Vietnam") leaves the act to the coder; force
done at a commemoration is untouched. Words in ``data/lexicon/commemorations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: Roots a commemoration may be coded as: statements to cooperation (force and protest stay).
_VERBAL = frozenset({"01", "02", "03", "04", "05"})
_OBJECTS = frozenset({"dobj", "obj"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Words:
    verbs: frozenset[str]
    remembered: frozenset[str]
    partner_preps: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("commemorations", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def commemoration(verb: Token) -> bool:
    """The verb marks, holds or declares remembrance ("marked the anniversary", "declared days of mourning") and
    names no partner with "with" or "alongside"."""
    w = words()
    if _lemma(verb) not in w.verbs or verb.pos_ != "VERB":
        return False
    held = [o for o in verb.children if o.dep_ in _OBJECTS]
    held += [g for o in held for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    held += [a for o in held for a in o.children if a.dep_ == "amod"]  # "the fallen soldiers"
    if not any(_lemma(o) in w.remembered or o.lower_ in w.remembered for o in held):
        return False
    partners = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in w.partner_preps for g in p.children]
    return not any(g.ent_type_ in _NAMED for p in partners for g in p.subtree)


@combine_passes.register("combine.commemoration.v1")
def commemorations(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a symbolic, praising or cooperative act that is a commemoration with no partner."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _VERBAL:
            continue
        if commemoration(trig.token):
            trig.suppressed = True
            trig.notes.append("commemoration")

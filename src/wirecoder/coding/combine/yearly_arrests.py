"""Arrests counted over years are a record, no incident: "Indonesia has arrested hundreds of suspected
militants since 2002", "several former governors have been jailed in recent years". A coercive verb (CAMEO
root 17) in the perfect, whose object or passive subject is counted ("hundreds of", "several", "more than 40")
and whose clause runs since a year ("since 2002", "since the bombings of 2002") or over recent or past years
("in recent years", "over the past decade"), tallies what a state has done; "police have arrested three men
since Friday" and "have arrested 40 people since March" stay this story's arrests. Attacks, protests and fights so
told are a record the same way (roots 14, 18-20): "the group has attacked dozens of merchant ships since 2023",
"the militia has killed hundreds of villagers in recent years"; "has attacked two ships since Sunday" stays.
"""

from __future__ import annotations

import re

from .. import frames as fr
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .counted_records import _QUANTIFIERS, _counted

_YEAR = re.compile(r"(1[89]|20)\d\d")
_YEARS = frozenset({"year", "decade"})
_LONG_MARKS = frozenset({"recent", "past", "last"})
_RECORD_ROOTS = frozenset({"14", "17", "18", "19", "20"})  # protests, arrests and force


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _over_years(verb: Token) -> bool:
    """The verb's clause runs since a year or over recent or past years."""
    for prep in fr.children(verb, {"prep"}):
        for obj in fr.children(prep, {"pobj"}):
            if prep.lower_ == "since" and any(_YEAR.fullmatch(t.text) for t in obj.subtree):
                return True
            many = obj.tag_ == "NNS" or obj.lemma_.lower() == "decade"
            if many and obj.lemma_.lower() in _YEARS and any(c.lower_ in _LONG_MARKS for c in obj.children):
                return True
    return False


def _counted_party(verb: Token) -> bool:
    """The verb's object or passive subject is counted: "hundreds of militants", "several governors"."""
    for noun in fr.children(verb, {"dobj", "nsubjpass"}):
        if noun.lower_ in _QUANTIFIERS or _counted(noun):
            return True
    return False


def yearly_arrests_told(verb: Token) -> bool:
    """``verb`` tallies arrests over years: perfect, counted, since a year or over recent years."""
    return _perfect(verb) and _counted_party(verb) and _over_years(verb)


@combine_passes.register("combine.yearly_arrests.v1")
def yearly_arrests(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A coercive or violent verb tallying acts over years: no event."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in _RECORD_ROOTS:
            continue
        if yearly_arrests_told(trig.token):
            trig.suppressed = True
            trig.notes.append("record")

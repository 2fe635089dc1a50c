"""Judgements the text reports on someone's word: "according to X, Y is responsible for the attacks".

X is the judge only when X is an actor: the army or a ministry saying so accuses Y (CAMEO 112), but a news
outlet telling it reports what it learnt and accuses no one, so its "responsible for" is no accusation (the
attacks stay Y's, as the attack nouns read them: combine/judgements.py).
"""

from __future__ import annotations

from typing import Any

from . import frames as fr
from .alleged import according_to
from .constants import Token

#: The note a judgement with no speaker of its own carries when "according to X" gives its judge.
REPORTED = "judgement:reported"
#: Sectors whose members report rather than act (news outlets).
OUTLET_SECTORS = frozenset({"MED"})
_UP_DEPS = frozenset({"acomp", "xcomp", "conj", "oprd", "attr"})


def reported_judge(tok: Token) -> Token | None:
    """X of "according to X" on the clause that holds the judgement ``tok`` (the adjective), else None."""
    cur = tok
    for _ in range(4):
        found = next((x for p in fr.children(cur, {"prep"}) if (x := according_to(p)) is not None), None)
        if found is not None or cur.dep_ not in _UP_DEPS or cur.head.i == cur.i:
            return found
        cur = cur.head
    return None


def unjudged(trig: Any, sources: list[Any]) -> bool:
    """A reported judgement whose "according to" names no actor that judges: an outlet or an unnamed
    report ("according to local media") tells of it, no one accuses."""
    if REPORTED not in trig.notes:
        return False
    return not any(s.participant.name and s.participant.sector not in OUTLET_SECTORS for s in sources)

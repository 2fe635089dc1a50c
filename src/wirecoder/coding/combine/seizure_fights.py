"""A place taken after a fight that killed people: the fight is an incident of its own with its toll. "M23
seized the town after clashes that killed at least 8 soldiers", "jihadists captured the village after an
assault that killed 15 soldiers".

The circumstance of a coded act ("retook the town after heavy fighting") is background to it
(combine.background.v1), and so is the relative clause on it. When the act is a seizure (CAMEO 192 or a
coercive 17x) and the clause on the fight counts its dead, dropping the clause loses the day's toll: the
seizure carries none. The killing of that clause (on a fight or attack noun in an "after", "following",
"during" or "amid" phrase on the seizing verb) is then coded, with its count. A fight dated to a year ("after
the 2014 assault that killed 40") stays background, and so do the later passes' verdicts (an anniversary, an
obituary). Words: ``fight_nouns`` and ``seizure_codes`` in ``data/lexicon/seizure_fights.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class SeizureFightWords:
    """The lists of ``data/lexicon/seizure_fights.yaml``."""

    fight_nouns: frozenset[str]
    seizure_codes: frozenset[str]
    fight_preps: frozenset[str]


@cache
def words() -> SeizureFightWords:
    """The lists, read once per process."""
    return lexicon.word_lists("seizure_fights", SeizureFightWords)


def _counted(clause: Token) -> bool:
    """The clause counts people ("killed at least 8 soldiers", "left 12 dead"), with no year in it."""
    toks = list(clause.subtree)
    if any(t.like_num and _YEAR.match(t.text) for t in toks):
        return False
    return any(t.like_num or t.ent_type_ == "CARDINAL" for t in toks)


def _seizure_fight(trig: Trigger, by_token: dict[int, Trigger]) -> bool:
    """``trig`` heads the counted relative clause on a fight noun in a circumstance phrase of a seizure."""
    w = words()
    clause = trig.token
    if clause.dep_ != "relcl" or not _counted(clause):
        return False
    noun = clause.head
    if noun.lemma_.lower() not in w.fight_nouns or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in w.fight_preps or any(c.like_num and _YEAR.match(c.text) for c in noun.children):
        return False
    gov = by_token.get(prep.head.i)
    # an arrest (173) is no seizure: "Police arrested 12 men after clashes that killed 3 fans" keeps the clashes
    #   as its circumstance
    coercive = gov is not None and gov.code[:2] == "17" and not gov.code.startswith("173")
    return gov is not None and not gov.suppressed and (gov.code in w.seizure_codes or coercive)


@combine_passes.register("combine.seizure_fight.v1")
def seizure_fight(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Code the counted killing of the fight a seizure came after ("seized the town after clashes that killed
    8 soldiers"): the seizure gives no toll, the fight does."""
    for trig in triggers:
        if not trig.suppressed or trig.code[:2] not in FORCE_ROOTS or trig.notes[-1:] != ["background"]:
            continue
        if _seizure_fight(trig, ctx.by_token):
            trig.suppressed = False
            trig.notes.remove("background")
            trig.notes.append("fight before seizure")

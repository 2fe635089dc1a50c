"""A time word on a verb of telling dates the telling, not the act told under it.

"Al-Shabaab fighters ambushed a convoy, killing seven soldiers. The group later said it had killed 20 soldiers."
retells the ambush: "later" says when the group spoke, not that it killed again. Words such as "later" or
"again" make a later sentence another act or more victims (aftermath.yaml's new_words) only when they sit on the
act's own clause; on a verb of telling (said, claimed, confirmed: rival_tolls.TELLING) above the act they add
nothing ("Police later said two more soldiers were killed" still adds: "more" is on the act).
"""

from __future__ import annotations

from typing import Any

from .rival_tolls import TELLING


def of_the_telling(tok: Any) -> bool:
    """``tok`` is an adverb on a verb of telling whose clause holds a told act ("the group later said it had
    killed 20"): the time of the telling."""
    head = tok.head
    if tok.dep_ != "advmod" or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in TELLING:
        return False
    return any(c.dep_ in {"ccomp", "parataxis"} for c in head.children)

"""A toll counted up to now over many incidents is no incident's toll: "more than 900 civilians have been
killed in drone strikes since the takeover", "together the raids have killed 70 villagers", "have died so
far this year". The verb of such a count is in the present perfect and runs over a stretch ("since" a time
that is not this week's day, "this year", "so far", "to date", "in total", "together"): summed with the
day's incident it inflates the table many times over, so the count gives no event (the incident of the
note is told in its own sentence). A past perfect ("had been killed") tells the incident itself and stays.
"""

from __future__ import annotations

from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .counted_records import _over_a_stretch
from .war_tolls import words

_PRESENT_HAVE = frozenset({"have", "has", "'ve", "'s"})
_RUNNING = frozenset({"together", "altogether", "cumulatively", "overall", "collectively"})
_RUNNING_PHRASES = (("so", "far"), ("to", "date"), ("in", "total"), ("in", "all"))


def _present_perfect(verb: Token) -> bool:
    """``verb`` is a participle with a present "have" ("have been killed", "has claimed")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.children)


def _running_count(verb: Token) -> bool:
    """The clause says the count runs over many acts: "together", "so far", "to date", "in total"."""
    for c in verb.children:
        if c.lower_ in _RUNNING:
            return True
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if nxt is not None and (c.lower_, nxt.lower_) in _RUNNING_PHRASES:
            return True
    return False


def cumulative_toll(verb: Token) -> bool:
    """``verb`` tells deaths counted up to now over a stretch of time or over several acts."""
    if verb.lemma_.lower() not in words().toll_lemmas or not _present_perfect(verb):
        return False
    return _over_a_stretch(verb) or _running_count(verb)


@combine_passes.register("combine.cumulative_toll.v1")
def cumulative_tolls(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A casualty verb counting deaths up to now over a stretch or over several acts: no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if cumulative_toll(trig.token):
            trig.suppressed = True
            trig.notes.append("background")

"""Numbers the recogniser took for a date that count people or things: "Between 6 and 10 combatants were
killed", "from 20 to 30 houses". A DATE entity made only of small numbers and range words ("between", "and",
"to", "from", "-") and followed straight away by a plural noun is a count: it dates nothing (a year such as
"2021", a month or a day word keeps the entity a date).
"""

from __future__ import annotations

from typing import Any

_GLUE = frozenset({"between", "and", "to", "from", "-", "–", "or", "some", "about", "around"})


def counts_things(ent: Any) -> bool:
    """Whether the DATE entity ``ent`` is a count of the plural noun right after it."""
    words = [t for t in ent if not t.is_punct or t.text in {"-", "–"}]
    if not any(t.like_num for t in words):
        return False
    for t in words:
        if t.lower_ in _GLUE:
            continue
        if not (t.text.isdigit() and len(t.text) <= 3) and not (t.like_num and t.is_alpha):
            return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.tag_ == "NNS"

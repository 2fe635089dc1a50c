"""A group that claims an attack told in the same sentence did the attack; the claim is no second event.

"The militia said it carried out the bombing" and "the group claimed the raid" are the attack, by the group
(issue 11, class 7); PETRARCH2's claim of responsibility (CAMEO 015, a CONCEDE) beside that attack counts
the one act twice. An admission ("accepted / acknowledged responsibility for the killing") stays a concession.
"""

from __future__ import annotations

from ..article import Article, Event

#: Verbs of an admission rather than a claim: the concession stays.
_ADMITTING = frozenset({"accept", "admit", "acknowledge", "apologise", "apologize", "confess"})


def _violent_with_source(e: Event) -> bool:
    return e.cameo.get("root") in {"18", "19", "20"} and e.source is not None


def drop_claims_of_told_attacks(article: Article, events: list[Event]) -> list[Event]:
    """The events less the claims of responsibility (015) of sentences that tell the claimed attack, with a
    source, themselves."""
    attacked = {e.sentence_index for e in events if _violent_with_source(e)}
    if not attacked:
        return events
    return [
        e
        for e in events
        if not (
            e.cameo.get("code") == "015"
            and e.sentence_index in attacked
            and str(e.trigger.get("lemma") or "").lower() not in _ADMITTING
        )
    ]

"""A group that says it carried out an attack told in the same sentence did the attack; no second event.

"The militia said it carried out the bombing" and "the army said it had launched an operation" are the attack,
by the speaker (issue 11, class 7); PETRARCH2's say-attack transform adds a claim of responsibility (CAMEO 015,
a CONCEDE) beside that attack, counting the one report twice. A claim told in so many words ("claimed
responsibility for the bombing", CAMEO's own 015) and an admission ("accepted responsibility") stay.
"""

from __future__ import annotations

from ..article import Article, Event

#: The transform that reads "X said X attacked" as X's claim (verbs.petrarch.yaml).
_SAID_ATTACK = "~say:attack"


def _violent_with_source(e: Event) -> bool:
    return e.cameo.get("root") in {"18", "19", "20"} and e.source is not None


def drop_claims_of_told_attacks(article: Article, events: list[Event]) -> list[Event]:
    """The events less the claims (015) read by the say-attack transform from sentences that tell the attack,
    with a source, themselves."""
    attacked = {e.sentence_index for e in events if _violent_with_source(e)}
    if not attacked:
        return events
    return [
        e
        for e in events
        if not (e.cameo.get("code") == "015" and e.sentence_index in attacked and _SAID_ATTACK in str(e.pattern or ""))
    ]

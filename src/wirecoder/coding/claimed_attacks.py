"""A group that says it carried out an attack told in the same sentence did the attack; no second event.

"The militia said it carried out the bombing" and "the army said it had launched an operation" are the attack,
by the speaker (issue 11, class 7); PETRARCH2's say-attack transform adds a claim of responsibility (CAMEO 015,
a CONCEDE) beside that attack, counting the one report twice. A claim told in so many words ("claimed
responsibility for the bombing", CAMEO's own 015) and an admission ("accepted responsibility") stay.

An official telling what unidentified attackers did describes an incident; it accuses nobody: "a police officer
said gunmen stormed the building" is the storming, not also the officer's accusation of the gunmen (the
say-attack transform's 112) nor a statement about them (coding/statements.py). An accused the text names
("Israel said Hamas militants attacked") stays accused.
"""

from __future__ import annotations

from ..article import Article, Event
from .statements import STATEMENT

#: The transform that reads "X said X attacked" as X's claim (verbs.petrarch.yaml).
_SAID_ATTACK = "~say:attack"
#: The transforms that read "X said/claimed Y attacked" as X's accusation of Y (verbs.petrarch.yaml).
_SAID_ATTACKER = ("~say:attack:b", "~claim:attack:b")
#: The sector of attackers no text identifies (gunmen, assailants): unidentified armed forces.
_UNIDENTIFIED = "UAF"


def _violent_with_source(e: Event) -> bool:
    return e.cameo.get("root") in {"18", "19", "20"} and e.source is not None


def _told_of_unidentified(e: Event) -> bool:
    """A say-attack accusation or a plain statement whose accused or subject is an unidentified armed group."""
    if e.target is None or e.target.sector != _UNIDENTIFIED:
        return False
    pattern = str(e.pattern or "")
    return any(t in pattern for t in _SAID_ATTACKER) or pattern == STATEMENT


def drop_reports_of_unidentified_attackers(article: Article, events: list[Event]) -> list[Event]:
    """The events less the accusations and statements an official's account of unidentified attackers reads."""
    return [e for e in events if not _told_of_unidentified(e)]


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

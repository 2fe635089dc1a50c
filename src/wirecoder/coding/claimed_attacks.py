"""A group that says it carried out an attack told in the same sentence did the attack; no second event.

"The militia said it carried out the bombing" and "the army said it had launched an operation" are the attack,
by the speaker (issue 11, class 7); PETRARCH2's say-attack transform adds a claim of responsibility (CAMEO 015,
a CONCEDE) beside that attack, counting the one report twice. A claim told in so many words ("claimed
responsibility for the bombing", CAMEO's own 015) and an admission ("accepted responsibility") stay. The same
transform reads "the army said it would hit back" as a claim beside the threat (CAMEO 13) the sentence already
codes: an act still to come is threatened, not claimed, so the claim goes there too.

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
#: The mark the complement rules leave on a pattern read from an act still to come, threatened ("would retaliate").
_THREAT_MARK = "threat:"
#: The sector of attackers no text identifies (gunmen, assailants): unidentified armed forces.
_UNIDENTIFIED = "UAF"


def _violent_with_source(e: Event) -> bool:
    return e.cameo.get("root") in {"18", "19", "20"} and e.source is not None


def _threat(e: Event) -> bool:
    """A threat (CAMEO 13) asserted, not denied: "said it would retaliate"."""
    return e.cameo.get("root") == "13" and not e.negated


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
    with a source, themselves, or threaten it ("said it would retaliate")."""
    attacked = {e.sentence_index for e in events if _violent_with_source(e)}
    threatened = {e.sentence_index for e in events if _threat(e)}
    if not attacked and not threatened:
        return events
    return [e for e in events if not _said_claim(e, attacked, threatened)]


def _said_claim(e: Event, attacked: set[int], threatened: set[int]) -> bool:
    """A say-attack claim (015) of a sentence that tells the attack, or of one that threatens it, the claim
    read from the threatened act itself (its pattern marks the act a threat)."""
    pattern = str(e.pattern or "")
    if e.cameo.get("code") != "015" or _SAID_ATTACK not in pattern:
        return False
    return e.sentence_index in attacked or (e.sentence_index in threatened and _THREAT_MARK in pattern)

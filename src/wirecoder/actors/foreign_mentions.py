"""Country words of a sentence that say nothing of a generic actor's own country once the sentence names where
the act took place. "Soldiers killed a French tourist in Niamey": the tourist is French, the soldiers are of
Niger; "Soldiers shot two men in Juba, Kenyan media reported": the reporters are Kenyan, the soldiers South
Sudanese. Two kinds are left out of the count of a nominal's sentence (``ResolutionState.local_country_basis``)
when the sentence places the act: a country word in whom the act is aimed at, and one in the speaker of a
reporting verb that tells the actor's clause ("a Spanish journalist said", "according to a US aid worker") —
unless the speaker is a state body (``state_office`` in sectors.yaml), which speaks for its own forces
("Kenyan officials said soldiers killed ten fighters in Gedo").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .destinations import aimed_at
from .sectors import sector_group

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@cache
def _reporting_verbs() -> frozenset[str]:
    from ..coding.lexicon import subset

    return subset("speech_verbs", "reporting") | subset("speech_verbs", "speaker")


@cache
def _according() -> tuple[str, ...]:
    from ..coding.lexicon import load

    return tuple(load("speech_verbs")["according_to"])


def reporter(actor: Any, other: Any) -> Any | None:
    """The head noun of the speaker phrase ``other`` (a token) stands in, when that speaker reports the clause of
    ``actor`` (a token): the subject of a reporting verb above the actor ("a Spanish journalist said"), or the
    object of "according to" on the actor's clause. None otherwise."""
    tok = other
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ in _SUBJECTS and head.lemma_.casefold() in _reporting_verbs():
            return tok if _under(actor, head) and not _under(actor, tok) else None
        first, second = _according()[:2]
        if tok.dep_ == "pobj" and head.lower_ == second and head.head.lower_ == first:
            return tok if not _under(actor, head.head) else None
        tok = head
    return None


def _under(tok: Any, top: Any) -> bool:
    while tok.i != top.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def foreign_to_actor(kb: Any, actor: Any, other: Any) -> bool:
    """Whether the country word at ``other`` tells of a victim or a reporter, not of the actor at ``actor``
    (the caller asks only when the sentence names a place)."""
    return aimed_at(actor, other) or told_by_reporter(kb, actor, other)


def told_by_reporter(kb: Any, actor: Any, other: Any) -> bool:
    """Whether ``other`` is in the phrase of a speaker who reports the actor's clause and is no state body."""
    speaker = reporter(actor, other)
    if speaker is None:
        return False
    agent = kb.agent((speaker.lemma_.casefold(),))
    return not (agent is not None and agent.sector in sector_group("state_office"))

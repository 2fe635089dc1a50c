"""Violence a later sentence tells without saying how or by whom, which the attack before it says (read by
``coding/aftermath.py``): "Nine were killed" (a generic kill), "Three civilians were killed and two wounded" (coded a
mass killing by its victims alone, with no doer), "Two rockets hit a market. They killed six" (a pronoun doer that
names no actor)."""

from __future__ import annotations

from ..article import Event, Participant

#: Violence told without its means ("were killed", "died in the attack"): the attack it retells says how.
GENERIC = frozenset({"180", "190", "193", "200"})
#: Violence coded by its victims alone ("civilians were killed": a mass killing), generic when no doer is told.
DOERLESS = frozenset({"202"})
#: Pronouns that, resolved to no actor, name no doer of their own.
PRONOUNS = frozenset({"they", "it"})


def generic_violence(event: Event) -> bool:
    """Violence told without its means, or by its victims alone with no doer (the attack before says who and how)."""
    code = event.cameo.get("code")
    return code in GENERIC or (code in DOERLESS and event.source is None)


def unresolved_pronoun(src: Participant) -> bool:
    """A doer that is a bare "they"/"it" resolved to no actor and no country."""
    return not (src.actor_id or src.country) and (src.text or "").lower() in PRONOUNS

"""How sure the coder is of one event (0..1), from how its code and participants were found."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .constants import KB_VIA, PRONOUN_VIA
from .roles import Slot
from .triggers import Trigger


def confidence(
    trig: Trigger,
    source: Slot | None,
    target: Slot | None,
    nominal: bool,
    flags: Mapping[str, Any],
    date_in_sentence: bool,
    quoted: bool,
    weights: Mapping[str, float],
) -> float:
    """The event's confidence: ``base`` plus and minus the config's ``confidence`` weights, clamped to
    [``min``, ``max``] and rounded to two decimals."""
    w = weights
    score = w["base"]
    if trig.frame is not None:
        score += w["frame"]
    else:
        score += w["petrarch_default"] if trig.pattern.origin.startswith("petrarch2") else w["hand_default"]
    for slot in (source, target):
        if slot is None:
            continue
        via = slot.mention.via if slot.mention is not None else None
        if slot.pronoun:
            score -= w["pronoun"]
        elif via in PRONOUN_VIA:
            score -= w["coreference"]
        elif via in KB_VIA:
            score += w["knowledge_base"]
        elif slot.participant.name or slot.participant.actor_id:
            score += w["named"]
    if flags.get("hedge") or flags.get("hypothetical"):
        score -= w["hedged"]
    if source is None:
        score -= w["nominal_without_source"] if nominal else w["verb_without_source"]
    if date_in_sentence:
        score += w["dated"]
    if quoted:
        score -= w["quoted"]
    return round(min(w["max"], max(w["min"], score)), 2)

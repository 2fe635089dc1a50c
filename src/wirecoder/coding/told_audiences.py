"""The audience a speaker tells is not the target of what the speaker says (data: lexicon/addressed_audiences.yaml).

"The foreign minister told reporters the blockade was unacceptable" judges the blockade, not the reporters; "the
general told parliament the rebels were losing" speaks of the rebels. A reporting verb's object that names a mere
audience (reporters, journalists, supporters, parliament, a news conference ...) is where the words were said, so
it is dropped as the event's target; the sentence's other targets stay. An audience told to do something ("told
the crowd to go home", an order with its own clause) is the one asked and stays, as does a named counterpart
("told Erdogan the deal was off": not an audience word). Registered in
:data:`wirecoder.coding.registry.target_fallbacks` as ``targets.told_audience.v1``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .lexicon import load, word_set
from .registry import target_fallbacks
from .roles import Slot
from .slot_spans import outside_spans, phrase_chars

_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
_ASKED_DEPS = frozenset({"xcomp", "oprd"})  # "told reporters to leave": asked, not spoken to


@cache
def _audiences() -> frozenset[str]:
    return word_set(load("addressed_audiences")["audiences"])


def audience_spans(verb: Any, statement_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the audience objects of reporting verb ``verb`` ("told reporters ..."); none when the
    verb asks its object to act ("told the crowd to disperse")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in statement_verbs:
        return []
    if any(c.dep_ in _ASKED_DEPS for c in verb.children):
        return []
    words = _audiences()
    spans = []
    for obj in verb.children:
        if obj.dep_ in _OBJECT_DEPS and (obj.lemma_.lower() in words or obj.lower_ in words):
            spans.append(phrase_chars(obj))
    return spans


@target_fallbacks.register("targets.told_audience.v1")
def told_audience(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """Drop targets that are the audience a reporting verb speaks to (``ctx``, a ``targets.TargetContext``)."""
    if not targets or ctx.nominal:
        return targets
    spans = audience_spans(ctx.token, ctx.config.statement_verbs)
    if not spans:
        return targets
    doc = ctx.token.doc
    return outside_spans(targets, doc, spans)

"""What talks abroad are about is no party to them: "the Qatari minister arrived in Cairo for talks on the war in
Sudan" is a trip to Egypt, not an act on Sudan (the host comes from the arrival's place, geo/visit_host.py).

A target found inside the topic phrase (``topic_preps`` of ``data/lexicon/mutual_acts.yaml``: "on", "about",
"over") of a talks noun (``talks`` of the same list) that a verb of travel takes ("arrived for talks on X",
``visit_lemmas`` of places/visit_host.yaml) is dropped. "Arrived for talks with X" keeps X, and talks held at
home ("held talks on X") are left to the other rules. Registered in
:data:`wirecoder.coding.registry.target_fallbacks` (targets.talks_topic.v1), after targets.inner_object.v2."""

from __future__ import annotations

from functools import cache
from typing import Any

from . import lexicon
from .registry import target_fallbacks
from .roles import Slot
from .visits import travel_lemmas


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.load("mutual_acts")
    return lexicon.word_set(data.get("talks")), lexicon.word_set(data.get("topic_preps"))


def _topic_spans(tok: Any) -> list[tuple[int, int]]:
    """Token index spans of the topic phrases of the talks a travel verb is for ("for talks on the war in X")."""
    talks, topic_preps = _lists()
    nouns = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    nouns = [n for n in nouns if n.lemma_.lower() in talks or n.lower_ in talks]
    preps = [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in topic_preps]
    return [(p.left_edge.i, p.right_edge.i) for p in preps]


def _index(ctx: Any, slot: Slot) -> int | None:
    if slot.mention is not None and slot.mention.head is not None:
        return slot.mention.head
    return slot.head


@target_fallbacks.register("targets.talks_topic.v1")
def talks_topic(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The targets less those inside the topic of the talks a trip abroad is for (see the module doc)."""
    tok = ctx.token
    if not targets or ctx.nominal or tok.lemma_.lower() not in travel_lemmas():
        return targets
    spans = _topic_spans(tok)
    if not spans:
        return targets
    kept = []
    for t in targets:
        i = _index(ctx, t)
        if i is None or not any(lo <= i <= hi for lo, hi in spans):
            kept.append(t)
    return kept

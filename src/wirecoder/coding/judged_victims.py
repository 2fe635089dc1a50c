"""A statement judging an act of violence is not aimed at the act's victims (data: lexicon/judged_victims.yaml).

"The EU condemned the attack on Kharkiv" and "the minister denounced the killing of two aid workers" judge
whoever did the act; the place or people hit are where and whom it struck, not the statement's target. The
wikinews-dev guide codes such a condemnation with no target when the sentence names no doer ("the governor called
the knife attack on the mayor a cowardly crime": target null). A doer the sentence
names as possessor or "by" phrase ("condemned Russia's attack on Kharkiv", "the shelling of X by Y") is found
by the earlier fallbacks (targets.judged_agent.v1, the object's owner) and stays; this fallback, last in the
list, only drops a target that lies inside the violent act's victim phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import lexicon
from .constants import Token
from .judged_agents import judged_acts, judged_words
from .registry import target_fallbacks
from .roles import Slot
from .slot_spans import outside_spans, phrase_chars


@dataclass(frozen=True)
class JudgedVictimWords:
    roots: frozenset[str]
    acts: frozenset[str]
    victim_preps: frozenset[str]


@cache
def judged_victim_words() -> JudgedVictimWords:
    """The word lists of ``data/lexicon/judged_victims.yaml``."""
    return lexicon.word_lists("judged_victims", JudgedVictimWords)


def victim_spans(verb: Token, words: JudgedVictimWords) -> list[tuple[int, int]]:
    """Character spans of the victim phrases ("on X", "of X") of the violent acts ``verb`` judges."""
    spans: list[tuple[int, int]] = []
    for act in judged_acts(verb, judged_words()):
        if act.lemma_.lower() not in words.acts and act.lower_ not in words.acts:
            continue
        for prep in act.children:
            if prep.dep_ != "prep" or prep.lower_ not in words.victim_preps:
                continue
            for obj in prep.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    spans.append(phrase_chars(obj))
    return spans


@target_fallbacks.register("targets.judged_victims.v1")
def judged_victims(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """Drop targets of a judging statement that are the place or victims of the violent act it judges (``ctx``,
    a ``targets.TargetContext``)."""
    words = judged_victim_words()
    if not targets or ctx.nominal or ctx.trig.code[:2] not in words.roots:
        return targets
    spans = victim_spans(ctx.token, words)
    if not spans:
        return targets
    return outside_spans(targets, ctx.token.doc, spans)

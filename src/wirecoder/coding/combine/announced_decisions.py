"""A diplomatic measure announced for the future is the measure, not a threat; a meeting scheduled with no
one to meet is no intent.

"The Kremlin said Russia would expel four Norwegian diplomats" announces a decision (CAMEO 166), as "the
ministry said it will recall its ambassador" does (161): nothing is asked of the other side, so it is no
threat (131), which future.threat.v1 would make of it. A measure put on a condition ("would expel its
diplomats if the attacks continue") stays a threat. Codes: ``codes`` of lexicon/announced_decisions.yaml;
condition words: ``marks`` of lexicon/conditional_threats.yaml.

"The two delegations will meet again in Geneva next week" tells a schedule: meeting no one named, the
subject expresses no intent to meet anyone (036) and the sentence has no event of it (``meeting_verbs``).
"""

from __future__ import annotations

from functools import cache

from ..constants import Token
from ..lexicon import load, word_set
from ..registry import future_rules
from ..triggers import Trigger
from .context import CombineContext


@cache
def _codes() -> frozenset[str]:
    return frozenset(str(c) for c in load("announced_decisions")["codes"])


@cache
def _meeting_verbs() -> frozenset[str]:
    return word_set(load("announced_decisions")["meeting_verbs"])


@cache
def _marks() -> frozenset[str]:
    return word_set(load("conditional_threats")["marks"])


def _conditioned(trig: Trigger) -> bool:
    """Does the act's verb, or a verb it hangs on, carry an "if" or "unless" clause?"""
    tok = trig.token
    for verb in (tok, tok.head):
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _marks() for m in c.children):
                return True
    return False


@future_rules.register("future.decision.v1")
def future_decision(trig: Trigger, ctx: CombineContext) -> None:
    """Keep a decided measure announced for the future as the measure: marked combined, so that
    future.threat.v1 leaves it alone."""
    if trig.combined or trig.code not in _codes() or trig.token.pos_ != "VERB":
        return
    flags = ctx.flags_of(trig.token)
    if flags.get("future") and not flags.get("negated") and not _conditioned(trig):
        trig.combined = True
        trig.notes.append("decision:future")


_PARTNER_DEPS = frozenset({"dobj", "obj", "dative", "conj"})


def _lone_subject(verb: Token) -> bool:
    """Has the verb (or the word it complements: "are due to meet", "are scheduled to meet") a subject with no
    conjoined actor in it ("the Russian and Ukrainian delegations" meet each other)?"""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return not any(t.dep_ == "conj" for s in subjects for t in s.subtree)
        if verb.dep_ not in {"xcomp", "acomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


@future_rules.register("future.scheduled_meeting.v1")
def scheduled_meeting(trig: Trigger, ctx: CombineContext) -> None:
    """A meeting verb announced for the future with no object, no "with" and no conjoined subject is a
    schedule, no event: suppressed before future.intent.v1 makes it an intent to meet (036)."""
    tok = trig.token
    if trig.combined or trig.code[:2] != "04" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _meeting_verbs():
        return
    flags = ctx.flags_of(tok)
    if not flags.get("future") or flags.get("negated"):
        return
    if any(c.dep_ in _PARTNER_DEPS or (c.dep_ == "prep" and c.lower_ in {"with", "between"}) for c in tok.children):
        return
    if not _lone_subject(tok):
        return
    trig.suppressed = True
    trig.notes.append("schedule:future")

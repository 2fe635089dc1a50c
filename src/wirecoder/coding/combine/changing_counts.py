"""Counts that change and deaths that were natural are no incidents.

A plural event noun that is the subject of a verb of a count changing, with a measure or a stretch of time,
is a statistic: "attacks on health workers rose by a quarter last year", "kidnappings in Haiti doubled",
"killings of activists dropped by a third in 2023". "Protests grew on Saturday" (no measure, a day) is left.

A death the verb tells as natural ("died in custody of a heart attack", "died in prison after a long illness",
with natural cause) is no act of force, whatever frame gave the verb its code. Words:
``data/lexicon/changing_counts.yaml`` and ``natural_deaths.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import frames as fr
from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force


@dataclass(frozen=True)
class Words:
    change_verbs: frozenset[str]
    self_measuring: frozenset[str]
    measure_preps: frozenset[str]
    degree_adverbs: frozenset[str]
    period_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("changing_counts", Words)


def _period(tok: Token) -> bool:
    """A stretch of time, not a day: "last year", "in 2023", "in the first quarter"."""
    w = words()
    if tok.lower_ in w.period_words or tok.lemma_.lower() in w.period_words:
        return True
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in {"19", "20"}


def _measured(verb: Token) -> bool:
    """The change is told with a measure, a degree or a stretch of time."""
    w = words()
    if verb.lemma_.lower() in w.self_measuring:
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in w.measure_preps:
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(_period(o) for o in fr.children(c, {"pobj"})):
            return True
        if c.dep_ == "advmod" and c.lower_ in w.degree_adverbs:
            return True
        if c.dep_ in {"npadvmod", "dobj"} and (_period(c) or c.lower_ in {"percent", "%"}):
            return True
    return False


def changing_count(tok: Token) -> bool:
    """``tok`` is a plural noun of acts whose count rises or falls, with a measure: a statistic."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.tag_ in {"NNS", "NNPS"}
        and verb.lemma_.lower() in words().change_verbs
        and not fr.children(tok, {"poss", "nummod"})
        and _measured(verb)
    )


@cache
def _natural_words() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("natural_deaths").get("natural_words"))


def _cause(prep: Token) -> bool:
    """A natural cause after "of", "from" or "after": "of a heart attack", "after a long illness", "of natural
    causes" ("in the attack" is no cause, and an attack is natural only of the heart)."""
    if prep.lower_ not in {"of", "from", "after"}:
        return False
    for obj in fr.children(prep, {"pobj"}):
        mods = {t.lower_ for t in obj.children if t.dep_ in {"compound", "amod"}}
        if obj.lemma_.lower() == "attack":
            if "heart" in mods:
                return True
            continue
        if ({obj.lower_, obj.lemma_.lower()} | mods) & _natural_words():
            return True
    return False


def _died_naturally(verb: Token) -> bool:
    """A death told as natural on the verb, or on the place its "in" names: "died in prison after a long
    illness", "died in custody of a heart attack" (the parser hanging the cause on "custody")."""
    if verb.lemma_.lower() not in {"die", "pass"}:
        return False
    preps = fr.children(verb, {"prep"})
    if any(_cause(p) for p in preps):
        return True
    return any(_cause(q) for p in preps for o in fr.children(p, {"pobj"}) for q in fr.children(o, {"prep"}))


@combine_passes.register("combine.changing_count.v1")
def changing_count_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A noun of acts whose count rose or fell ("attacks rose by a quarter") is a statistic, no event."""
    nouns = [t for t in triggers if t.pattern.kind == "noun"]
    suppress_force(nouns, changing_count, note="trend")


@combine_passes.register("combine.natural_death.v1")
def natural_death_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A death told as natural ("died in custody of a heart attack") is no act of force."""
    suppress_force(triggers, _died_naturally, note="natural death")

"""Force that is a drill: "troops staged a mock attack on a beach", "the navy carried out a simulated air raid",
"marines stormed a beach during an annual exercise". A verb or noun of force (CAMEO roots 18-20) with a sham
modifier (mock, simulated, dummy) or told during or in a drill, with no harm told in the sentence and no violent
doer, is a show of force (150), as drills held alone are (patterns hold-drills): no attack. "Militants attacked
soldiers during a training exercise" is left alone. A munition that goes off by itself in a drill ("a soldier was
killed when a shell exploded during a live-fire drill") is a training accident: no event, and so no toll. Words in
``data/lexicon/drill_force.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .figurative_objects import words as object_words
from .non_events import words as non_event_words

#: The code a drill's force becomes: a show of force (demonstrate military or police power).
SHOW_OF_FORCE = "150"


@dataclass(frozen=True)
class Words:
    sham_words: frozenset[str]
    drill_words: frozenset[str]
    drill_preps: frozenset[str]
    drill_compound_heads: frozenset[str]
    drill_compound_mods: frozenset[str]
    unit_nouns: frozenset[str]
    platform_nouns: frozenset[str]
    harm_words: frozenset[str]
    mishap_verbs: frozenset[str]
    drill_munitions: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("drill_force", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _sham(tok: Token) -> bool:
    """ "a mock attack", "a simulated air raid": a sham modifier on the noun of force."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in words().sham_words for c in tok.children
    )


def _in_drill(tok: Token) -> bool:
    """The verb (or the verb whose object the noun is) is told during or in a drill ("during an annual exercise");
    the drill phrase may hang on the verb's object or on the noun of its place phrase ("fired missiles at a test
    range during exercises", where the parser hangs "during" on "range")."""
    w = words()
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "obj"} else tok
    heads = [tok, verb] if verb is not tok else [tok]
    heads += [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i != tok.i]
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        p.dep_ == "prep" and p.lower_ in w.drill_preps and any(o.dep_ == "pobj" and _drill_noun(o) for o in p.children)
        for h in heads
        for p in h.children
    )


def _drill_noun(tok: Token) -> bool:
    """A drill's noun ("an annual exercise"), or one that is a drill only with its modifier ("war games")."""
    w = words()
    if _lemma(tok) in w.drill_words:
        return True
    return _lemma(tok) in w.drill_compound_heads and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in w.drill_compound_mods for c in tok.children
    )


def _branch_word(tok: Token) -> bool:
    """An arm word naming a branch's units ("artillery units", "missile crews") or an armoured arm as the subject
    itself ("tanks fired shells"), no violent doer."""
    w = words()
    if tok.dep_ in {"nsubj", "agent"} or tok.head.dep_ == "agent":
        return _lemma(tok) in w.platform_nouns or tok.lower_ in w.platform_nouns
    return tok.dep_ in {"compound", "amod"} and _lemma(tok.head) in w.unit_nouns


def _violent_doer(tok: Token, arms: bool = True) -> bool:
    """A subject of the verb is a violent or armed non-state doer ("militants", "gunmen"), or, with ``arms``, is
    marked by a word of arms ("a suicide attacker")."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "obj"} else tok
    doers = object_words().violent_doers - {"soldier", "soldiers", "troops"}
    armed = non_event_words().armed_words - {"army", "troops", "police", "naval"} if arms else frozenset()
    return any(
        _lemma(t) in doers or t.lower_ in doers or (_lemma(t) in armed and not _branch_word(t))
        for s in verb.children
        if s.dep_ in {"nsubj", "agent"}
        for t in s.subtree
    )


def drill(tok: Token) -> bool:
    """``tok`` is force with a sham modifier or told in a drill, in a sentence with no harm and no violent doer."""
    if not (_sham(tok) or _in_drill(tok)) or _violent_doer(tok):
        return False
    harm = words().harm_words
    return not any(_lemma(t) in harm or t.lower_ in harm for t in tok.sent if t.i != tok.i)


def drill_mishap(verb: Token) -> bool:
    """A munition going off by itself in a drill ("a shell exploded during a live-fire drill", "a grenade went off
    during training"): an intransitive verb of going off whose subject is a drill's own munition (a bomb or a device
    going off during training is left alone: it may be an attack on the trainees), with no violent doer."""
    w = words()
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma not in w.mishap_verbs or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    if lemma in {"go", "blow"} and not any(c.dep_ == "prt" and c.lower_ in {"off", "up"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "acl":  # "when a torpedo detonated" read as a torpedo, detonated
        subjects = [verb.head]
    if not subjects or not all(_lemma(n) in w.drill_munitions for n in subjects):
        return False
    return _in_drill(verb) and not _violent_doer(verb, arms=False)  # a munition is the subject: no arms test


@combine_passes.register("combine.drill_force.v1")
def drill_force(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb or noun of force that is a sham or told in a drill: a show of force (150), no attack; a munition
    going off in a drill: a training accident, no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if drill_mishap(trig.token):
            trig.suppressed = True
            trig.notes.append("training accident")
        elif drill(trig.token):
            trig.code = SHOW_OF_FORCE
            trig.notes.append("drill")

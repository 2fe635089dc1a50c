"""A speaker's call on its own country to be ready is the speaker's statement, no demand on anyone: "the prime
minister told parliament the country must be ready to defend itself", "the president said the nation should
prepare for a long standoff". combine.obligation.v1 reads "X said Y must / should V" as X's demand on Y (10x) or
appeal (02x); when Y is the speaker's own side ("the country", "the nation", "we") and the clause says readiness
("ready", "prepared", "prepare", "brace"), no one else is asked anything and the act is not yet done: the trigger
gives no event of its own. A demand on
another party ("said the rebels must be ready to disarm") or an act the side must do ("said the country must
hold elections") stays the obligation's.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import frames as fr
from .. import lexicon
from ..config import CoderConfig
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger, speech_verbs
from .context import CombineContext

_CHAIN = frozenset({"xcomp", "acomp", "conj", "prep", "pobj"})


@dataclass(frozen=True)
class ExhortationWords:
    own_sides: frozenset[str]
    readiness_words: frozenset[str]
    own_marks: frozenset[str]


def words() -> ExhortationWords:
    """The lists, read once per process."""
    return lexicon.word_lists("own_exhortations", ExhortationWords)


def _told_clause(tok: Token, config: CoderConfig) -> tuple[Token, list[Token]] | None:
    """The must / should clause a speech verb governs that holds ``tok`` (``tok`` itself or up a chain of
    complements), with the chain's words; None when there is none."""
    cur, chain = tok, [tok]
    for _ in range(5):
        modal = any(c.dep_ == "aux" and c.lower_ in config.obligation_modals for c in cur.children)
        if modal and cur.dep_ == "ccomp" and cur.head.lemma_.lower() in speech_verbs():
            return cur, chain
        if cur.dep_ not in _CHAIN or cur.head.i == cur.i:
            return None
        cur = cur.head
        chain.append(cur)
    return None


def _own_side(subj: Token) -> bool:
    """A subject standing for the speaker's own side: "we", "the country", "our nation" (no named place, no
    other's "Ukraine's army")."""
    w = words()
    if subj.lemma_.lower() not in w.own_sides and subj.lower_ not in w.own_sides:
        return False
    if subj.pos_ == "PRON":
        return True
    marks = [c for c in subj.children if c.dep_ in {"det", "poss"}]
    return (
        bool(marks)
        and all(m.lower_ in w.own_marks for m in marks)
        and not any(c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in subj.children)
    )


def own_exhortation(trig: Trigger, config: CoderConfig) -> bool:
    """Is ``trig`` in a must / should clause whose subject is the speaker's own side and whose words say
    readiness ("the country must be ready to defend itself")?"""
    found = _told_clause(trig.token, config)
    if found is None:
        return False
    clause, chain = found
    subj = fr.subject(clause)
    if subj is None or not _own_side(subj):
        return False
    ready = words().readiness_words
    near = [*chain, *(c for t in chain for c in t.children if c.dep_ in {"acomp", "xcomp"})]
    return any(t.lemma_.lower() in ready or t.lower_ in ready for t in near)


@combine_passes.register("combine.own_exhortation.v1")
def own_exhortation_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A call on the speaker's own side to be ready gives no event of its own (no demand, no act yet)."""
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "verb" and own_exhortation(trig, ctx.config):
            trig.suppressed = True
            trig.notes.append("own-exhortation")

"""Passes that leave words of a standing state uncoded: relations, stances, records, figures.

Real news describes parties by whom they back ("the militia, backed by X"), by the causes they favour
("supported independence") and by what they have done many times ("have met several times", "frequent
clashes for decades"), and says that abstract things "hit" people ("the scandal hit the party"). None of these is an act of the story's time. (Acts told as stopping, "stop attacking each other", are
``combine.ceased_act.v1`` in ``ceased.py``.)
Word lists: ``data/lexicon/stances.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..frames import children, governing_verb, subject
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_COOPERATION_ROOTS = frozenset({"05", "06", "07"})
_RECORD_ROOTS = frozenset({"04", "05", "06", "07", "18", "19", "20"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PAST_OR_MODAL = frozenset({"VBD", "MD"})


@dataclass(frozen=True)
class StanceWords:
    """The word lists of ``data/lexicon/stances.yaml``."""

    patronage_verbs: frozenset[str]
    standing_adverbs: frozenset[str]
    long_spans: frozenset[str]
    span_preps: frozenset[str]
    waging_verbs: frozenset[str]
    cause_verbs: frozenset[str]
    cause_nouns: frozenset[str]
    times_nouns: frozenset[str]
    frequency_words: frozenset[str]
    abstract_subjects: frozenset[str]
    harm_roots: frozenset[str]
    meeting_preps: frozenset[str]
    record_nouns: frozenset[str]
    condition_nouns: frozenset[str]


@cache
def words() -> StanceWords:
    """The lists, read once per process."""
    data = lexicon.load("stances")
    return StanceWords(**{k: lexicon.word_set(data.get(k)) for k in StanceWords.__dataclass_fields__})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _in(tok: Token, vocab: frozenset[str]) -> bool:
    return _lemma(tok) in vocab or tok.lower_ in vocab


def _long_span(tok: Token, w: StanceWords) -> bool:
    """A phrase of a long span on ``tok``: "for years", "over the decades", "since the 1980s"."""
    for prep in children(tok, {"prep"}):
        objs = children(prep, {"pobj"})
        if prep.lower_ in w.span_preps and any(_in(o, w.long_spans) for o in objs):
            return True
        if prep.lower_ == "since" and any(o.tag_ == "CD" for o in objs):
            return True
    return False


def _standing(tok: Token, w: StanceWords) -> bool:
    """A patronage verb told as a state: a participle on a noun, a present passive, a standing adverb or span."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    auxes = children(tok, {"aux", "auxpass"})
    if any(_lemma(a) == "have" and a.tag_ == "VBD" for a in auxes):
        return True  # "had long backed X", "had been allied with X": the background of the story
    passive = bool(children(tok, {"auxpass"}))
    if passive and any(a.tag_ in _PRESENT for a in auxes) and not any(a.tag_ in _PAST_OR_MODAL for a in auxes):
        return True
    return any(_in(a, w.standing_adverbs) for a in children(tok, {"advmod"})) or _long_span(tok, w)


def _relation_purpose(tok: Token, w: StanceWords) -> bool:
    """A gerund that says what a standing relation is for: "had been allied with X in fighting Y"."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "in" or tok.head.head.i == tok.head.i:
        return False
    gov = tok.head.head
    return _lemma(gov) in w.patronage_verbs and _standing(gov, w)


@combine_passes.register("combine.standing_relation.v1")
def standing_relation(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Backing, funding or arming told as what a party is ("the rebels, backed by X", "are supported by X",
    "has long armed X", "funded X for years"), and what such a relation is for ("allied with X in fighting
    Y"), is a relation, no act of the story's time."""
    w = words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind == "noun":
            continue
        if trig.code[:2] in w.harm_roots and _relation_purpose(tok, w):
            trig.suppressed = True
            trig.notes.append("relation purpose")
        elif trig.code[:2] in _COOPERATION_ROOTS and _lemma(tok) in w.patronage_verbs and _standing(tok, w):
            trig.suppressed = True
            trig.notes.append("standing relation")


@combine_passes.register("combine.cause_stance.v1")
def cause_stance(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Backing a cause or a course of action ("openly supported independence", "endorsed blocking the bill") is
    a stance, no act towards anyone; backing a party or its bid ("backed Kenya's bid") stays."""
    w = words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind == "noun" or trig.code[:2] != "05" or _lemma(tok) not in w.cause_verbs:
            continue
        objs = children(tok, {"dobj", "xcomp"})
        cause = any(_in(o, w.cause_nouns) and not children(o, {"poss"}) for o in objs)
        acts = any(o.tag_ == "VBG" or (o.left_edge.tag_ == "VBG" and o.left_edge.i == tok.i + 1) for o in objs)
        if cause or acts:
            trig.suppressed = True
            trig.notes.append("stance")


def _recurring(trig: Trigger, w: StanceWords) -> bool:
    """Told as a run of acts: a count of times or a word of frequency in the present perfect, or frequency over a
    long span, on the trigger or its verb; or a war waged over a long span ("has fought the government for fifteen
    years"). One act or a toll over a span stays ("have negotiated the deal for years"; "have killed 900 over five
    years" is kept, dated as background by the dates stage)."""
    tok = trig.token
    verb = governing_verb(tok)
    perfect = any(_lemma(a) == "have" and a.tag_ in _PRESENT for a in children(verb, {"aux"}))
    times = any(
        _in(t, w.times_nouns)
        for t in children(verb, {"npadvmod"}) + [o for p in children(verb, {"prep"}) for o in children(p, {"pobj"})]
        if any(_lemma(c) in {"several", "many", "numerous", "multiple"} or c.tag_ == "CD" for c in t.children)
    )
    span = _long_span(verb, w) or _long_span(tok, w)
    frequent = any(_in(c, w.frequency_words) for c in children(tok, {"amod", "advmod"}) + children(verb, {"advmod"}))
    waged = perfect and span and tok.i == verb.i and _in(tok, w.waging_verbs)  # "has fought X for fifteen years"
    return (perfect and (times or frequent)) or (span and frequent) or waged


@combine_passes.register("combine.recurring_record.v1")
def recurring_record(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A meeting, backing or violence told as a run of acts over time ("the two have met several times",
    "the region has seen frequent clashes for decades") is a record, no incident of the story's time."""
    w = words()
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _RECORD_ROOTS:
            continue
        if _recurring(trig, w):
            trig.suppressed = True
            trig.notes.append("recurring record")


@combine_passes.register("combine.abstract_harm.v1")
def abstract_harm(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb whose subject is an abstract thing ("the scandal hit the coalition", "inflation battered
    households") is a figure of speech: no one acted."""
    w = words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind == "noun" or trig.code[:2] not in w.harm_roots:
            continue
        subj = subject(tok)
        if subj is not None and _in(subj, w.abstract_subjects) and not subj.ent_type_:
            trig.suppressed = True
            trig.notes.append("figure")


@combine_passes.register("combine.meeting_told_again.v1")
def meeting_told_again(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A meeting noun in a phrase of a meeting verb is that meeting told again ("leaders met in X for a summit",
    "ministers gathered at the conference"): one consultation, the verb's. One that only dates what is said
    ("at the opening of the summit, X said", ``time_frame_nouns``) is no event either."""
    w, frames = words(), ctx.config.time_frame_nouns
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun" or trig.code[:2] != "04" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        verb = ctx.by_token.get(prep.head.i)
        if prep.lower_ in w.meeting_preps and verb is not None and not verb.suppressed and verb.code[:2] == "04":
            trig.suppressed = True
            trig.notes.append("same meeting")
        elif prep.lower_ == "of" and _lemma(prep.head) in frames:
            trig.suppressed = True
            trig.notes.append("time frame")


def _told_as_kind(tok: Token, w: StanceWords) -> bool:
    """An event noun in the "of" phrase of a noun of kinds or records: "an example of the attacks on X"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and _in(prep.head, w.record_nouns)


def _condition(tok: Token, w: StanceWords) -> bool:
    """A noun of a lasting condition ("ongoing repression of X") in a sentence with no date and no count."""
    if not _in(tok, w.condition_nouns):
        return False
    sent = tok.sent
    return not any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in sent)


@combine_passes.register("combine.kinds_and_conditions.v1")
def kinds_and_conditions(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Acts told as a kind or a record ("an example of the attacks on diplomats") or as a lasting condition
    ("the junta's ongoing repression of its people", undated and uncounted) are no incident."""
    w = words()
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "noun":
            continue
        if _told_as_kind(trig.token, w) or _condition(trig.token, w):
            trig.suppressed = True
            trig.notes.append("kind or condition")

"""An act that is remembered, retold or shown is history, no incident of the day: "thousands gathered to mark
the anniversary of the atomic bombing, which killed an estimated 140,000", "his memoir recounts the siege of
Sarajevo, during which more than 11,000 people were killed", "the exhibition recalls the bombing of Dresden".

Coded as today's act, such a sentence puts a war's old dead on this week's table. The act (the event noun or
the casualty verb of its relative clause) gives no event when a remembering word ("anniversary", "memorial",
"commemorate", "recount") governs it, or the verb above it has a work ("the film", "the exhibition") as its
subject, and it has no day of its own ("a memorial service for the soldiers killed on Monday" keeps
Monday's killing). An attack on the mourners themselves ("gunmen attacked mourners marking the anniversary, killing
three") is above the remembering word, and stays. Word lists: ``data/lexicon/remembered.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .war_tolls import dated_to_a_day

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COUNTED_CLAUSES = frozenset({"advcl", "acl", "relcl"})


@dataclass(frozen=True)
class RememberedWords:
    """The word lists of ``data/lexicon/remembered.yaml``."""

    remembering_words: frozenset[str]
    works: frozenset[str]
    elapsed_units: frozenset[str]
    elapsed_preps: frozenset[str]
    near_units: frozenset[str]
    elapsed_particles: frozenset[str]
    told_in: frozenset[str]
    staging_words: frozenset[str]
    loss_verbs: frozenset[str]


@cache
def words() -> RememberedWords:
    """The lists, read once per process."""
    return lexicon.word_lists("remembered", RememberedWords)


def remembering(tok: Token) -> bool:
    """``tok`` remembers or retells what hangs below it: a remembering word, a count of years "since" or
    "after" ("29 years since the massacre"), or a verb whose subject is a work ("the film tells", "the
    exhibition recalls")."""
    w = words()
    if tok.lemma_.lower() in w.remembering_words or tok.lower_ in w.remembering_words:
        return True
    if tok.lower_ in w.elapsed_preps and any(_elapsed(c) for c in tok.children):
        return True  # "two years after the siege"
    if elapsed_clause(tok):
        return True  # "ten years after gunmen stormed the mall"
    if tok.pos_ in {"VERB", "AUX"} and years_on(tok):
        return True  # "Ten years on, survivors recall the night of the attack"
    if tok.lower_ in w.elapsed_particles and (_elapsed(tok.head) or any(_elapsed(c) for c in tok.children)):
        return True  # "A year on from the bombing that killed 40"
    if _elapsed(tok) or any(_elapsed(c) for c in tok.children if c.dep_ in {"dobj", "npadvmod", "attr"}):
        holders = [tok, *(c for c in tok.children if _elapsed(c))]  # "mark 29 years since": on "mark" or "years"
        if any(c.dep_ == "prep" and c.lower_ in w.elapsed_preps for h in holders for c in h.children):
            return True
        return any(_counted_clause(c) for h in holders for c in h.children)  # "15 years since gunmen attacked"
    if tok.lemma_.lower() in w.staging_words or tok.lower_ in w.staging_words:
        return True  # "the drill simulated an attack"
    if tok.pos_ in {"VERB", "AUX"} and _told_in_a_work(tok):
        return True
    if tok.lemma_.lower() in w.loss_verbs and tok.pos_ == "VERB" and _named_event_lost_in(tok):
        return True  # "she lost her brother in the Beslan siege, in which 330 died"
    return _work_tells(tok)


def _work_tells(verb: Token) -> bool:
    """``verb`` has a work as its subject: "the film follows", "the novel opens"."""
    w = words()
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECTS and c.lower_ in w.works for c in verb.children)


def _told_in_a_work(verb: Token) -> bool:
    """``verb`` happens "in the film", "in the game" (a story's world, not the day's news)."""
    told = words().told_in
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            if any(
                o.dep_ == "pobj" and _a_work(o, told) and (o.i < verb.i or _owned_by_work(o)) for o in prep.children
            ):
                return True  # after the verb only a work's own part: "storm village after village in the series' third season"
    return any(c.dep_ in _SUBJECTS and _owned_by_work(c) for c in verb.children)  # "the film's soldiers storm"


def _owned_by_work(noun: Token) -> bool:
    """``noun`` belongs to a work by a possessive: "the film's soldiers", "the series' third season"."""
    told = words().told_in
    return any(c.dep_ == "poss" and c.lower_ in told for c in noun.children)


def _a_work(obj: Token, told: frozenset[str]) -> bool:
    """``obj`` is a work, or a part of one: "the novel", "the documentary's reconstruction", "the game's final
    mission", "the film's opening scene" (never "a show of force")."""
    if obj.lower_ in told:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return any(c.dep_ in {"poss", "compound"} and c.lower_ in told for c in obj.children)


def _named_event_lost_in(verb: Token) -> bool:
    """``verb`` ("lost") has someone lost "in" an event named by a place or a year: "lost her brother in the
    Beslan siege", "lost his leg in the 2010 bombing" (a past event the person is told by; "lost three children
    in an air strike on Monday" names none and keeps its day)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            mods = list(obj.children)
            if obj.dep_ == "pobj" and any(m.dep_ == "det" and m.lower_ == "the" for m in mods):
                if any(m.dep_ == "compound" and (m.pos_ == "PROPN" or m.ent_type_ == "DATE") for m in mods):
                    return True
                if any(m.dep_ == "nummod" and m.ent_type_ == "DATE" for m in mods):
                    return True
    return False


def _elapsed(tok: Token) -> bool:
    """``tok`` counts years: "29 years", "two decades", "a decade", "a century"."""
    if tok.lower_ not in words().elapsed_units:
        return False
    return any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in tok.children)


def _counted_clause(tok: Token) -> bool:
    """``tok`` heads a clause a count of years is reckoned from: "to mark 15 years since gunmen attacked the
    hotels", "it is two decades after rebels seized the town" (the clause hangs on the count, "since" or "after"
    on the clause's verb)."""
    if tok.dep_ not in _COUNTED_CLAUSES or tok.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "mark" and c.lower_ in words().elapsed_preps for c in tok.children)


def years_on(verb: Token) -> bool:
    """``verb`` is told a count of years "on" from what it looks back at: "Ten years on, survivors recall ...",
    "Two decades on, families mourn ..." (the count and "on" hang on the verb in either order)."""
    on = words().elapsed_particles
    for c in verb.children:
        if c.lower_ in on and c.dep_ in {"advmod", "prep"} and any(_elapsed(g) for g in c.children):
            return True
        if c.dep_ == "npadvmod" and _elapsed(c):
            if any(g.lower_ in on and not any(o.dep_ == "pobj" for o in g.children) for g in c.children):
                return True
    return False


def elapsed_clause(verb: Token) -> bool:
    """``verb`` heads a clause counted years back from the day: "fifteen years after a truck bomb killed eight",
    "two decades since rebels seized the town" (the count and "after" or "since" both hang on the verb)."""
    w = words()
    return any(_elapsed(c) for c in verb.children if c.dep_ == "npadvmod") and any(
        c.dep_ == "mark" and c.lower_ in w.elapsed_preps for c in verb.children
    )


def remembered(tok: Token) -> bool:
    """``tok`` (an act) hangs below a remembering word or a work's telling verb, or is told in a clause counted
    years back ("ten years after gunmen stormed the mall and killed 67")."""
    told = _told_in_a_work(tok) or any(remembering(a) for a in tok.ancestors)  # "In the film, a soldier kidnaps ..."
    return (told or elapsed_clause(tok)) and not dated_to_a_day(tok) and not _near_in_time(tok)


def _under_a_work(tok: Token) -> bool:
    """``tok`` hangs below a verb whose subject is a work: "the novel opens as soldiers burn the granaries"."""
    return any(_work_tells(a) for a in tok.ancestors)


def _near_in_time(verb: Token) -> bool:
    """``verb`` heads a clause told a short count from the day's act: "hours after gunmen killed two officers",
    "minutes before the bomb went off" (its own "after" or "before" and a count of hours or days)."""
    w = words()
    return any(c.dep_ == "npadvmod" and c.lower_ in w.near_units for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in verb.children
    )


@combine_passes.register("combine.remembered_act.v1")
def remembered_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence remembered or retold (an anniversary, a memorial, a memoir's story): no event; so is a seizure
    told years back ("twenty years after militants seized the theatre and killed dozens": the seizure would
    carry the old dead)."""
    suppress_force(triggers, remembered)
    for trig in triggers:  # "In the novel, a militia burns a town", "In the play, guards arrest the poet"
        tok = trig.token
        if (
            not trig.suppressed
            and tok.pos_ in {"VERB", "AUX"}
            and any(_told_in_a_work(a) for a in [tok, *tok.ancestors])
        ):
            trig.suppressed = True
            trig.notes.append("background")
    for trig in triggers:
        # "ten years after militants seized the theatre", "the novel opens as soldiers burn the granaries"
        tok = trig.token
        if (
            not trig.suppressed
            and trig.code[:2] == "17"
            and (elapsed_clause(tok) or _under_a_work(tok))
            and remembered(tok)
        ):
            trig.suppressed = True
            trig.notes.append("background")

"""An obituary's account of the dead person's past is history, no incident of the day: "The nurse, who treated
the wounded after the nightclub bombings that killed 202 people, died on Monday in Perth aged 81".

The sentence's verb is a death of one person told with their age ("died aged 74", "died at 80", "died at the
age of 80"): no attack kills a person "aged 74" in a news lead without its own words of force, and the clause
on the person ("who treated the wounded", "a survivor of the siege") tells their life. Coded as news, the old
bombing's 202 dead would land on this week's table. A violent act in that clause with a day of its own ("who
was wounded in an ambush on Monday") is news and stays. A death told with no age ("died on Monday") is an
obituary when the clause on the one person who died has them do something that is no violence ("who treated
the wounded after the bombings"), or dates the act to a year ("whose son was abducted in 2014"); a clause on
their own harm ("who was shot by gunmen") is the news of a death from an attack and stays. Word lists: ``data/lexicon/obituaries.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .war_tolls import dated_to_a_day

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class ObituaryWords:
    """The word lists of ``data/lexicon/obituaries.yaml``."""

    death_verbs: frozenset[str]
    age_words: frozenset[str]
    biography_deps: frozenset[str]
    injury_words: frozenset[str]
    harm_lemmas: frozenset[str]
    person_pronouns: frozenset[str]


@cache
def words() -> ObituaryWords:
    """The lists, read once per process."""
    return lexicon.word_lists("obituaries", ObituaryWords)


def _gives_age(verb: Token) -> bool:
    """``verb`` tells the age of the one who died: "aged 74", "at the age of 80", "at 71"."""
    w = words()
    for c in verb.subtree:
        if c.lower_ in w.age_words and any(n.like_num for n in c.subtree):
            return True
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            if any(o.dep_ == "pobj" and o.like_num and not o.ent_type_ == "TIME" for o in prep.children):
                return True  # "died at 71" ("at 5 pm" is a time)
    return False


def obituary_verb(verb: Token) -> bool:
    """``verb`` tells one person's death with their age: "died aged 74", "has died at the age of 80"."""
    return verb.lemma_.lower() in words().death_verbs and verb.pos_ in {"VERB", "AUX"} and _gives_age(verb)


def one_death(verb: Token) -> bool:
    """``verb`` tells the death of one person with no cause of harm ("died on Monday", "has died in Kigali";
    not "died of his wounds", not "three people died")."""
    w = words()
    if verb.lemma_.lower() not in w.death_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ not in {"NN", "NNP"} or any(c.like_num for c in subjects[0].children):
        return False
    causes = [o for p in verb.children if p.lower_ in {"of", "from"} for o in p.subtree]
    return not any(o.lemma_.lower() in w.injury_words for o in causes)


def _life_clause(clause: Token, tok: Token) -> bool:
    """``clause`` (on a person whose death is told with no age) tells their life and ``tok`` an act they
    witnessed, not one done to them: the dead person does an act that is no violence ("who treated the
    wounded after the bombings", "whose photographs of the massacre shocked the world"), or the act has a
    year of its own ("whose son was among the students abducted in 2014")."""
    if any(t.like_num and _YEAR.match(t.text) and t.ent_type_ == "DATE" for t in tok.subtree):
        return True
    if tok.dep_ == "relcl" and _their_people_did(tok):  # "X, the commander whose fighters abducted thousands"
        return True
    if clause.dep_ != "relcl" or clause is tok or clause.lemma_.lower() in words().harm_lemmas:
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children) or clause.lemma_ == "be":
        return False  # "who was wounded in the attack", "who was among those hurt": the person's own harm
    return any(c.dep_ == "nsubj" for c in clause.children)


def _their_people_did(clause: Token) -> bool:
    """The dead person's people did the act, in the active voice: "whose fighters abducted thousands",
    "whose troops shelled the city" ("whose son was abducted" is harm done to their own and stays)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "poss" and c.lower_ == "whose" for s in subjects for c in s.children)


def _biography_clause(tok: Token) -> Token | None:
    """The head of the clause or phrase on the subject of an obituary verb that holds ``tok``, if any."""
    deps = words().biography_deps
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in deps and cur.head.dep_ in {"nsubj", "nsubjpass"}:
            verb = cur.head.head
            if obituary_verb(verb) or (one_death(verb) and _life_clause(cur, tok)):
                return cur
        cur = cur.head
    return None


def told_life(tok: Token) -> bool:
    """``tok`` is an act of the dead person's past told in an obituary, with no day of its own."""
    clause = _biography_clause(tok)
    return clause is not None and not dated_to_a_day(clause)


@combine_passes.register("combine.obituary_life.v1")
def obituary_life(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in an obituary's clause on the dead person: history, no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if told_life(trig.token):
            trig.suppressed = True
            trig.notes.append("background")

"""A war's whole toll is history, no incident: "some 300,000 people died in the civil war that ended in
2009", "the insurgency claimed 17,000 lives", "since the conflict began in 2011, 500,000 have been killed".

Such a count adds up years of deaths; summed as today's fatalities it ruins a country-year table. A toll
dated to a day of its own ("killed in the war on Tuesday") stays. Word lists: ``data/lexicon/war_tolls.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..numbers import lexicon as number_words
from ..numbers import number_at
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_TOLD_ROOTS = frozenset({"18", "19", "20"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$|^(1[89]|20)\d0s$")  # "2011", "the 1990s"
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_WORDS = _WEEKDAYS | {"today", "yesterday", "tonight"}
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_MONTHS = _MONTH_NAMES | {
    "week",
    "month",
    "weekend",
}


@dataclass(frozen=True)
class WarTollWords:
    """The word lists of ``data/lexicon/war_tolls.yaml``."""

    war_nouns: frozenset[str]
    within_preps: frozenset[str]
    toll_lemmas: frozenset[str]
    start_nouns: frozenset[str]
    witnessing_verbs: frozenset[str]
    relative_words: frozenset[str]
    vast_toll: frozenset[str]
    named_only: frozenset[str]
    seizure_verbs: frozenset[str]


@cache
def words() -> WarTollWords:
    """The lists, read once per process."""
    return lexicon.word_lists("war_tolls", WarTollWords)


def _war(tok: Token) -> bool:
    if tok.lemma_.lower() in words().named_only or tok.lower_ in words().named_only:
        return _named(tok) or not _seizure_told(tok)
    return tok.lemma_.lower() in words().war_nouns or tok.lower_ in words().war_nouns


def _named(tok: Token) -> bool:
    """A stretch that is a war only when named ("the siege of Sarajevo", "the Beslan siege", "the 1992 siege"):
    a bare "the siege" retells the incident just told ("Gunmen took over a hotel. 13 were killed during the
    siege")."""
    for c in tok.children:
        if c.dep_ in {"compound", "poss", "nmod", "nummod"} or c.pos_ in {"PROPN", "NUM"} or c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            return True
    return False


def _seizure_told(tok: Token) -> bool:
    """Whether the sentence before a bare "the siege", or its own before it, tells the seizure the siege is of
    ("Gunmen stormed a hotel. 13 were killed during the siege"); a siege no told act opens is remembered
    ("gathered to mark twenty years since the school siege. The siege, in which 334 were killed, ...")."""
    sent = tok.sent
    start = sent.start
    before = sent.doc[sent.doc[start - 1].sent.start : start] if start > 0 else sent.doc[start:start]
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in words().seizure_verbs for t in [*before, *sent.doc[start : tok.i]]
    )


def dated_to_a_day(verb: Token, own_clause: bool = False) -> bool:
    """The deaths carry a day of their own: "killed in the war on Tuesday", "died in the conflict yesterday".
    With ``own_clause`` a verb joined to it keeps its day ("killed two million people, died on Sunday")."""
    toks = _own_clause(verb) if own_clause else verb.subtree
    for tok in toks:
        if tok.lower_ in _DAY_WORDS:
            return True
        if tok.ent_type_ == "DATE" and tok.like_num and not _YEAR.match(tok.text) and tok.head.lower_ in _MONTH_NAMES:
            return True  # "on 3 May" ("the two-year war" is no day)
    return False


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s clause, less the verbs joined to it and their words."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
    return out


def _sentence_names_a_month(verb: Token) -> bool:
    """The sentence dates its deaths to a month, a week or a day ("December 2022 was the deadliest month, as
    the insurgency killed 40 soldiers"): a war named as the killer is then the fighters of that stretch."""
    return any(t.ent_type_ == "DATE" and t.lower_ in _MONTHS | _DAY_WORDS and not _told_of_a_war(t) for t in verb.sent)


def _told_of_a_war(tok: Token) -> bool:
    """``tok`` sits in a clause on a war ("the war, which ended in November 2022"): it dates the war, not
    the deaths; also when the clause hangs on a place in the war's phrase ("the war in Tigray, which ...") or
    on a party joined in it ("the war between the army and the RSF, which began in April 2023")."""
    return any(a.dep_ in {"relcl", "acl"} and _in_war_phrase(a.head) for a in tok.ancestors)


def _in_war_phrase(noun: Token) -> bool:
    """``noun`` is a war or a word of its phrase ("the war in Tigray": Tigray)."""
    for _ in range(4):
        if _war(noun):
            return True
        if noun.dep_ not in {"pobj", "prep", "compound", "appos", "conj"} or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _names_a_year(verb: Token) -> bool:
    """The toll's own clause names a year or a decade ("in 1994", "in the 1980s"), which the dating stage keeps
    as its background date ("the Thirty Years' War" names none)."""
    return any(tok.ent_type_ == "DATE" and _YEAR.match(tok.text) for tok in _own_clause(verb))


def _names_a_stretch(verb: Token) -> bool:
    """The toll's own clause names its time ("in the past decade", "over the last five years") or the war's
    decade ("the war of the 1980s"): the dating stage dates it and marks it background, so the event is kept
    with that date. A date told of the war itself ("the war that began in 2014", "between 2013 and 2018")
    does not date the toll: the toll runs to now, so it gives no event."""
    for tok in verb.subtree:
        if tok.ent_type_ != "DATE":
            continue
        if re.match(r"^(1[89]|20)\d0s$", tok.text):
            return True
        if not any(_war(a) for a in tok.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors}):
            return True
    return False


def _within_war(verb: Token) -> bool:
    """``verb`` tells deaths inside a war as a whole ("died in the civil war", "killed during the genocide")
    or a war does the killing ("the war has killed 500,000", "the insurgency claimed 17,000 lives")."""
    w = words()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in w.within_preps:
            if any(_war(p) for p in child.children if p.dep_ == "pobj"):
                return True
        if child.dep_ in {"nsubj", "agent"} and (_war(child) or _war_of_relative(verb, child)):
            return not _sentence_names_a_month(verb)
        if child.dep_ == "agent" and any(_war(p) for p in child.children if p.dep_ == "pobj"):
            return True
    return False


def _relative_within_war(verb: Token) -> bool:
    """A relative clause puts the toll inside the war named before it: "the siege of Sarajevo, during which
    more than 11,000 people were killed", "the 1971 war, when tens of thousands died"."""
    return _relative_war(verb) is not None


def _relative_war(verb: Token) -> Token | None:
    """The war noun a relative clause of ``verb`` puts its toll inside, or None."""
    w = words()
    rel = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in w.within_preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    rel += [c for c in verb.children if c.dep_ == "advmod"]
    for word in rel:
        if word.lower_ not in w.relative_words or word.i >= verb.i:
            continue
        before = [t for t in word.doc[max(word.sent.start, word.i - 4) : word.i] if t.pos_ in {"NOUN", "PROPN"}]
        if before and _in_war_phrase(before[-1]):
            return next((t for t in reversed(before) if _war(t)), before[-1])
    return None


def _seen_by_war(verb: Token) -> bool:
    """A war "saw" the deaths: "the Gukurahundi massacres saw tens of thousands of Ndebele killed"."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in words().witnessing_verbs:
        return False
    return any(c.dep_ == "nsubj" and (_war(c) or c.lemma_.lower() in {"massacre", "killing"}) for c in head.children)


def vast_toll(verb: Token) -> bool:
    """The deaths ``verb`` tells number tens of thousands or more: a war's, a regime's or an era's toll."""
    floor = min((float(v) for v in words().vast_toll), default=10000.0)
    lex, sent = number_words(), verb.sent
    for arg in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}):
        for tok in arg.subtree:
            num = number_at(verb.doc, tok.i, sent.end, lex)
            if num is not None and num.value >= floor:
                return True
    return False


def _war_of_relative(verb: Token, subject: Token) -> bool:
    """The subject is a relative pronoun standing for a war: "a conflict that has killed 20,000"."""
    return subject.lower_ in {"that", "which"} and verb.dep_ == "relcl" and _war(verb.head)


def _since_start(verb: Token) -> bool:
    """``verb`` counts deaths from a start years back or a war's start up to now: "since 2011", "since the
    start of the war", "since the conflict began in 2011"."""
    w = words()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            for obj in (p for p in child.children if p.dep_ == "pobj"):
                if _YEAR.match(obj.text) or _war(obj):
                    return True
                if obj.lemma_.lower() in w.start_nouns and any(_war(t) for t in obj.subtree):
                    return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children):
            if any(_war(t) or _YEAR.match(t.text) for t in child.subtree):
                return True
    return False


def _toll_verb(trig: Trigger) -> Token | None:
    """The verb telling the deaths of a casualty trigger (CAMEO 18-20, a toll word), or None."""
    tok = trig.token
    if trig.code[:2] not in _TOLD_ROOTS or tok.lemma_.lower() not in words().toll_lemmas:
        return None
    return tok


def whole_war_toll(verb: Token) -> bool:
    """``verb`` (a toll verb) counts deaths since a start years back or of a whole war, with no day of its
    own: "a conflict that has killed 20,000", "500,000 have died since 2011"."""
    if verb.lemma_.lower() not in words().toll_lemmas:
        return False
    if vast_toll(verb) and not dated_to_a_day(verb, own_clause=True) and not _names_a_year(verb):
        return True  # "the Khmer Rouge killed some two million people" ("... in the 1970s" is dated background)
    if dated_to_a_day(verb):
        return False
    if _since_start(verb):
        return True
    return (_within_war(verb) or _relative_within_war(verb) or _seen_by_war(verb)) and not _names_a_stretch(verb)


@combine_passes.register("combine.war_toll.v1")
def war_toll(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Deaths counted since a start years back, or told of a whole war with no date of their own: no event.
    A toll the sentence dates ("in the war of the 1990s", "in the past decade") is left to the dating stage,
    which keeps it with that date and flags it background (``dates.background.mark_background``)."""
    for trig in triggers:
        verb = _toll_verb(trig)
        if verb is None or not whole_war_toll(verb):
            continue
        if not trig.suppressed:
            trig.suppressed = True
            trig.notes.append("background")
        war = _relative_war(verb)  # "the siege of X, during which 11,000 were killed": the siege is history too
        named = ctx.by_token.get(war.i) if war is not None else None
        if named is not None and not named.suppressed and not dated_to_a_day(named.token):
            named.suppressed = True
            named.notes.append("background")

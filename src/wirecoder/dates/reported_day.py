"""The day of a reported act, not the day its speaker spoke.

A wire lead tells an act and then who told it: "Soldiers shot dead four fishermen accused of poaching on Monday,
relatives said on Wednesday", "A drone struck a market, killing 20 people on Monday, activists said Wednesday",
"Troops killed two militants in a gunfight that began late on Tuesday, police said on Wednesday". The small
parser often hangs the act's day on a participle or relative clause of the act rather than on its verb, so the
only time that dates the act's clause by the ranking of ``date_rank.date_rank`` is the speaker's day, an ancestor of
the act. A day written inside the reported clause (the speech verb's complement that holds the act), no later
than the speaking, as an adverbial ("on Monday", "late on Tuesday", "Tuesday night") and not behind a word that
ties it to another time ("a week after ... on Monday", "since Friday"; lexicon ``time_words.ordering_marks``)
nor inside another speaker's report or a clause with a subject of its own ("a summit where leaders signed"), is
the act's day. Of several the nearest to the act wins. ``clause_weekday`` does the same for a weekday in the act's
own clause when nothing dates its verb and no speaker's day stands in ("Police beat and detained traders resisting
eviction on Tuesday").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..article import Article, TimeExpr
from .holidays import names_a_day

#: A bare weekday as a lead writes it ("Tuesday", "late on Tuesday", "Monday night"), not a named day
#: ("Super Tuesday") nor another day word ("this morning").
_WEEKDAY = re.compile(
    r"^(?:(?:early|late|on|last)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)


def is_weekday(text: str) -> bool:
    """Whether a time expression is only a weekday as a lead writes it ("on Monday", "a Monday evening")."""
    return bool(_WEEKDAY.match(re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.I)))


#: Relative pronouns: a relative clause whose subject is one tells more of its noun ("a gunfight that began
#: late on Tuesday"); a clause with a subject of its own tells another act ("a summit where leaders signed").
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
#: How a reported act hangs on its speech verb.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
#: Dependency labels a day climbs through inside its phrase up to the clause it dates.
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "npadvmod", "tmod", "nmod", "amod", "advmod", "appos", "obl"})


@cache
def _ordering_marks() -> frozenset[str]:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    return word_set(load("time_words")["ordering_marks"])


@cache
def _plan_verbs() -> frozenset[str]:
    from ..coding.lexicon import load, word_set  # imported late: the coder itself imports ``dates``

    return word_set(load("time_words")["plan_verbs"])


def planned(tok: Any) -> bool:
    """Whether ``tok`` heads what is planned: a verb of planning ("planning a rally", "a march called for
    Friday"; lexicon ``time_words.plan_verbs``) or a noun it modifies ("a planned rally"). A day below it is
    the planned act's, not the day of the act told around it."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in _plan_verbs()
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "acl"} and c.tag_ == "VBN" and c.lemma_.lower() in _plan_verbs() for c in tok.children
    )


@cache
def reporting_verbs() -> frozenset[str]:
    """The verbs that report a clause ("said", "told", "reported"; lexicon ``speech_verbs`` subset ``reporting``)."""
    from ..coding.lexicon import subset  # imported late: the coder itself imports ``dates``

    return subset("speech_verbs", "reporting")


def reported_act_day(article: Article, best: TimeExpr, trigger: Any, times: list[TimeExpr]) -> TimeExpr | None:
    """A day of the act ``trigger`` reports that should replace ``best`` when ``best`` is only its speaker's
    day, or None."""
    doc = article.doc
    if doc is None or best.precision != "day" or not best.value:
        return None
    said = _clause_of(_root(doc, best))
    if said is None or said.i == trigger.i or said.lemma_.lower() not in reporting_verbs():
        return None
    content = next((a for a in [trigger, *trigger.ancestors] if a.head.i == said.i and a.i != said.i), None)
    if content is None or content.dep_ not in _REPORTED_DEPS:
        return None
    inside = {t.i for t in content.subtree}
    found = []
    for time in times:
        if time is best or not time.value or time.value > best.value or not _act_precision(time):
            continue
        root = _root(doc, time)
        if root is None or root.i not in inside or not _adverbial(root, names_a_day(time.text)):
            continue
        if _tied_elsewhere(root, content, reporting_verbs()):
            continue
        found.append((abs(root.i - trigger.i), time))
    return min(found, key=lambda ft: ft[0])[1] if found else None


#: A week or month told from the time of writing ("last week", "earlier this month", "this week").
_RELATIVE_SPAN = re.compile(r"\b(?:this|last|past|previous)\s+(?:week|month)\b", re.I)


def _act_precision(time: TimeExpr) -> bool:
    """A day, or a week or month told from the time of writing ("earlier this month"), which dates a reported
    act more exactly than the speaker's day when the act was told inside the report."""
    return time.precision == "day" or (time.precision in {"week", "month"} and bool(_RELATIVE_SPAN.search(time.text)))


def clause_weekday(article: Article, trigger: Any, times: list[TimeExpr]) -> TimeExpr | None:
    """When no time of the sentence dates the act's clause by ``date_rank.date_rank``, a weekday written as an
    adverbial inside that clause is its day, however the parser hangs it: "Police beat and arrested dozens of
    vendors resisting eviction from a market on Tuesday" (the day hung on the participle of the conjoined
    verb's object). Only a weekday ("on Tuesday", "Tuesday night") or a named day ("on Boxing Day"), no later than publication, not behind a
    word that ties it to another time nor inside a reported speech; of several the nearest wins."""
    doc = article.doc
    if doc is None:
        return None
    top = trigger
    if top.pos_ in {"NOUN", "PROPN"} and top.head.pos_ in {"VERB", "AUX"} and top.head.i != top.i:
        top = top.head  # "an attack ... killed": the clause the noun's verb heads
    while top.dep_ in {"conj", "xcomp"} and top.head.i != top.i:
        top = top.head
    inside = {t.i for t in top.subtree}
    found = []
    for time in times:
        if time.precision != "day" or not time.value:
            continue
        if not _WEEKDAY.match(time.text.strip()) and not names_a_day(time.text):
            continue  # a weekday, a holiday ("on Boxing Day") or the weekend
        if article.published and time.value > article.published:
            continue
        root = _root(doc, time)
        if root is None or root.i not in inside or not _adverbial(root, names_a_day(time.text)):
            continue
        if _tied_elsewhere(root, top, reporting_verbs()) and not _reported_sibling_day(root, top, trigger):
            continue
        found.append((abs(root.i - trigger.i), time))
    return min(found, key=lambda ft: ft[0])[1] if found else None


def _reported_sibling_day(root: Any, top: Any, trigger: Any) -> bool:
    """An act conjoined to an attribution whose reported clause is dated plainly: "Hundreds protested in
    Mandalay on Friday, witnesses said, and police arrested 40 of them" (the arrests of that day's protest)."""
    if trigger.i == top.i or top.lemma_.lower() not in reporting_verbs() or top.pos_ != "VERB":
        return False
    told = [c for c in top.children if c.dep_ == "ccomp" and c.i < trigger.i and root.i in {t.i for t in c.subtree}]
    return bool(told) and not _tied_elsewhere(root, told[0], reporting_verbs())


def _own_subject(verb: Any) -> bool:
    """A clause below the act with a subject of its own (no relative pronoun), telling another act; not a
    participle the parser gave the act's object as subject ("fired tear gas at supporters marching in Maputo")."""
    if verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() not in reporting_verbs():
        return False
    return verb.dep_ in {"relcl", "advcl", "acl", "ccomp"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _RELATIVES for c in verb.children
    )


def _root(doc: Any, time: TimeExpr) -> Any:
    """The head of a time expression's phrase: "night" of "Tuesday night" when the expression is "Tuesday"."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    while root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == root.i + 1:
        root = root.head
    return root


def _clause_of(tok: Any) -> Any:
    """The verb a time expression dates, climbing through its own phrase."""
    if tok is None:
        return None
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i or tok.dep_ not in _PHRASE_DEPS:
            return None
        tok = tok.head
    return None


def _adverbial(root: Any, holiday: bool = False) -> bool:
    """A day written as an adverbial: "on Monday", "late on Tuesday", "Tuesday night", "early Wednesday";
    not a named day ("on Super Tuesday", the day's name capitalised after another capitalised word) unless it
    is a ``holiday`` or the weekend ("on Boxing Day", "over the weekend")."""
    if not holiday and any(
        c.dep_ in {"compound", "amod"} and c.i < root.i and c.text[:1].isupper() and not _WEEKDAY.match(c.text)
        for c in root.children
    ):
        return False
    preps = {"on", "in", "at", "over", "during"} if holiday else {"on", "in", "at"}
    return root.dep_ in {"npadvmod", "tmod"} or (root.dep_ == "pobj" and root.head.lower_ in preps)


def _tied_elsewhere(root: Any, content: Any, speech: frozenset[str]) -> bool:
    """Whether the day, on its way up to the reported clause, passes a word that ties it to another time
    ("after", "since") or another speaker's report."""
    tok = root
    for _ in range(30):
        if any(c.lower_ in _ordering_marks() and c.dep_ in {"mark", "advmod", "prep"} for c in tok.children):
            if tok.pos_ in {"VERB", "AUX"} and tok.i != root.i:
                return True
        if tok.lower_ in _ordering_marks() and tok.dep_ in {"prep", "mark", "advmod"}:
            return True
        if tok.i == content.i:
            return False
        if tok.pos_ == "VERB" and tok.lemma_.lower() in speech and tok.i != root.i:
            return True
        if tok.pos_ in {"VERB", "AUX"} and _own_subject(tok):
            return True  # "met for a summit where on Sunday leaders signed a pact": another act's day
        if planned(tok):
            return True  # "detained activists preparing a protest on Sunday": the protest's day
        tok = tok.head
    return True

"""A toll counted up to now over many incidents is no incident's toll: "more than 900 civilians have been
killed in drone strikes since the takeover", "together the raids have killed 70 villagers", "have died so
far this year". The verb of such a count is in the present perfect and runs over a stretch ("since" a time
that is not this week's day, "this year", "so far", "to date", "in total", "together"): summed with the
day's incident it inflates the table many times over, so the count gives no event (the incident of the
note is told in its own sentence). A past perfect ("had been killed") tells the incident itself and stays.
So does any tense counted over a year's stretch, as statistics reports tell it: "at least 1,200 civilians were
killed in the first six months of the year", "cholera killed 312 people since October", "killed 1,247 people
last year", "kills 1.6 million people each year"; "five soldiers were killed last week" is one incident's, and stays.
"""

from __future__ import annotations

from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .counted_records import _over_a_stretch
from .rate_tolls import rate_told, vague_running_total
from .war_tolls import words

_PRESENT_HAVE = frozenset({"have", "has", "'ve", "'s"})
_RUNNING = frozenset({"together", "altogether", "cumulatively", "overall", "collectively"})
_RUNNING_PHRASES = (("so", "far"), ("to", "date"), ("in", "total"), ("in", "all"))
_YEARS = frozenset({"year"})  # one year's; "in the past decade" is left to the dating stage (undated background)
_YEAR_DETS = frozenset({"this", "last", "past", "previous", "whole", "entire", "each", "every"})
_PARTS = frozenset({"half", "quarter", "month"})  # "the first half of the year", "the past 12 months"
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _present_perfect(verb: Token) -> bool:
    """``verb`` is a participle with a present "have" ("have been killed", "has claimed")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.children)


def _running_count(verb: Token) -> bool:
    """The clause says the count runs over many acts: "together", "so far", "to date", "in total"."""
    for c in verb.children:
        if c.lower_ in _RUNNING:
            return True
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if nxt is not None and (c.lower_, nxt.lower_) in _RUNNING_PHRASES:
            return True
    return False


def _judged_after(tok: Token) -> bool:
    """``tok`` heads a phrase set off after a comma that judges the act ("killed six farmers on Friday, the worst
    attack since 2019", "the worst loss for the army this year"): an apposition, or a noun with a superlative the
    parser hangs on the verb. Its stretch ranks the act among others; it is not the stretch of the count."""
    if tok.dep_ == "appos":
        return True
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return (
        tok.pos_ == "NOUN" and before is not None and before.text == "," and any(c.tag_ == "JJS" for c in tok.children)
    )


def _own_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without the clauses below it or a judging phrase after it."""
    out, todo = [], list(verb.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ in _CLAUSES or _judged_after(tok):
            continue
        out.append(tok)
        todo.extend(tok.children)
    return out


def _year_stretch(tok: Token) -> bool:
    """``tok`` names a stretch of about a year: "this year", "last year", "the first half of the year", "the
    first six months", "the past 12 months", "since October", "since 2021". Longer stretches ("in the past
    decade", "over the last five years") are the dating stage's: kept as undated background."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    mods = {c.lower_ for c in tok.children}
    if low in _YEARS and mods & (_YEAR_DETS | {"first"}):
        return True
    if lemma in _PARTS and ("first" in mods or mods & _YEAR_DETS) and (lemma != "month" or low == "months"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return low in _MONTHS or (tok.like_num and len(tok.text) == 4)
    return False


def yearly_toll(verb: Token) -> bool:
    """``verb`` (a toll verb, any tense) counts deaths over a year's stretch: a report's statistic."""
    return any(_year_stretch(t) for t in _own_clause(verb))


def cumulative_toll(verb: Token) -> bool:
    """``verb`` tells deaths counted up to now over a stretch of time or over several acts, or over a year's
    stretch in any tense."""
    if verb.lemma_.lower() not in words().toll_lemmas:
        return False
    if rate_told(verb) or vague_running_total(verb):
        return True  # "kills 30 people a month", "has killed thousands": statistics (rate_tolls.py)
    if not _present_perfect(verb):
        return yearly_toll(verb)
    return _over_a_stretch(verb) or _running_count(verb) or yearly_toll(verb)


@combine_passes.register("combine.cumulative_toll.v1")
def cumulative_tolls(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A casualty verb counting deaths up to now over a stretch or over several acts: no event; nor is the
    event noun it counts the dead of ("attacks by armed groups killed 1,300 civilians in the first six months
    of the year": the attacks are many, told over the stretch)."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if cumulative_toll(trig.token) or (trig.pattern.kind == "noun" and _counted_acts(trig.token)):
            trig.suppressed = True
            trig.notes.append("background")


def _counted_acts(noun: Token) -> bool:
    """``noun`` is the subject (or the "by" agent) of a verb counting deaths over a stretch: "attacks killed
    1,300 civilians in the first six months of the year"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif noun.dep_ != "nsubj":
        return False
    return verb.i != noun.i and verb.pos_ in {"VERB", "AUX"} and cumulative_toll(verb)

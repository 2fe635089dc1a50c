"""How closely a time expression of a sentence dates an event's trigger (``date_rank``): on the trigger, on a
clause above it, on a conjoined one; a date inside a phrase about something else ("the 2019 law") dates nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..article import Article, TimeExpr
from .explicit import word_list
from .holidays import names_a_day
from .reported_day import planned, reporting_verbs
from .resolve import DAY_WORD, last_day

# Dependency labels a date climbs through inside a noun phrase or prepositional phrase, up to a verb.
_PHRASE_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "poss",
        "compound",
        "nmod",
        "amod",
        "npadvmod",
        "tmod",
        "appos",
        "nummod",
        "quantmod",
        "case",
        "obl",
        "conj",  # "on or around 6 March 2021", parsed as "on (or around 6)"
        "agent",  # "the town was hit by a chemical attack in 2017": the act the passive verb is told by
    }
)
# Prepositions that tie their object to something other than the time of the verb ("after the 2019
# vote", "over the 2011 killings"); a date that is itself their object still counts ("after 2011").
_OTHER_PREPS = frozenset({"after", "before", "following", "than", "like", "unlike", "over", "about", "against", "for"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass"})  # a period as the subject of a clause ("2021 was …")
_WHEN_MARKS = frozenset({"when", "as", "while", "before", "after", "until", "once", "whilst"})
_ASIDE_VERBS = frozenset({"report", "say", "state", "claim", "confirm", "estimate", "believe", "record"})


def date_rank(article: Article, time: TimeExpr, trigger: Any) -> float | None:
    """How closely a time expression dates the event whose trigger token is ``trigger`` (lower is
    closer), or None when it dates something else."""
    doc = article.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return None
    tok = span.root
    if trigger.i in range(span.start, span.end):
        return 0.0
    other = False
    while (
        tok.head.i != tok.i
        and tok.pos_ not in _CLAUSE_POS
        and (tok.dep_ in _PHRASE_DEPS or _date_adverb(tok) or (tok.dep_ in {"advmod", "dep"} and tok.i == span.root.i))
    ):  # "... two decades ago", a fronted "Around 5 May 2020 (as reported),": the time itself hangs on the verb
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _OTHER_PREPS
            and not span.start <= tok.i < span.end  # "shortly before midnight Wednesday": the time's own word
            and (not any(c.i == span.root.i for c in tok.children) or _short_of_a_day(tok, time))
        ):
            other = True
        tok = tok.head
        if _superlative(tok):
            other = True  # the range of a comparison: "the worst attack since 2014", not its date
        if tok.i == trigger.i:
            return None if other else (5.0 if _speakers_day(span, trigger) else 0.0)
    if tok.pos_ not in _CLAUSE_POS and tok.head.i != tok.i:
        # the date modifies a noun that is no verb's adverbial: only an argument of the trigger itself
        # ("Monday's attack killed 5") lends it
        if tok.head.i == trigger.i and tok.dep_ in _ARGUMENT_DEPS and not other:
            return 2.0
        if planned(tok):
            return None  # "detained the organisers of a planned rally on Saturday": the rally's day
        if not other and _adverbial(span.root) and _argument_of(tok, trigger):
            return 2.0  # "killed the mayor and his driver on Sunday", the parser hanging the day on "driver"
        if tok.head.i == trigger.i and tok.dep_ in {"relcl", "acl"} and not other:
            return 1.0
        if not other and tok.dep_ in _TOPIC_DEPS and tok.head.pos_ in _CLAUSE_POS and tok.head.is_ancestor(trigger):
            # the period a clause is about frames the acts told inside it: "March 2021 was the bloodiest
            # month for the police, as gunmen killed 17 officers"
            return 3.0
        return None
    if other:
        return None
    if (time.precision == "period" or span.root.head.lower_ == "since") and any(
        c.dep_ in _ARGUMENT_DEPS | {"attr", "oprd"} and _superlative(c) for c in tok.children
    ):
        return None  # "was designated the deadliest month in the past decade": the comparison's range
    clause = tok
    while (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() in _ASIDE_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ):
        clause = clause.head  # "14 March 2021 (as reported), gunmen attacked …": an aside on the date
    if clause.i == trigger.i:
        return 5.0 if _speakers_day(span, trigger) else 0.0
    if clause.head.i == trigger.i and clause.dep_ in {"relcl", "acl"} and trigger.pos_ not in _CLAUSE_POS:
        return 1.0  # "the attack, which began on Monday"
    if clause.dep_ == "pcomp" and clause.head.lower_ == "by" and clause.head.head.i == trigger.i:
        return 1.0  # "confessed to killing his brother by poisoning him in 2017": the means is the act
    if (
        clause.dep_ == "advcl"
        and clause.head.i == trigger.i
        and clause.lemma_.lower() in _SPAN_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ):
        return 2.0  # "Beginning in 2010 and continuing for seven years, he defrauded ...": when the acts began
    ancestors = [a.i for a in trigger.ancestors]
    if _dates_a_period_of(clause, trigger, ancestors):
        return 2.5  # "talks held during a truce agreed upon back in June 2022": inside that period
    if clause.dep_ == "xcomp" and clause.head.i == trigger.i and trigger.tag_ == "VBD" and _not_after(time, article):
        return 2.0  # "offered to resign last night": a past day on the complement is the day of the offer
    if clause.i in ancestors:
        return 1.0 + 0.01 * ancestors.index(clause.i)
    if any(c.i == trigger.i for c in clause.conjuncts) or any(
        c.i in ancestors for c in clause.conjuncts if c.i < clause.i
    ):
        return 1.5  # "marched on Saturday and clashed with police"
    if (
        clause.dep_ == "advcl"
        and clause.head.i == trigger.i
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN_MARKS for c in clause.children)
    ):
        return 3.0  # "when a bomb went off on Monday", "hours before the jet crashed on Wednesday"
    if (
        _participle_on_argument(clause, trigger)
        and (DAY_WORD.search(time.text) or names_a_day(time.text))
        and not planned(clause)
    ):
        return 4.0  # "fired on a minibus carrying villagers in Syria on Sunday": the parser hangs the lead's day
    return None


def _short_of_a_day(prep: Any, time: TimeExpr) -> bool:
    """A holiday or weekend that is the object of "before" / "after" ("Before Christmas, troops raided ..."): the
    act is told as some time before or after that day, not on it."""
    return prep.lower_ in {"before", "after"} and time.precision == "day" and names_a_day(time.text)


def _speakers_day(span: Any, trigger: Any) -> bool:
    """A day the parser hung on the reported act though it stands between the speech verb and the act's subject:
    "police said on Monday they had arrested 30 people at a protest on Oct. 28" (Monday is the saying's). Any
    other time of the act's clause dates it before this one."""
    said = trigger.head
    if trigger.dep_ not in {"ccomp", "parataxis"} or said.pos_ != "VERB" or not said.i < span.start:
        return False
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and span.end <= subject.left_edge.i and said.lemma_.lower() in reporting_verbs()


def _participle_on_argument(clause: Any, trigger: Any) -> bool:
    """``clause`` is a subjectless participle ("carrying …", "accused of …") on the trigger's object or on the
    object of one of its prepositions: a lead's weekday at its end is the act's, however the parser hangs it."""
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.dep_ == "prep":
        # "opened fire on Palestinians waiting for aid trucks on Thursday": the parser made the object the
        #   participle's subject and the participle the preposition's object
        return clause.head.head.i == trigger.i and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
    if clause.dep_ != "acl" or clause.tag_ not in {"VBG", "VBN"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    noun = clause.head
    if noun.dep_ in {"dobj", "obj"}:
        return noun.head.i == trigger.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i


#: Verbs of a stretch's start or course whose subjectless clause dates the acts it frames ("Starting in 2012, ...").
_SPAN_VERBS = frozenset({"begin", "start", "continue"})


def _superlative(noun: Any) -> bool:
    """A noun with a superlative ("the deadliest month", "the worst attack"), whose period phrase is the
    range of the comparison."""
    return noun.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.tag_ in {"JJS", "RBS"} or (c.pos_ == "ADJ" and (c.lower_.endswith("iest") or c.lower_ in _SUPERLATIVES))
        for c in noun.children
    )


# Superlatives the tagger may read as plain adjectives ("the bloodiest month" tagged JJ).
_SUPERLATIVES = frozenset({"worst", "best", "most", "least", "largest", "biggest", "highest", "greatest", "longest"})


def _not_after(time: TimeExpr, article: Article) -> bool:
    """Whether the time expression ends by the publication date (a past time, not a plan)."""
    if not article.published or not time.value or not time.precision:
        return False
    try:
        return last_day(time.value, time.precision) <= date.fromisoformat(article.published)
    except ValueError:
        return False


def _date_adverb(tok: Any) -> bool:
    """An adverb a date hangs on without leaving its clause: "back in June 2022", "earlier in March"."""
    return tok.dep_ == "advmod" and tok.lower_ in word_list("date_adverbs")


def _dates_a_period_of(clause: Any, trigger: Any, ancestors: list[int]) -> bool:
    """Whether ``clause`` describes a period noun ("a truce agreed in June") that the trigger's clause is
    told inside of ("during", "amid" that truce): the date of the period then bounds the event."""
    if clause.dep_ not in {"acl", "relcl"}:
        return False
    noun = clause.head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in word_list("within_preps")
        and (prep.head.i == trigger.i or prep.head.i in ancestors)
    )


def _adverbial(root: Any) -> bool:
    """A date written as an adverbial ("on Sunday", "in March"), not as a modifier ("the 2019 law")."""
    return root.dep_ in {"npadvmod", "tmod"} or (
        root.dep_ == "pobj" and root.head.lower_ in {"on", "in", "at", "during", "by", "since", "until"}
    )


def _argument_of(noun: Any, trigger: Any) -> bool:
    """Whether ``noun`` lies in the trigger's own arguments (its objects, subject, their conjuncts and
    prepositional objects), not behind a preposition that opens another matter."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in _ARGUMENT_DEPS | {"conj", "appos", "pobj", "prep", "dative", "attr"}:
            return False
        if tok.dep_ == "prep" and tok.lower_ in _OTHER_PREPS:
            return False
        tok = tok.head
        if tok.i == trigger.i:
            return True
    return False

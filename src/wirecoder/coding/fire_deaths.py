"""Deaths in the fire an attack set, told after it: "Unidentified attackers set fire to a mosque during prayers.
Five worshippers burned to death." and "... Four students died in the blaze." are the arson's toll, as incident
data codes it (one attack, five or four dead, by the arsonists). A sentence at most ``reach`` after an arson
told without a toll, whose verb of dying has the fire as its cause ("died in the blaze", "perished in the
flames") or whose burning is a death ("burned to death", "were burnt alive"), counts its subject's number (or
one for one person) as that arson's dead: the event the sentence has at that verb, else a retelling of the
arson, is marked ``aftermath`` with the toll and the arsonists as its doer (never the victims, whom the
parser may make the subject of "burned"). A count it cannot read adds nothing; so does a negated or modal
clause, or a story that tells a toll of its own between the arson and the deaths. Words:
``data/lexicon/fire_deaths.yaml``."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article, Event, Quantity, stable_id
from .aftermath import AFTERMATH
from .constants import Token
from .lexicon import load, person_nouns, word_set
from .numbers import lexicon, number_at
from .quantities import FATAL_KINDS


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("fire_deaths")[key])


@cache
def _reach() -> int:
    return int(load("fire_deaths")["reach"])


def add_fire_deaths(article: Article) -> None:
    """Give each toll-less arson the dead of its fire told in the sentences after it (in place)."""
    doc = article.doc
    if doc is None:
        return
    for arson in list(article.events):
        verb = _token(doc, arson)
        if arson.fatalities or arson.negated or arson.hypothetical or verb is None or not _arson(verb):
            continue
        for sent in article.sentences:
            if not 0 < sent.index - arson.sentence_index <= _reach():
                continue
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            found = _fire_death(span) if span is not None else None
            if found is None:
                continue
            if not _toll_free(article.events, arson, sent.index, found[0]):
                break
            _tell(article, arson, span, *found)
            break


def _arson(verb: Token) -> bool:
    """An arson's verb: "torched", "burned down", "set fire to", "set ablaze"; not a burning that is a death."""
    lemma = verb.lemma_.lower()
    if lemma not in _words("arson_verbs") or _burning_death(verb):
        return False
    if lemma != "set":
        return True
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return any(c.lemma_.lower() in _words("fire_objects") or c.lower_ in _words("fire_objects") for c in near)


def _burning_death(verb: Token) -> bool:
    """ "burned to death", "were burnt alive"."""
    if verb.lemma_.lower() not in _words("burning_verbs"):
        return False
    ends = _words("burning_ends")
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(c.lower_ in ends for c in objects) or any(
        c.lower_ in ends and c.dep_ != "prep" for c in verb.children if c.i > verb.i
    )


def _dying_in_fire(verb: Token) -> bool:
    """ "died in the blaze", "perished in the flames", "suffocated from the smoke"."""
    if verb.lemma_.lower() not in _words("dying_verbs"):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _words("fire_preps")]
    return any(g.lemma_.lower() in _words("fire_nouns") for p in preps for g in p.children if g.dep_ == "pobj")


def _fire_death(span: Any) -> tuple[Token, int] | None:
    """The verb of a death in the fire and how many died, when the sentence tells one and says how many."""
    if any(t.tag_ == "MD" for t in span):
        return None  # "the toll could rise": no count
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not (_burning_death(verb) or _dying_in_fire(verb)):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        count = _count(subj) if subj is not None else None
        return (verb, count) if count else None
    return None


def _count(subj: Token) -> int | None:
    """The subject's number ("five worshippers", "Five"), or one for one person ("a guard")."""
    lex, doc = lexicon(), subj.doc
    if any(t.lower_ in _words("negators") for t in subj.subtree):
        return None  # "No one died in the blaze"
    for i in range(subj.left_edge.i, subj.i + 1):
        num = number_at(doc, i, subj.i + 1, lex)
        if num is not None and not num.vague and num.value >= 1 and doc[i].lower_ not in ("a", "an"):
            return int(num.value)
    if subj.tag_ in ("NN", "NNP") and subj.lemma_.lower() in person_nouns():
        return 1
    return None


def _toll_free(events: list[Event], arson: Event, sentence: int, verb: Token) -> bool:
    """No event from the arson's sentence to the deaths' tells a toll of its own (the deaths' own event aside)."""
    return not any(
        e.fatalities and arson.sentence_index <= e.sentence_index <= sentence and e.trigger.get("start") != verb.idx
        for e in events
    )


def _tell(article: Article, arson: Event, span: Any, verb: Token, count: int) -> None:
    """The deaths' event (the one at the verb, else a retelling of the arson) with the toll, by the arsonists; the
    event's own larger toll stays ("Five were burned to death, and three more died in hospital": eight)."""
    toll = Quantity(kind="killed", value=count, text=verb.text, start=verb.idx, end=verb.idx + len(verb.text))
    here = next((e for e in article.events if e.trigger.get("start") == verb.idx), None)
    if here is not None:
        victims = here.target or (here.source if here.source is not None and here.source != arson.source else None)
        told = replace(
            here,
            source=arson.source,
            target=victims,
            fatalities=max(count, int(here.fatalities or 0)),  # "..., and three more died in hospital": theirs too
            quantities=here.quantities
            if any(q.kind in FATAL_KINDS for q in here.quantities)
            else [*here.quantities, toll],
            pattern=f"{here.pattern or 'event'}+{AFTERMATH}",
        )
        article.events = [told if e.id == here.id else e for e in article.events]
        return
    index = next((s.index for s in article.sentences if s.start <= span.start_char < s.end), arson.sentence_index)
    told = replace(
        arson,
        id=stable_id(article.id, index, verb.idx, arson.cameo.get("code"), AFTERMATH),
        sentence_index=index,
        trigger={"text": verb.text, "lemma": verb.lemma_.lower(), "start": verb.idx, "end": verb.idx + len(verb.text)},
        target=None,
        fatalities=count,
        quantities=[toll],
        evidence={"sentence": span.text, "start": span.start_char, "end": span.end_char},
        confidence=round(min(arson.confidence, 0.55), 4),
        reported_by=None,
        pattern=AFTERMATH,
        date_from="context",
    )
    at = next((i for i, e in enumerate(article.events) if e.sentence_index > index), len(article.events))
    article.events = [*article.events[:at], told, *article.events[at:]]


def _token(doc: Any, event: Event) -> Token | None:
    start, end = event.trigger.get("start"), event.trigger.get("end")
    if start is None or end is None:
        return None
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    return span.root if span is not None and len(span) else None

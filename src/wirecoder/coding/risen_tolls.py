"""A toll that rises in a sentence of its own replaces the counts told before it.

"A bomb killed 12 people at a market. The toll rose to 15 by evening." is one attack with 15 dead, not 12 + 15:
the risen total counts the first dead again. The sentence's figure tops up the first attack told before it (the
dead counted before it are part of the figure) and the sentence's own counts ("The toll rose to 26 after six
bodies were recovered") add nothing. A total told over a stretch or over many incidents ("the toll of the
insurgency rose to 3,000 this year") is statistics: no incident's toll. A toll that rises in the attack's own
sentence is ``toll_parts``'s when the attack's clause took the figure; when it did not ("The blast left 11 dead; the
toll later rose to 15": "left" is a clause under "rose"), the figure replaces the sentence's counts here.
Words: ``data/lexicon/risen_tolls.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article, Quantity
from .aftermath import is_attack, retold
from .lexicon import load, word_set
from .numbers import lexicon, number_at
from .victims import FATAL_KINDS


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("risen_tolls")[key])


def _is_toll_noun(noun: Any) -> bool:
    """ "the (death) toll", "the number of dead"."""
    lemma = noun.lemma_.lower()
    if lemma in _words("number_nouns"):
        return any(
            p.lower_ == "of" and any(o.lemma_.lower() in _words("dead_words") for o in p.children)
            for p in noun.children
        )
    return lemma in _words("toll_nouns")


def _of_the_incident(noun: Any) -> bool:
    """A toll told of the incident, not of a stretch or of a war ("the toll of the conflict", "the toll in
    Borno", "rose to 3,000 this year")."""
    if noun.lemma_.lower() in _words("toll_nouns"):
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() not in _words("incident_nouns") | _words("dead_words") for o in objs):
                return False
    return not any(t.lemma_.lower() in _words("stretch_words") for t in noun.sent)


def risen_figure(sent: Any) -> tuple[Any, Quantity, bool] | None:
    """The verb and the figure (a count of the dead) of "the toll rose to 15" in ``sent``, and whether the toll
    is the incident's; or None."""
    lex = lexicon()
    for verb in sent:
        if verb.lemma_.lower() not in _words("risen_verbs") or verb.pos_ not in {"VERB", "AUX"}:
            continue
        toll = next((c for c in verb.children if c.dep_ == "nsubj" and _is_toll_noun(c)), None)
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None and verb.lemma_.lower() == "reach":
            to = verb  # "the toll reached 15": the figure is the object
        if toll is None or to is None:
            continue
        i = to.i + 1
        while i < sent.end and sent.doc[i].lower_ in _words("figure_lead"):
            i += 1
        num = number_at(sent.doc, i, sent.end, lex) if i < sent.end else None
        if num is None or num.value is None or sent.doc[i].lower_ in lex.vague:
            continue
        first, last = sent.doc[i], sent.doc[num.end - 1]
        figure = Quantity(
            kind="killed",
            value=int(num.value),
            approx=sent.doc[to.i + 1 : i].text or None,
            text=sent.doc[i : num.end].text,
            start=first.idx,
            end=last.idx + len(last.text),
        )
        return verb, figure, _of_the_incident(toll)
    return None


def _start(event: Any) -> int:
    return int((event.trigger or {}).get("start") or 0)


def risen_tolls(article: Article) -> None:
    """Top the first attack told before each risen-toll sentence up to its figure; the sentence's own counts
    add nothing, and neither do the counts before it beyond the figure. A risen total of a stretch or a war
    gives the event its figure stands for no toll."""
    doc = article.doc
    if doc is None:
        return
    events = article.events
    for sent in doc.sents:
        found = risen_figure(sent)
        if found is None:
            continue
        verb, quantity, own = found
        inside = [k for k, e in enumerate(events) if sent.start_char <= _start(e) < sent.end_char]
        if not own:  # "the toll of the insurgency rose to 3,000 this year": statistics
            for k in inside:
                if events[k].fatalities and (quantity.start or 0) <= _start(events[k]) < (quantity.end or 0):
                    events[k] = replace(events[k], fatalities=None, quantities=[])
            continue
        told = [k for k in inside if is_attack(events[k]) and not retold(events[k]) and _start(events[k]) < verb.idx]
        if told:  # "a bomb killed nine, and the toll later rose to 14": toll_parts' case, unless no event took it
            _rise_in_sentence(events, inside, told[0], quantity)
            continue
        before = [
            k
            for k, e in enumerate(events)
            if _start(e) < sent.start_char and (e.acled or {}).get("event_type") and not e.background
        ]
        attack = next((k for k in before if is_attack(events[k]) and not retold(events[k])), None)
        figure = int(quantity.value or 0)
        counted = sum(events[k].fatalities or 0 for k in before)
        if attack is None or figure < counted:
            continue  # no attack to give it to, or a figure lower than the dead already told
        if not counted and any(events[k].fatalities for k in inside):
            continue  # nothing told before to replace: the aftermath's retelling keeps the figure (aftermath.py)
        for k in inside + before:  # the figure counts them: their counts are no longer the note's
            quantities = [q for q in events[k].quantities if q.kind not in FATAL_KINDS]
            events[k] = replace(
                events[k], fatalities=None if k in inside else events[k].fatalities, quantities=quantities
            )
        toll = (events[attack].fatalities or 0) + figure - counted
        events[attack] = replace(events[attack], fatalities=toll, quantities=[*events[attack].quantities, quantity])


def _rise_in_sentence(events: list[Any], inside: list[int], attack: int, quantity: Quantity) -> None:
    """Give the attack told in the risen toll's own sentence the figure, in place of the sentence's death counts,
    when no event of the sentence took the figure (and the figure is not below the dead already counted)."""
    if any(q.start == quantity.start for k in inside for q in events[k].quantities if q.kind in FATAL_KINDS):
        return  # the attack's clause took it: toll_parts keeps it alone
    if int(quantity.value or 0) < sum(events[k].fatalities or 0 for k in inside):
        return
    for k in inside:
        quantities = [q for q in events[k].quantities if q.kind not in FATAL_KINDS]
        events[k] = replace(events[k], fatalities=None, quantities=quantities)
    events[attack] = replace(
        events[attack], fatalities=int(quantity.value or 0), quantities=[*events[attack].quantities, quantity]
    )

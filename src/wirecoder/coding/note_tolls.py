"""Toll sentences of incident notes, and one more victim told after a count. Toll sentences: a sentence that gives the toll of the acts told before it and tells no
act of its own. "A remote-controlled bomb hit a Levies vehicle in Turbat. Fatalities: 2." is 2 dead;
"Several passengers were killed. Police later gave a toll of 5." is 5, not 3 + 5: the figure says how many
"several" were. The figure is the toll of the note: the acts' counted dead (vague counts not counted) are
topped up to it on the first attack, and the toll sentence's own retelling adds none. A lower figure than
the dead already counted changes nothing ("Four soldiers were killed. Police gave a toll of 3": 4).
"Two people were killed; a third died of injuries two days later" is 3: the ordinal (or "another") that
dies after a count is one more dead of the attack that counted them.

Words: ``data/lexicon/note_tolls.yaml``; the tally line's own shape: ``coding/tally.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article, Quantity
from .aftermath import is_attack, retold
from .lexicon import load, word_set
from .numbers import lexicon, number_at
from .quantities import FATAL_KINDS, fatalities
from .tally import is_tally_line

_PAREN = re.compile(r"\s*\([^()]*\)")
_RANGE = re.compile(r"^\s*between\s+(\S+)\s+and\s+\S+", re.IGNORECASE)


@cache
def _figure_re() -> re.Pattern[str]:
    """ "<teller> ... <noun> <join> [between] <figure>": the figure's start is group 1."""
    data = load("note_tolls")
    alt = lambda key: "|".join(sorted((re.escape(w) for w in word_set(data.get(key))), key=len, reverse=True))  # noqa: E731
    return re.compile(
        rf"\b(?:{alt('tellers')})\b[^.;]*?\b(?:{alt('nouns')})\s+(?:{alt('joins')})\s+(?:between\s+)?(\S)",
        re.IGNORECASE,
    )


def _count_from(sent: Any, char: int, first: bool = False) -> int | None:
    """The number expression starting at or after character ``char`` of the sentence (its lower end); with
    ``first``, only one starting right there."""
    lex = lexicon()
    for tok in sent:
        if tok.idx < char or tok.lower_ == "between":
            continue
        if tok.text == "(":
            return None
        num = number_at(tok.doc, tok.i, sent.end, lex)
        if num is not None and num.value is not None:
            return None if tok.lower_ in lex.vague else int(num.value)
        if first:
            return None
    return None


def toll_of_sentence(sent: Any) -> int | None:
    """The note toll a sentence gives, or None: a tally line ("Fatalities: 3 (two soldiers, one dissident).",
    "Between 2 and 7 fatalities.": its lower end) or a figure a source gives ("Police later gave a toll of 5")."""
    text = sent.text
    bare = _PAREN.sub("", text)
    if is_tally_line(_RANGE.sub(r"\1", bare)):
        colon = text.find(":")  # "Fatalities: 3": the count right after the colon, else the line's first word
        start = sent.start_char + (colon + 1 if colon >= 0 else 0)
        return _count_from(sent, start, first=True)
    match = _figure_re().search(text)
    if match is None:
        return None
    return _count_from(sent, sent.start_char + match.start(1), first=True)


def _uncounted(event: Any) -> bool:
    """An event whose dead are a vague count only ("several passengers were killed")."""
    vague = {str(v.get("approx")) for v in lexicon().vague.values()}
    fatal = [q for q in event.quantities if q.kind in FATAL_KINDS]
    return bool(fatal) and all(q.approx in vague for q in fatal)


def _start(event: Any) -> int:
    return int((event.trigger or {}).get("start") or 0)


def toll_sentences(article: Article) -> None:
    """Top the acts told before each toll sentence up to its figure, on their first attack; the toll
    sentence's retellings and the vague counts the figure replaces add nothing."""
    doc = article.doc
    if doc is None:
        return
    events = article.events
    for sent in doc.sents:
        inside = [k for k, e in enumerate(events) if sent.start_char <= _start(e) < sent.end_char]
        if any(not retold(events[k]) and (events[k].acled or {}).get("event_type") for k in inside):
            continue  # the sentence tells an act of its own
        figure = toll_of_sentence(sent)
        if figure is None:
            continue
        before = [
            k
            for k, e in enumerate(events)
            if _start(e) < sent.start_char and (e.acled or {}).get("event_type") and not e.background
        ]
        attack = next((k for k in before if is_attack(events[k]) and not retold(events[k])), None)
        if attack is None:
            continue
        for k in inside + [k for k in before if _uncounted(events[k])]:
            if events[k].fatalities:
                events[k] = replace(events[k], fatalities=None)
        counted = sum(events[k].fatalities or 0 for k in before)
        if figure > counted:
            _give_figure(events, inside + before, attack, figure, (events[attack].fatalities or 0) + figure - counted)


def _give_figure(events: list[Any], told: list[int], attack: int, figure: int, toll: int) -> None:
    """The attack's toll topped up to the note's figure, and the figure its one death count: the counts it
    replaces ("dozens of recruits ... officials later put the toll at 37") are no longer counted beside it."""
    for k in told:
        events[k] = replace(events[k], quantities=[q for q in events[k].quantities if q.kind not in FATAL_KINDS])
    one = Quantity(kind="killed", value=figure, text=str(figure))
    events[attack] = replace(events[attack], fatalities=toll, quantities=[*events[attack].quantities, one])


def _one_more(subject: Any) -> bool:
    """ "a third", "another", "another resident", "a fourth victim": one more of a count told before."""
    words = word_set(load("note_tolls").get("one_more"))
    if subject.lower_ == "another":
        return True
    dets = {c.lower_ for c in subject.children if c.dep_ in {"det", "amod", "nummod"}}
    if subject.lower_ in words:
        return "a" in dets
    return "another" in dets or any(c.lower_ in words and c.dep_ == "amod" for c in subject.children)


def _told_apart(verb: Any, subject: Any) -> bool:
    """A victim told as another incident's: described further ("a third victim of the week", "another man,
    a trader,") or dying on a day of its own ("died on 3 May")."""
    if any(c.dep_ in {"prep", "appos", "relcl", "acl"} for c in subject.children):
        return True
    dated = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "in"})
    return any(g.ent_type_ == "DATE" for p in dated for g in p.subtree)


def _covers(q: Quantity, tok: Any) -> bool:
    return q.start is not None and q.end is not None and q.start <= tok.idx < q.end


def _swallowed(event: Any, subject: Any) -> bool:
    """The event counts "a second officer" as one dead, yet its toll is no more than without it: a one-more
    victim read as the same dead as an equal count before it (quantities.fatalities takes a "killed" and a
    "dead" of one value for the same victims), which an ordinal or "another" never is."""
    mine = [q for q in event.quantities if _covers(q, subject) and q.kind in FATAL_KINDS and q.value == 1]
    if not mine or not event.fatalities:
        return False
    rest = [q for q in event.quantities if not _covers(q, subject)]
    return (fatalities(rest) or 0) >= int(event.fatalities)


def _as_killed(q: Quantity, subject: Any) -> Quantity:
    """The one-more victim's count as a "killed" one, never again read as the same dead as an equal count."""
    return replace(q, kind="killed") if _covers(q, subject) and q.kind in FATAL_KINDS else q


def one_more_dead(article: Article) -> None:
    """Add one dead to the attack before "a third died ..." / "another ... died", where the note counted dead
    before it and no event counts this one."""
    doc = article.doc
    if doc is None:
        return
    verbs = word_set(load("note_tolls").get("later_verbs"))
    events = article.events
    for tok in doc:
        if tok.lemma_.lower() not in verbs:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or not _one_more(subject) or _told_apart(tok, subject):
            continue
        holders = [k for k, e in enumerate(events) if any(_covers(q, subject) for q in e.quantities)]
        swallowed = [k for k in holders if _swallowed(events[k], subject)]
        if swallowed:  # "A patrolman was killed; a second officer died": its 1 taken for the patrolman's 1
            for k in swallowed:  # each event holding it counts it, as it counts the sentence's other dead
                quantities = [_as_killed(q, subject) for q in events[k].quantities]
                events[k] = replace(events[k], fatalities=(events[k].fatalities or 0) + 1, quantities=quantities)
            continue
        if holders:
            continue  # counted already
        before = [k for k, e in enumerate(events) if _start(e) < tok.idx and not e.background and e.fatalities]
        if not before or not any(is_attack(events[k]) for k in before):
            continue
        k = before[0]
        one = Quantity("killed", 1, None, subject.text, None, subject.idx, subject.idx + len(subject.text))
        events[k] = replace(
            events[k], fatalities=(events[k].fatalities or 0) + 1, quantities=[*events[k].quantities, one]
        )

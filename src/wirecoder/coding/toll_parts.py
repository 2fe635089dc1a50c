"""Counts that retell part of a toll already given, or that a risen toll replaces.

"Nineteen people were killed, among them 11 gendarmes and eight volunteers" is 19 dead, not 38: the counts after
"among them" (or a sentence opening "Among the dead were ...") break down the toll told before them. "Nine guests
died, and the toll later rose to 14" is 14, not 23: the new total counts the earlier dead again, so the sentence's
other death counts are not added to it. Words: ``data/lexicon/toll_parts.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Quantity
from .lexicon import load, word_set
from .quantities import FATAL_KINDS, count_root


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("toll_parts")[key])


def later_death_verbs() -> frozenset[str]:
    """Verbs of victims dying or found after the attack just told ("died in hospital the next day")."""
    return _words("later_death_verbs")


def _breakdown_prep(tok: Any) -> Any | None:
    """The "among" of "among them" / "among the dead" that ``tok`` (a count's head) is told under, or None."""
    for prep in tok.sent:
        if prep.i >= tok.i or prep.lower_ not in _words("breakdown_preps"):
            continue
        whole = [c for c in prep.children if c.dep_ == "pobj"]
        if not whole or not ({whole[0].lower_, whole[0].lemma_.lower()} & _words("breakdown_wholes")):
            continue
        head = prep.head
        if head.left_edge.i <= tok.i <= head.right_edge.i:
            return prep
    return None


def _risen_total(tok: Any) -> bool:
    """``tok`` is the number of "the toll rose to 14"."""
    to = tok.head
    if tok.dep_ != "pobj" or to.lower_ != "to":
        return False
    verb = to.head
    return verb.lemma_.lower() in _words("risen_verbs") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _words("toll_nouns") for c in verb.children
    )


def _campaign_total(tok: Any) -> bool:
    """``tok`` is the number of a toll that rose over a whole war or stretch, not this incident's: "the toll of
    the war rose to 3,000", "the conflict's toll has climbed to 7,000 since January", "has climbed past 9,000
    this year", "deaths in the insurgency have topped 600 since January"."""
    verb = _total_verb(tok)
    if verb is None:
        return False
    tolls = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in _words("toll_nouns")]
    wholes = _words("campaign_nouns")
    for toll in tolls:
        owners = [c for c in toll.children if c.dep_ == "poss"]
        owners += [o for p in toll.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in wholes or o.lower_ in wholes for o in owners):
            return True
    preps = _words("campaign_preps")  # "since January", "since the fighting began"
    return (
        any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)
        or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children) for c in verb.children
        )
        or any(_this_period(c) for c in verb.children)
    )


def _total_verb(tok: Any) -> Any | None:
    """The verb of a total that rose to or past ``tok`` ("rose to 3,000", "climbed past 9,000", "has topped
    600"), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _words("risen_preps"):
        verb = tok.head.head
        return verb if verb.lemma_.lower() in _words("risen_verbs") else None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _words("passed_verbs"):
        verb = tok.head
        deaths = _words("toll_nouns") | _words("passed_subjects")
        return verb if any(c.dep_ == "nsubj" and c.lemma_.lower() in deaths for c in verb.children) else None
    return None


def _this_period(tok: Any) -> bool:
    """``tok`` is a "this year" told on the verb: the total is the year's, not the incident's."""
    return (
        tok.dep_ == "npadvmod"
        and tok.lower_ in _words("campaign_periods")
        and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)
    )


def _revised_figure(tok: Any) -> bool:
    """``tok`` is a toll figure a source gave later, which replaces the count first told: "killing six people;
    residents later said the toll was 9", "officials subsequently put the death toll at 31"."""
    tolls = _words("toll_nouns")
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "the toll was 9"
        holders = [c for c in tok.head.children if c.dep_ == "nsubj"]
    elif tok.dep_ == "pobj" and tok.head.lower_ == "at":  # "put the toll at 9"
        holders = [c for c in tok.head.head.children if c.dep_ == "dobj"]
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "gave a toll of 9"
        holders = [tok.head.head]
    else:
        return False
    if not any(h.lemma_.lower() in tolls for h in holders):
        return False
    marks = _words("later_death_marks")
    return any(
        a.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in marks for c in a.children) for a in tok.ancestors
    )


def toll_parts(doc: Any, quantities: list[Quantity]) -> set[tuple[int | None, int | None]]:
    """The (start, end) of the death counts among ``quantities`` that are not to be added to the toll: parts
    of a toll told before them, and counts a risen total of their sentence replaces."""
    roots: dict[tuple[int | None, int | None], Any] = {}
    for q in quantities:
        if q.kind in FATAL_KINDS and q.start is not None:
            root = count_root(doc, q)
            if root is not None:
                roots.setdefault((q.start, q.end), root)
    drop: set[tuple[int | None, int | None]] = set()
    for key, root in roots.items():
        prep = _breakdown_prep(root)
        if prep is not None and any(r.i < prep.i for k, r in roots.items() if k != key):
            drop.add(key)
    for key, root in roots.items():
        if key not in drop and _campaign_total(root):
            drop.add(key)  # a war's or a year's total is no count of this incident
    for key, root in roots.items():
        if key in drop or not (_risen_total(root) or _revised_figure(root)):
            continue
        drop.update(k for k, r in roots.items() if k != key and r.sent.start == root.sent.start)
    return drop


def died_later(tok: Any) -> Any | None:
    """The verb of victims told dying after the attack ("Two of the wounded later succumbed", "A fifth passenger
    died of his wounds", "Four of the injured died overnight"), from its trigger or a word of its subject; None
    when the dying is not told as later (a mark on the verb, the wounded in its subject, an ordinal victim, or
    wounds or a hospital after it): "Nine people died" is no later death, nor a dying told inside another clause ("the
    toll climbed to 11 after three of the injured died": the new total counts them)."""
    verb = tok
    for _ in range(4):
        told = verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("pobj", "amod", "compound")  # "of the injured"
        if told or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in _words("dying_verbs") or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    marks = _words("later_death_marks")
    wounds = _words("later_death_words")
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in marks for c in verb.children):
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.lemma_.lower() in wounds or t.lower_ in wounds for s in subjects for t in s.subtree):
        return verb
    if any(c.dep_ == "amod" and c.lower_ in _words("ordinal_victims") for s in subjects for c in s.children):
        return verb
    if any(_bare_ordinal(s) for s in subjects):  # "a third died the next day" (not "a third of them")
        return verb
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return verb if any(o.lemma_.lower() in wounds for o in objects) else None


def _bare_ordinal(subj: Any) -> bool:
    """An ordinal standing for one more victim ("a third", "a fourth"): not a share ("a third of the villagers")."""
    if subj.lower_ not in _words("ordinal_victims") or any(c.dep_ == "prep" for c in subj.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "a" for c in subj.children)


def later_death_time(tok: Any) -> bool:
    """``tok`` is a date or time word telling when victims of the attack died after it ("one student died of her
    wounds the next day"): the time of their dying, not of another incident."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    return any(
        a.pos_ in ("VERB", "AUX") and (died := died_later(a)) is not None and died.i == a.i for a in tok.ancestors
    )

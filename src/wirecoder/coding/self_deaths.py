"""Attackers who die by their own act: "a suicide bomber blew himself up" is one death, "two bombers blew
themselves up" two, "the gunman turned the gun on himself" one. ACLED and our ``fatalities`` count every
death of an event, the attackers' too (``self_killing`` in ``data/lexicon/perpetrators.yaml``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Quantity
from .lexicon import load, word_set
from .numbers import lexicon, number_at

_REFLEXIVE = {"himself": False, "herself": False, "themselves": True}  # plural?


@cache
def _forms(key: str = "self_killing", name: str = "perpetrators") -> tuple[tuple[str, str | None], ...]:
    """(verb lemma, word that must go with it or None) pairs of the list ``key`` of lexicon ``name``."""
    out = []
    for form in sorted(word_set(load(name)[key])):
        verb, _, word = form.partition(" ")
        out.append((verb, word or None))
    return tuple(out)


@cache
def _attackers() -> frozenset[str]:
    return word_set(load("perpetrators")["attacker_nouns"])


def self_deaths(doc: Any, floor: int, limit: int) -> list[Quantity]:
    """One killed per attacker told to die by his own act in ``doc[floor:limit]`` (the subject's number
    for a plural one; none for a plural without a number or under negation or a modal)."""
    found: list[Quantity] = []
    for tok in doc[floor:limit]:
        if tok.lower_ not in _REFLEXIVE:
            continue
        role = tok
        while role.dep_ == "conj" and role.head.i != role.i:  # "killed six people and himself"
            role = role.head
        verb = role.head
        if role.dep_ == "pobj" and verb.lower_ == "on":  # "turned the gun on himself"
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
        if role.dep_ not in ("dobj", "pobj") or not _self_killing(verb, _forms()) or verb.dep_ == "xcomp":
            continue  # "tried to blow himself up": no death
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue
        subj = _subject(verb)
        if subj is None or not floor <= subj.i < limit:
            continue
        blast = _self_killing(verb, _forms("self_blast")) or (
            verb.dep_ == "advcl" and _self_killing(verb.head, _forms("self_blast"))
        )  # "two women detonated explosives, killing three people and themselves"
        if not blast and subj.lemma_.lower() not in _attackers():
            continue  # "a farmer killed himself": no attacker's death
        if _told_again(verb, limit):
            continue  # "blew himself up, killing three policemen and the attacker": counted as a victim
        value = _count(subj, plural=_REFLEXIVE[tok.lower_])
        if value:
            found.append(_subject_deaths(subj, value))
    return found


def _subject_deaths(subj: Any, value: int) -> Quantity:
    """The attacker's own dead, told by its subject phrase ("the two bombers")."""
    first = subj.left_edge
    return Quantity(
        kind="killed",
        value=value,
        text=subj.doc[first.i : subj.i + 1].text,
        start=first.idx,
        end=subj.idx + len(subj.text),
    )


def _told_again(verb: Any, limit: int) -> bool:
    """Is the attacker named again with "the" among the dead of the clause that follows the self-killing
    ("blew himself up near X, killing three policemen and the bomber", "killing 11 people, including the
    bomber"), where that count already has him?"""
    for tok in verb.doc[verb.i + 1 : limit]:
        among = tok.dep_ in ("dobj", "conj") or (tok.dep_ == "pobj" and tok.head.lower_ == "including")
        if tok.lemma_.lower() not in _attackers() or not among or tok.tag_ != "NN":
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and verb in tok.ancestors:
            return True
    return False


def _self_killing(verb: Any, forms: tuple[tuple[str, str | None], ...]) -> bool:
    lemma = verb.lemma_.lower()
    near = {c.lemma_.lower() for c in verb.children} | {
        o.lemma_.lower() for p in verb.children if p.dep_ == "prep" for o in p.children
    }
    return any(lemma == v and (w is None or w in near) for v, w in forms)


def _subject(verb: Any) -> Any:
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        verb = verb.head if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and verb.head.i != verb.i else None
    return None


def _count(subj: Any, plural: bool) -> int | None:
    """1 for a singular attacker; the written number of a plural one ("two bombers"); else None."""
    if not plural:
        return 1 if subj.tag_ in ("NN", "NNP", "PRP") else None
    for c in subj.children:
        if c.dep_ == "nummod":
            num = number_at(subj.doc, c.i, c.i + 1, lexicon())
            if num is not None and num.value and not num.vague:
                return int(num.value)
    return None

"""An attacker's death told as the end of his own attack by a passive gerund with no subject of its own: "A man
stabbed five people, killing two of them, before being shot dead by police" is three dead, the attacker the
subject of the attack ("after being killed by troops" too). ACLED and the GTD count every death of an incident,
the attacker's too. Words: ``end_prepositions`` and ``end_death_verbs`` in ``data/lexicon/attacker_deaths.yaml``;
the doer is one of its ``attackers`` or ``doer_nouns``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Quantity
from .dead_singles import dead_singles
from .lexicon import load, word_set
from .only_deaths import only_deaths
from .self_deaths import _count, _forms, _self_killing, _subject, _subject_deaths, self_deaths

FATAL = frozenset({"killed", "dead"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def end_deaths(doc: Any, floor: int, limit: int) -> list[Quantity]:
    """One killed per attacker (the subject's number for a plural one) told dead by "before/after being shot dead"
    hanging on his own attack in ``doc[floor:limit]``; none under negation or a modal."""
    found: list[Quantity] = []
    for tok in doc[floor:limit]:
        if tok.dep_ != "pcomp" or tok.head.lower_ not in _words("end_prepositions"):
            continue
        if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
            continue
        if not _self_killing(tok, _forms("end_death_verbs", "attacker_deaths")):
            continue
        prep = tok.head
        verb = prep.head
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue
        subj = _subject(verb)
        if subj is None or not floor <= subj.i < limit or subj.i > prep.i:
            continue
        nouns = _words("attackers") | _words("doer_nouns")
        if subj.lemma_.lower() not in nouns and subj.lower_.removesuffix("men") + "man" not in nouns:
            continue
        value = _count(subj, plural=subj.tag_ in ("NNS", "NNPS"))
        if value:
            found.append(_subject_deaths(subj, value))
    return found


def own_deaths(doc: Any, floor: int, limit: int) -> list[Quantity]:
    """The attackers' deaths by their own act ("blew himself up") and at the end of their attack ("before being
    shot dead by police") in ``doc[floor:limit]``, and the dead told as the only ones ("were the only fatalities")."""
    own = self_deaths(doc, floor, limit) + end_deaths(doc, floor, limit) + only_deaths(doc, floor, limit)
    return own + dead_singles(doc, floor, limit)  # "left two policemen and the driver dead": the driver


def over_headcounts(out: list[Quantity], own: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The counts ``out`` and the attackers' own deaths ``own`` that overlap none of them; an own death wins
    over a mere headcount of the same words ("Two women detonated explosives, killing three people and
    themselves": "Two women" is two dead, no count of people), and so does a death told "along with" the
    dead ("He was killed along with three soldiers": three soldiers dead, no mere count of soldiers)."""
    from .numbers import lexicon  # noqa: PLC0415

    heads = {"people", *lexicon().group_nouns.values()}
    out = [
        o
        for o in out
        if not any(_overlap(q, o) and (o.kind == "people" or (o.kind in heads and q.kind in FATAL)) for q in own)
    ]
    return out, [q for q in own if not any(_overlap(q, o) for o in out)]


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.start is not None and b.start is not None and a.start < (b.end or 0) and b.start < (a.end or 0)

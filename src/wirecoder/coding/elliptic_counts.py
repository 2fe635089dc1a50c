"""A count told by ellipsis after a first one: "seven were killed in the first blast and four in the second",
"killing 18 civilians in the first village and seven in the second". The bare second number counts what
the first one counts (its kind), when the two are set against each other by "first" ... "second". And a
count told by "as were" after one: "nine people were killed, as were all five assailants" (five more dead).
"""

from __future__ import annotations

from typing import Any

from ..article import Quantity
from .constants import CASUALTY_KINDS

_LATER = frozenset({"second", "other", "latter", "next", "third", "last"})  # "... and four in the second"
_FIRST = frozenset({"first", "one", "former"})
_ALSO = ("as", "so")  # "..., as were two of the attackers", "..., as were all five assailants"
_LIKE = frozenset({"were", "was", "did"})
_FILLERS = frozenset({"all", "the", "at", "least", "about", "some"})  # "as were all five", "as were at least two"


def elliptic_count(doc: Any, start: int, end: int, value: float, before: list[Quantity]) -> Quantity | None:
    """The casualty count the bare number ``doc[start:end]`` tells by ellipsis, or None: it follows "and"
    (or a comma), is followed by "in the second/other ...", and an earlier casualty count of the sentence
    is followed by "first"."""
    if end + 2 >= len(doc) or start == 0 or doc[start - 1].lower_ not in ("and", ","):
        return None
    if doc[end].lower_ not in ("in", "at", "on") or doc[end + 2].lower_ not in _LATER:
        return None
    if doc[end + 1].lower_ != "the":
        return None
    earlier = [q for q in before if q.kind in CASUALTY_KINDS and q.end is not None and q.end <= doc[start].idx]
    if not earlier:
        return None
    prev = earlier[-1]
    between = [t.lower_ for t in doc if prev.end is not None and prev.end <= t.idx < doc[start].idx]
    if not _FIRST & set(between):
        return None
    return Quantity(
        prev.kind, value, None, doc[start:end].text, None, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    )


def also_count(doc: Any, start: int, end: int, value: float, before: list[Quantity]) -> Quantity | None:
    """The casualty count told by "as were" after one of the sentence, or None: "nine people were killed,
    as were all five assailants" counts five more of the earlier count's kind ("killed"). The earlier count
    must end just before the comma that opens "as were" ("a bomb killed two, as did the floods" is no count)."""
    at = start - 1
    while at > 0 and doc[at].lower_ in _FILLERS:
        at -= 1
    if at < 2 or doc[at].lower_ not in _LIKE or doc[at - 1].lower_ not in _ALSO or doc[at - 2].text != ",":
        return None
    earlier = [q for q in before if q.kind in CASUALTY_KINDS and q.end is not None and q.end <= doc[at - 2].idx]
    if not earlier:
        return None
    prev = earlier[-1]
    between = [t for t in doc if prev.end is not None and prev.end <= t.idx < doc[at - 2].idx]
    if any(t.text in (";", ".") or t.lower_ in ("and", "but") for t in between):
        return None  # the count is of the clause just before the comma
    return Quantity(
        prev.kind, value, None, doc[start:end].text, None, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    )


def also_attackers(doc: Any, floor: int, limit: int, before: list[Quantity]) -> list[Quantity]:
    """The attackers told dead by "as was"/"as were" after a toll, without a number: "four commuters were
    killed, as was the bomber" (one more), "..., as were both gunmen" (two more). Only attacker nouns
    (``attacker_nouns`` of ``data/lexicon/perpetrators.yaml``) with "the" or "both": ", as was the mayor's
    hope" counts no one, and an attacker already told dead by his own act ("a suicide bomber blew himself
    up. Four were killed, as was the bomber") is not counted twice."""
    from .lexicon import load, word_set  # noqa: PLC0415  (the lexicon module imports quantities)
    from .self_deaths import self_deaths  # noqa: PLC0415

    attackers = word_set(load("perpetrators")["attacker_nouns"])
    if self_deaths(doc, 0, floor):
        return []
    out: list[Quantity] = []
    for i in range(floor + 3, limit - 1):
        if doc[i - 3].text != "," or doc[i - 2].lower_ not in _ALSO or doc[i - 1].lower_ not in _LIKE:
            continue
        det, noun = doc[i], doc[i + 1]
        count = {"the": 1, "both": 2}.get(det.lower_)
        lemma = noun.lemma_.lower()
        if count is None or lemma not in attackers or (count == 1 and noun.tag_ in ("NNS", "NNPS")):
            continue
        earlier = [q for q in before if q.kind in CASUALTY_KINDS and q.end is not None and q.end <= doc[i - 3].idx]
        if earlier:
            text = doc[i : i + 2].text
            out.append(Quantity(earlier[-1].kind, count, None, text, None, det.idx, noun.idx + len(noun.text)))
    return out

"""Syntactic helpers of actor resolution: place or actor, phrase edges, quotes, datelines, acronyms.

Everything here works on spaCy tokens and strings only (no article, no knowledge-base lookups beyond
an agent-noun check), so it can be tested on a parse.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .kb import KnowledgeBase

# "KABUL, Afghanistan (Reuters) -", "Srinagar:": a place name, optional region and agency, a dash or colon.
DATELINE = re.compile(
    r"\s*([A-Z][A-Za-z.'\u2019]+(?: [A-Z][A-Za-z.'\u2019]+){0,3})\s*(?:,\s*[\w.]+(?: [\w.,]+){0,3})?"
    r"\s*(?:\([\w .]+\)\s*)?(?:[-\u2013\u2014]+|:)(?:\s|$)"
)
MOTION_VERBS = {
    "go",
    "travel",
    "return",
    "flee",
    "come",
    "move",
    "send",
    "deport",
    "cross",
    "fly",
    "arrive",
    "head",
    "deploy",
    "infiltrate",
    "enter",
    "sneak",
    "smuggle",
    "visit",
    "trip",
    "journey",
    "route",
}
PLACE_NOUNS = {
    "soil",
    "territory",
    "border",
    "side",
    "land",
    "region",
    "province",
    "city",
    "capital",
    "north",
    "south",
    "east",
    "west",
    "part",
    "area",
    "village",
    "town",
    "district",
    "frontier",
    "airspace",
    "country",
    "coast",
    "mountain",
    "valley",
    "interior",
    "heartland",
    "outskirts",
    "street",
    "streets",
    "neighbourhood",
    "neighborhood",
    "borderland",
    "belt",
    "zone",
    "population",
    "economy",
    "history",
    "weather",
    "map",
}
LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet", "advmod"}
CORE_EXCLUDE = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@cache
def place_preps() -> frozenset[str]:
    """Prepositions after which a country or city is the place, not the state acting ("in Pakistan"):
    the ``place_not_actor`` subset of ``lexicon/place_prepositions.yaml``."""
    from ..coding.lexicon import subset  # the package's lexicon loader (imported when first needed)

    return subset("place_prepositions", "place_not_actor")


@cache
def speaker_verbs() -> frozenset[str]:
    """Speech verbs whose subject is the side a quote's "we" speaks for: the ``speaker`` subset of
    ``lexicon/speech_verbs.yaml``."""
    from ..coding.lexicon import subset

    return subset("speech_verbs", "speaker")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def singular(word: str) -> str:
    """A crude singular for an agent noun the lemmatiser missed ("Rebels" tagged as a proper noun)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def abbreviates(acr: str, long_form: str) -> bool:
    """Whether ``acr`` can be an acronym of ``long_form``: its letters in order among the word initials
    ("IEA" / "Islamic Emirate of Afghanistan", "TTP" / "Tehrik-e-Taliban Pakistan"; not "AP" / "Washington")."""
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", long_form) if w).casefold()
    it = iter(initials)
    return acr[:1].casefold() == initials[:1] and all(c in it for c in acr.casefold())


def quoted_tokens(doc: Any) -> set[int]:
    """Indices of tokens inside double quotation marks (straight or curly)."""
    inside: set[int] = set()
    open_ = False
    for tok in doc:
        t = tok.text
        if t in ("\u201c", "\u201d", '"', "``", "''"):
            if t == "\u201c":
                open_ = True
            elif t == "\u201d":
                open_ = False
            else:
                open_ = not open_
            continue
        if "\n" in t:
            open_ = False
        if open_:
            inside.add(tok.i)
    return inside


def is_place(tok: Any, kb: KnowledgeBase) -> bool:
    """Whether a country or city name stands for the place rather than an acting state."""
    dep = tok.dep_
    if dep == "pobj":
        prep = tok.head
        lemma = prep.lower_
        if lemma in place_preps():
            return True
        if lemma == "to" and prep.head.lemma_ in MOTION_VERBS:
            return True
        if lemma in ("of", "between") and (
            prep.head.lemma_.casefold() in PLACE_NOUNS or prep.head.ent_type_ in ("GPE", "LOC", "FAC")
        ):
            return True
        return False
    if dep == "poss":
        return tok.head.lemma_.casefold() in PLACE_NOUNS
    if dep in ("compound", "amod", "nmod", "npadvmod"):
        head = tok.head
        return kb.agent((head.lemma_.casefold(),)) is None
    if dep in ("conj", "appos"):
        return is_place(tok.head, kb) if tok.head.ent_type_ in ("GPE", "LOC") else False
    return False


def is_definite(tok: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) or any(
        c.dep_ == "poss" and c.lower_ in ("its",) for c in tok.children
    )


def core_right(tok: Any) -> int:
    """Right edge of a phrase without its appositions, relative clauses and trailing punctuation."""
    right = tok.i
    for child in tok.children:
        if child.i > tok.i and child.dep_ not in CORE_EXCLUDE:
            right = max(right, core_right(child))
    return right

"""Towns the tagger leaves untagged as the object of an attack verb: "JNIM fighters attacked Timbuktu",
"insurgents raided Damboa", "militants shelled the airport of Timbuktu", "overran Diffa's outskirts". The
verbs and the part nouns are ``places/place_objects.yaml``. A name counts only when the gazetteer knows its
whole text as a town of some size (a man's "Musa Bida" is no town whole) and the tagger gave it no person,
group or nationality label; verbs whose object is a person first (arrest, kill, kidnap) are not listed.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..coding.constants import Token
from .gazetteer import Gazetteer

# Population below which a gazetteer town is too small to read an untagged name by (a hamlet shares many
# a surname).
MIN_TOWN = 5000
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "PRODUCT"})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((resources.files("wirecoder") / "data" / "places" / "place_objects.yaml").read_text("utf-8"))
    return {key: frozenset(str(w).lower() for w in data[key]) for key in ("verbs", "part_nouns", "marked_by")}


def object_towns(doc: Any, text: str, sentence: Any, taken: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Any]:
    """``(start, end, first token, end token)`` of each untagged proper name that is a town struck by an
    attack verb: its direct object, or the owner of a part noun that is ("the airport of X", "X's outskirts")."""
    out: list[Any] = []
    for tok in sentence:
        marked = _marked(tok)  # "captured Macomia town": the noun after the name marks it a place, even one
        barred = _NOT_PLACES - {"PERSON"} if marked is not None else _NOT_PLACES  # the tagger calls a person
        if tok.pos_ != "PROPN" or tok.ent_type_ in barred or not _struck(marked if marked is not None else tok):
            continue
        if tok.dep_ == "compound" and marked is None:
            continue
        first = tok.i
        while first > tok.sent.start and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        start, end = doc[first].idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken):
            continue
        if any(doc[i].ent_type_ in barred for i in range(first, tok.i + 1)):
            continue
        place = gazetteer.lookup(text[start:end], alternates=False)
        if place is None or place.precision == "country":
            continue
        if place.precision == "place" and place.source != "alias" and place.population < MIN_TOWN and marked is None:
            continue
        out.append((start, end, first, tok.i + 1))
    return out


def _marked(tok: Token) -> Token | None:
    """The settlement noun right after a name that it modifies ("Macomia" of "Macomia town"), else None."""
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.lower_ not in _words()["marked_by"]:
        return None
    return head


def _struck(tok: Token) -> bool:
    """Whether ``tok`` is what an attack verb struck: its object, or the owner of the part it struck."""
    words = _words()
    if tok.dep_ == "dobj":
        return _attack_verb(tok.head, words["verbs"])
    if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        part = tok.head if tok.dep_ == "poss" else tok.head.head
        return (
            part.lemma_.lower() in words["part_nouns"]
            and part.dep_ == "dobj"
            and _attack_verb(part.head, words["verbs"])
        )
    return False


def _attack_verb(verb: Token, verbs: frozenset[str]) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs

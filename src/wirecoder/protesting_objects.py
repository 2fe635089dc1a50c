"""A crowd's participle read as the act's complement: in "Security forces whipped protesting farmers near X" the
small parser makes "protesting" a complement clause of "whipped" with "farmers" its object, so the act has no
object and "protesting" reads as the farmers' protest led by the security forces. After a verb of force or custody
with no object of its own, a participle of protesting (``data/lexicon/protesting_objects.yaml``) with a plural
object right after it and no subject, auxiliary or marker is an adjective of that object, which becomes the
act's object. "Workers stopped protesting the cuts" (an aspect verb, and a determiner) keeps its parse. Text,
tokens, offsets and entities stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .reparse import rehead
from .yamlfiles import data_path, read_yaml

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg"})
_BETWEEN = frozenset({"prt", "advmod"})  # "pushed back protesting teachers"


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = read_yaml(data_path("lexicon", "protesting_objects.yaml"))
    return {k: frozenset(str(v).lower() for v in data[k]) for k in ("crowd_acts", "force_verbs")}


def reattach_protesting_objects(doc: Any) -> Any:
    """``doc`` with each misread crowd participle made the adjective of its people, who become the act's object."""
    for tok in list(doc):
        people = _misread(tok)
        if people is None:
            continue
        act = tok.head
        heads = {people.i: act.i, tok.i: people.i}
        deps = {people.i: "dobj", tok.i: "amod"}
        for child in tok.children:
            if child.i != people.i:
                heads[child.i] = act.i
        rehead(doc, heads, deps)
    return doc


def _misread(tok: Any) -> Any | None:
    """The people a crowd participle ``tok`` was misread as acting on, when it describes them, else None."""
    lists = _lists()
    if (
        tok.tag_ != "VBG"
        or tok.dep_ not in {"xcomp", "ccomp", "advcl"}
        or tok.lemma_.lower() not in lists["crowd_acts"]
    ):
        return None
    act = tok.head
    if act.pos_ != "VERB" or act.i > tok.i or act.lemma_.lower() not in lists["force_verbs"]:
        return None
    if any(c.dep_ in {"dobj", "obj"} for c in act.children) or any(c.dep_ in _OWN for c in tok.children):
        return None
    if any(t.head.i != act.i or t.dep_ not in _BETWEEN for t in tok.doc[act.i + 1 : tok.i]):
        return None
    people = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if people is None or people.tag_ != "NNS" or people.left_edge.i != tok.i + 1:
        return None
    return people

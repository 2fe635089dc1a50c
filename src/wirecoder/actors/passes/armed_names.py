"""A capitalised name ending in a state-force noun that the KB does not know ("the Free Ruritanian
Army", "the Sindhi Revolutionary Army"): a non-state armed group, not the story country's army, unless
every other word of the name names a state ("Royal Thai Army", "Sri Lanka Army"). Data: armed_names.yaml."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ...errors import DataError
from ...yamlfiles import data_path, read_yaml
from ..kb import AgentNoun
from ..sectors import sector_named
from ..state import ResolutionState

STATE_HITS = ("country", "adjective")  # a word naming a state: "Syria", "Syrian"


@dataclass(frozen=True)
class ArmedNames:
    nouns: frozenset[str]
    state_words: frozenset[str]
    not_armed: frozenset[str]


@cache
def armed_names() -> ArmedNames:
    """The word lists of ``data/actors/armed_names.yaml``."""
    path = data_path("actors", "armed_names.yaml")
    data = read_yaml(path)
    lists = {}
    for key in ("nouns", "state_words", "not_armed"):
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DataError(str(path), f"'{key}' must be a list of words")
        lists[key] = frozenset(v.casefold() for v in value)
    return ArmedNames(lists["nouns"], lists["state_words"], lists["not_armed"])


def armed_group_agent(s: ResolutionState, first: int, last: int, agent: AgentNoun) -> AgentNoun:
    """``agent`` as a rebel group when tokens ``first``..``last`` end a capitalised name that is no state's
    force; else ``agent`` unchanged."""
    names = armed_names()
    doc = s.doc
    if agent.kind != "group" or " ".join(agent.lemmas) not in names.nouns or not doc[last].text[:1].isupper():
        return agent
    words = _name_words(doc, first)
    if not words:
        return agent  # "the Army said": a bare capitalised noun is the state's
    phrase = " ".join(t.text for t in [*words, *doc[first : last + 1]]).casefold()
    if phrase in names.not_armed or _names_a_state(s, words, names.state_words):
        return agent
    return replace(agent, sector=sector_named("named_armed_group"))


def _name_words(doc: Any, first: int) -> list[Any]:
    """The capitalised words right before token ``first`` in the same name (no determiner, no sentence start)."""
    k = first - 1
    while k >= 0 and (doc[k].text[:1].isupper() or doc[k].text in ("'s", "’s", "-")) and doc[k].pos_ != "DET":
        if doc[k].is_sent_start and doc[k].pos_ != "PROPN":
            break
        k -= 1
    return list(doc[k + 1 : first])


def _names_a_state(s: ResolutionState, words: list[Any], state_words: frozenset[str]) -> bool:
    """Every word of the name is a state word or part of a country's name or demonym."""
    rest = [t.text for t in words if t.lower_ not in state_words]
    if not rest:
        return True
    if any(h.kind in STATE_HITS for h in s.kb.lookup(" ".join(rest))):
        return True
    return all(any(h.kind in STATE_HITS for h in s.kb.lookup(w)) for w in rest)

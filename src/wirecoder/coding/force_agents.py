"""The state force a compound names as the user of an act of force: "police gunfire", "an army drone strike",
"a police gun battle", "Army air strikes" (through the weapon compound between them).

A proper name or entity modifying the act is read by ``roles.nominal_source_tokens`` already; this adds the
common nouns of a state's forces (``agents`` of ``lexicon/force_nouns.yaml``), which name who used the
force as plainly ("a police raid" is the police's raid), and looks through weapon compounds ("gun",
"drone", "air") that the parser puts between them and the act.
"""

from __future__ import annotations

from functools import cache

from .constants import MODIFIER_DEPS, Token
from .lexicon import load, subset, word_set


@cache
def _agents() -> frozenset[str]:
    return word_set(load("force_nouns").get("agents"))


def _is_agent(tok: Token) -> bool:
    words = _agents()
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    # "security forces", "coast guard": the compound before the head makes the agent noun
    before = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return bool(before) and f"{before[-1]} {tok.lemma_.lower()}" in words


def force_agent_modifiers(tok: Token) -> list[Token]:
    """Force nouns modifying the act ``tok``, directly or through a weapon compound ("army drone strike":
    army; "police gun battle": police); a force's proper name behind a weapon compound too ("Army air
    strikes"). Empty when none does."""
    weapons = subset("force_nouns", "weapons") | {"gun", "artillery", "tank", "helicopter", "jet"}
    found: list[Token] = []
    stack = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
    if tok.dep_ == "compound" and tok.lemma_.lower() in weapons:  # the trigger "gun" of "police gun battle"
        stack += [c for c in tok.head.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
    while stack:
        c = stack.pop()
        if _is_agent(c):
            found.append(c)
        elif c.dep_ == "compound" and c.lemma_.lower() in weapons:
            stack.extend(x for x in c.children if x.dep_ in MODIFIER_DEPS and x.i < c.i)
    return sorted(found, key=lambda t: t.i)

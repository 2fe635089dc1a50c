"""The state force a compound names as the user of an act of force: "police gunfire", "an army drone strike",
"a police gun battle", "Army air strikes" (through the weapon compound between them).

A proper name or entity modifying the act is read by ``roles.nominal_source_tokens`` already; this adds the
common nouns of a state's forces (``agents`` of ``lexicon/force_nouns.yaml``), which name who used the
force as plainly ("a police raid" is the police's raid), and looks through weapon compounds ("gun",
"drone", "air") that the parser puts between them and the act. Acts that are no use of force ("army
exercises") and adjectives ("military exercises") are left alone.
"""

from __future__ import annotations

from functools import cache

from .constants import MODIFIER_DEPS, Token
from .lexicon import load, subset, word_set

_THROUGH = frozenset({"gun", "artillery", "tank", "helicopter", "jet"})  # weapon compounds besides the lexicon's


@cache
def force_acts() -> frozenset[str]:
    """Acts of armed force a force noun may modify as their user (``lexicon/force_nouns.yaml``: nouns, fights)."""
    data = load("force_nouns")
    return word_set(data["nouns"]) | word_set(data.get("fights"))


@cache
def _agents() -> frozenset[str]:
    return word_set(load("force_nouns").get("agents"))


def _is_agent(tok: Token) -> bool:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False  # "military operations": an adjective says what kind, not whose
    words = _agents()
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    # "security forces", "coast guard": the compound before the head makes the agent noun
    before = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return bool(before) and f"{before[-1]} {tok.lemma_.lower()}" in words


def is_force_agent(tok: Token) -> bool:
    """A common noun of a state's forces ("police", "troops", "security forces", "an officer")."""
    return _is_agent(tok)


def force_agent_modifiers(tok: Token) -> list[Token]:
    """Force nouns modifying the act of force ``tok``, directly or through a weapon compound ("army drone
    strike": army; "police gun battle", its trigger "gun": police). Empty when none does or ``tok`` is no
    act of force."""
    weapons = subset("force_nouns", "weapons") | _THROUGH
    lemma = tok.lemma_.lower()
    if lemma not in force_acts() and not (tok.dep_ == "compound" and lemma in weapons):
        return []
    if _own_side_harmed(tok):
        return []  # "three soldiers killed in an army operation": the army's own, killed by the other side
    found: list[Token] = []
    stack = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
    if tok.dep_ == "compound" and lemma in weapons:  # the trigger "gun" of "police gun battle"
        stack += [c for c in tok.head.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
    while stack:
        c = stack.pop()
        if _is_agent(c):
            found.append(c)
        elif c.dep_ == "compound" and c.lemma_.lower() in weapons:
            stack.extend(x for x in c.children if x.dep_ in MODIFIER_DEPS and x.i < c.i)
    return sorted(found, key=lambda t: t.i)


def _own_side_harmed(tok: Token) -> bool:
    """Whether the ones harmed in the act ``tok`` (the passive subject of "killed in X", the noun "killed in
    X" modifies) are a state's forces themselves: then the force naming the act is no doer of their deaths."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    harmed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ in {"acl", "relcl"}:
        harmed.append(verb.head)
    return any(_is_agent(h) for h in harmed)

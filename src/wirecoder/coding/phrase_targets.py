"""PETRARCH's reading of a target: the first actor in the verb's phrase, wherever it stands there.

PETRARCH2 takes as target the first actor it meets in the verb phrase after the verb: inside the
object ("welcomed the resumption of ties with X"), a prepositional phrase ("left for X on Monday for
talks") or a complement clause ("believes X can cope"). The coder uses this when a pattern set's
``target_fallbacks`` list ``targets.phrase_actor.v1`` (after ``targets.coded_actors_only.v1``, which
drops pronoun targets: PETRARCH resolves no pronouns), after its role-based ways found no target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..article import Mention

# Dependents of a verb that belong to its phrase after it (not its subject, modifiers or other clauses).
PHRASE_DEPS = frozenset(
    {
        "dobj",
        "obj",
        "dative",
        "prep",
        "attr",
        "oprd",
        "ccomp",
        "xcomp",
        "acomp",
        "agent",
        "npadvmod",
        "prt",
        "pobj",
        "pcomp",
        "advmod",
        "advcl",
    }
)
# Inside that phrase, these do not lead to a target: what is coordinated with the verb, asides.
_STOP_DEPS = frozenset({"conj", "cc", "punct", "relcl", "parataxis", "appos"})


def _phrase_tokens(verb: Any) -> list[Any]:
    """The tokens of the verb's phrase after the verb, in text order."""
    out: list[Any] = []
    stack = [c for c in verb.children if c.dep_ in PHRASE_DEPS and c.i > verb.i]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _STOP_DEPS)
    return sorted(out, key=lambda t: t.i)


def first_actor_in_phrase(
    verb: Any, mentions: Iterable[Mention], exclude: set[int] | None = None, skip: int = 0
) -> Any | None:
    """The head token of the first mention with an actor in the verb's phrase (None if there is none).
    ``exclude``: character offsets of mentions already taken (the source); ``skip``: actors to pass
    over first (PETRARCH's ``^``: "* IFTAR IN ^ +": in X with Y, Y is the target)."""
    found = [m for m in mentions if m.actor is not None and m.kind not in ("place", "pronoun") and m.head is not None]
    taken = set(exclude or ())
    for tok in _phrase_tokens(verb):
        for m in found:
            if m.start <= tok.idx < m.end and m.start not in taken:
                if skip <= 0:
                    return tok.doc[m.head]
                skip -= 1
                taken.add(m.start)
    return None


CONJOINED_OWNER = "conjoined-owner"  # the Mention.via the resolver gives these (actors/resolve.py)
DEMONYM = "demonym"  # the via of a demonym conjoined to an agent noun's owner, retyped as its own group


def conjoined_owners(tok: Any, mentions: Iterable[Mention], modifiers: bool = False) -> list[Any]:
    """Names conjoined to the owner of the agent noun ``tok`` ("the envoys of A, B and C": B and C), as
    the resolver retyped them: each is one more participant where ``tok`` stands. With ``modifiers``
    (PETRARCH's reading), also the names conjoined to a name that modifies a noun that is no actor
    ("met A and B leaders": A and B)."""
    found = [m for m in mentions if m.head is not None]
    out: list[Any] = []
    for m in found:
        if m.via == CONJOINED_OWNER:
            t = tok.doc[m.head]
            if t is not tok and any(a.i == tok.i for a in t.ancestors):
                out.append(t)
        elif m.via == DEMONYM and m.actor is not None and _conjoined_modifier(tok.doc[m.head], tok):
            out.append(tok.doc[m.head])  # "Polish and Czech diplomats": the Czech ones too
    if modifiers and not any(m.head == tok.i for m in found):
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i]
        for mod in mods[:1]:
            chain = [mod, *mod.conjuncts]
            if len(chain) > 1:
                out += [t for t in chain if any(m.head == t.i and m.actor is not None for m in found)]
    if modifiers:
        out += _folded_list(tok, found)
    return sorted(dict.fromkeys(out), key=lambda t: t.i)


def _conjoined_modifier(t: Any, noun: Any) -> bool:
    """Is ``t`` a word conjoined to a modifier of ``noun`` ("Polish and Czech diplomats": Czech)?"""
    if t.dep_ != "conj" or t.i > noun.i:
        return False
    cur = t
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.head.i == noun.i and cur.dep_ in ("amod", "compound", "nmod")


def _folded_list(tok: Any, found: list[Mention]) -> list[Any]:
    """Names of a list the parser folded into one noun phrase (PETRARCH's reading): a name that modifies
    ``tok`` and has a conjunction of its own ("A and the old B": A as a modifier of B), and a name in
    apposition to ``tok`` when ``tok`` is itself conjoined ("old A, the fine B, and C": B)."""

    def named(t: Any) -> bool:
        return any(m.head == t.i and m.actor is not None for m in found)

    out: list[Any] = []
    for c in tok.children:
        if (
            c.i < tok.i
            and c.dep_ in ("nmod", "compound", "amod", "npadvmod")
            and named(c)
            and any(g.dep_ == "cc" for g in c.subtree)
        ):
            out += [t for t in [c, *c.conjuncts] if named(t) and t.i < tok.i]
        elif c.dep_ == "appos" and named(c) and any(g.dep_ == "conj" for g in tok.children):
            out.append(c)
    return out


def discarded(text: str, phrases: frozenset[str]) -> bool:
    """Does ``text`` hold one of the discard ``phrases`` (whole words, any case, a plural -s allowed)?"""
    low = " ".join(text.lower().split())
    return any(re.search(rf"(?<![\w-]){re.escape(p)}(?:s|es)?(?![\w-])", low) for p in phrases)

"""Owners of agent nouns beyond the first: conjoined owners ("Pakistani and Afghan officials", "the
envoys of A and B"), PETRARCH's composed codes, and the name a nominal is in apposition to."""

from __future__ import annotations

from typing import Any

from ...article import Actor
from ..kb import AgentNoun, compose_code
from ..state import Found, ResolutionState

# ``Mention.via`` of a name conjoined to the owner of a PETRARCH agent noun, retyped as that agent's
# ("the envoys of A and B": B is B's envoys); the coder takes it as one more participant of the noun's role.
CONJOINED_OWNER = "conjoined-owner"


def petrarch_agent(s: ResolutionState, owner: Found, agent: AgentNoun, lemma: str, actor: Actor | None) -> Actor | None:
    """A PETRARCH agent noun (it carries an agent code) owned by ``owner``: the owner's code with the
    agent code added, as PETRARCH composes them ("Calenardhon government": CAL + ~GOV = CALGOV)."""
    base = owner.mention.actor
    if base is None or agent.code is None:
        return actor
    hit = owner.hits[0] if owner.hits else None
    owner_code = base.cameo
    if hit is not None and hit.kind in ("country", "capital", "adjective", "people") and hit.key in s.kb.countries:
        owner_code = s.kb.countries[hit.key].cameo or hit.key
    cameo = compose_code(owner_code, agent.code)
    name = f"{base.name or owner.mention.text} {agent.role or lemma}"
    if owner.mention.head is not None:  # "the envoys of A, B and C": each owner has its own envoys
        owner_tok = s.doc[owner.mention.head]
        for tok in [*owner_tok.conjuncts, *_misattached_owners(s, owner_tok)]:
            other = s.named_at(tok.i)
            if other is not None and other is not owner and other.mention.actor is not None:
                o = other.mention.actor
                other.mention.actor = Actor(
                    None,
                    f"{o.name} {agent.role or lemma}",
                    o.country,
                    agent.sector,
                    compose_code(o.cameo, agent.code),
                    agent.role,
                )
                other.mention.via = CONJOINED_OWNER
    return Actor(None, name, base.country, agent.sector, cameo, agent.role)


def _misattached_owners(s: ResolutionState, owner_tok: Any) -> list[Any]:
    """Names the parser conjoined to the agent noun instead of to its owner ("lawmakers in A and B",
    B read as a second subject): bare names right after the owner, joined to it by "and" or commas."""
    if owner_tok.dep_ != "pobj" or owner_tok.head.dep_ != "prep":
        return []
    out = []
    last = owner_tok.i
    for tok in sorted(owner_tok.head.head.conjuncts, key=lambda t: t.i):
        if tok.i < owner_tok.i:  # "lawmakers and officials in A": an agent noun, not an owner
            continue
        between = s.doc[last + 1 : tok.i]
        if (
            tok.i <= last
            or not all(t.dep_ in ("cc", "punct") for t in between)
            or any(c.dep_ not in ("cc", "punct", "conj", "compound") for c in tok.children)
        ):
            break
        out.append(tok)
        last = tok.i
    return out


def conjoined_owners(s: ResolutionState, owner: Found, agent: AgentNoun, governing: bool) -> None:
    """ "Pakistani and Afghan officials": the second demonym names a second group of the same kind."""
    for tok in s.doc[owner.mention.head].conjuncts:
        other = s.named_at(tok.i)
        if (
            other is None
            or other is owner
            or not other.hits
            or other.hits[0].kind not in ("adjective", "country", "capital")
        ):
            continue
        other.mention.actor = s.country_actor(other.hits[0].key, agent.sector, governing=governing)
        other.mention.kind, other.mention.via = "demonym", "demonym"
        other.is_group = True


def appos_named(s: ResolutionState, head: Any) -> Found | None:
    """ "the TTP, a militant group": the resolved name this nominal is in apposition to."""
    named = s.named_at(head.head.i)
    if named is None or named.mention.actor is None or named.mention.kind in ("place", "demonym"):
        return None
    return named

"""Finding agent nouns in the text ("soldiers", "defence minister", "the spokesman"): where one starts,
where it ends, and when it is part of a name or a modifier of a thing instead of an actor."""

from __future__ import annotations

from typing import Any

from ...coding.force_agents import force_acts
from ..kb import AgentNoun
from ..state import Found, ResolutionState
from ..syntax import singular


def agent_at(s: ResolutionState, i: int, max_len: int) -> tuple[int, AgentNoun] | None:
    """The longest agent noun (at most ``max_len`` words) starting at token ``i``: (its last token, the noun)."""
    doc = s.doc
    tok = doc[i]
    starts = s.kb.agent_starts()
    if tok.lemma_.casefold() not in starts and tok.lower_ not in starts and singular(tok.lower_) not in starts:
        return None
    for n in range(min(max_len, len(doc) - i), 0, -1):
        toks = doc[i : i + n]
        if toks[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        options = [
            tuple(t.lemma_.casefold() for t in toks),
            tuple(t.lower_ for t in toks),
            tuple(t.lower_ for t in toks[:-1]) + (singular(toks[-1].lower_),),
        ]
        for key in options:
            agent = s.kb.agent(key)
            if agent is None:
                continue
            if agent.plural_only and toks[-1].tag_ not in ("NNS", "NNPS") and not toks[-1].lower_.endswith("s"):
                continue
            if i > 0 and doc[i - 1].lemma_.casefold() in agent.not_after:
                return None  # "a nerve agent", "a chemical agent": a substance, no actor
            if any(_blocks(s.named_at(k)) for k in range(i, i + n)):
                return None  # part of a name: "Pakistan Army", "National Security Committee"
            return i + n - 1, agent
    return None


def _blocks(f: Found | None) -> bool:
    """A mention that an agent noun inside it must not override (unresolved NER names do not block)."""
    if f is None or f.mention.kind == "demonym":
        return False
    if (
        f.mention.kind != "nominal"
        and f.label is not None
        and not f.hits
        and f.mention.actor is None
        and f.label != "PERSON"
    ):
        f.consumed = True  # "Interior Ministry" (ORG, unknown): typed as an agent-noun phrase instead
        return False
    return True


def modifies_a_thing(s: ResolutionState, last: int) -> bool:
    """ "police compound", "army base": the agent noun ending at ``last`` modifies a noun that is no actor."""
    tok = s.doc[last]
    if tok.dep_ != "compound" or tok.head.i <= last:
        return False
    head: Any = tok.head
    if head.ent_type_ == "PERSON" or s.named_at(head.i) is not None:
        return False
    if head.lemma_.lower() in force_acts():
        return False  # "police gunfire", "army air strikes": the force that used it, no thing's kind
    return agent_at(s, head.i, 1) is None and not any(
        agent_at(s, k, s.kb.max_agent_len()) for k in range(last + 1, head.i + 1)
    )

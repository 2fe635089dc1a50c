"""Pass ``actors.text_order.v1``: in text order, agent-noun phrases ("40 Pakistani soldiers"), definite
descriptions ("the group") and pronouns, each resolved against what comes before it."""

from __future__ import annotations

from typing import Any

from ..coref import DESCRIPTIONS, SPEAKER_PRONOUNS, copy_actor, description_antecedent
from ..state import ResolutionState
from ..syntax import LEFT_DEPS, is_definite
from .agents import agent_at, modifies_a_thing
from .force import owned_weapons
from .nominals import nominal
from .pronouns import pronoun
from .registry import register
from .reported_states import reported_state


@register("actors.text_order.v1")
def in_text_order(s: ResolutionState) -> None:
    """Walk the tokens once: nominals and descriptions as they come, pronouns too, except "we"/"our",
    which wait for the end (the speaker may be named after the quote)."""
    doc = s.doc
    max_len = s.kb.max_agent_len()
    deferred: list[Any] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ == "PRON" and s.named_at(i) is None:
            if tok.lower_ in SPEAKER_PRONOUNS:
                deferred.append(tok)  # needs the speaker, who may be named after the quote
            else:
                pronoun(s, tok)
            i += 1
            continue
        match = agent_at(s, i, max_len)
        if match is None:
            if (
                tok.lemma_.casefold() in DESCRIPTIONS
                and tok.pos_ == "NOUN"
                and is_definite(tok)
                and s.named_at(i) is None
            ):
                description(s, tok)
            else:
                reported_state(s, tok)  # "the minister said the country would ...": the minister's state
            i += 1
            continue
        last, agent = match
        if modifies_a_thing(s, last):
            i = last + 1  # "police compound", "army base": a modifier, not an actor
            continue
        nominal(s, i, last, agent)
        i = last + 1
    for tok in deferred:
        pronoun(s, tok)
    owned_weapons(s)  # "a Military Forces of Turkey (2016-) drone": the nominals are resolved now


def description(s: ResolutionState, tok: Any) -> None:
    """ "the group", "the movement" (nouns that are not agent nouns): only ever resolved by coreference."""
    if any(c.dep_ in ("amod", "compound", "poss") for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children
    ):
        return
    left = min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in LEFT_DEPS])
    f = s.add(left, tok.i, "nominal")
    f.mention.head = tok.i
    f.is_group, f.derived = True, True
    ante = description_antecedent(
        DESCRIPTIONS[tok.lemma_.casefold()], f.mention.start, f.mention.sentence_index, s.candidates_besides(f)
    )
    if ante is not None:
        f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"

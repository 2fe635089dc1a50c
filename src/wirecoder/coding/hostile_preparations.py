"""Preparing a hostile act is a wrongdoing when someone else tells of it: "the foreign minister said Asmara was
preparing for war", "Kyiv said Russian troops were planning a new offensive" accuse the one preparing (CAMEO
112), as human coders read them; PETRARCH's "prepare" alone codes an intent to cooperate (030). Read by
combine.alleged_wrongdoing.v1 beside the wrongdoing verbs of ``alleged_acts``. The speaker's own side ("its
troops were preparing an offensive", a pronoun for the speaker) is not accused, nor a doer the text does not
name ("the minister said the army was preparing for war": maybe the minister's own). Words:
``data/lexicon/hostile_preparations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from . import lexicon
from .constants import Token

#: Entity types of a named state, people or body.
_NAMED_ENTS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True)
class Words:
    verbs: frozenset[str]
    acts: frozenset[str]
    own_owners: frozenset[str]


@cache
def words() -> Words:
    """The word lists of ``data/lexicon/hostile_preparations.yaml``."""
    return lexicon.word_lists("hostile_preparations", Words)


def prepares_hostility(tok: Token) -> bool:
    """``tok`` is a verb of preparing whose object, or "for" object, is a hostile act ("preparing for war",
    "planning an offensive"), and its subject is not told as the speaker's own ("its troops")."""
    w = words()
    if tok.lemma_.lower() not in w.verbs:
        return False
    objs = [*fr.children(tok, {"dobj"}), *fr.prep_objects(tok, "for")]
    if not any(o.lemma_.lower() in w.acts for o in objs):
        return False
    subj = fr.subject(tok)
    if subj is None or any(c.dep_ == "poss" and c.lower_ in w.own_owners for c in subj.children):
        return False
    return _named(subj)


def _named(tok: Token) -> bool:
    """A doer the text names ("Moscow", "North Korea", "Russian troops"): a bare "the army" may be the
    speaker's own and is no one accused."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED_ENTS:
        return True
    return any(
        c.dep_ in {"amod", "compound"} and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED_ENTS) for c in tok.children
    )

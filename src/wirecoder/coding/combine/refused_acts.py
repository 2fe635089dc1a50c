"""Acts a sentence says were kept from happening or will not happen (``combine.refused_act.v1``).

- An act in the "from" clause of a verb of keeping did not happen: "the court barred the opposition leader from
  running", "the navy stopped the boat from leaving". It is no event; the keeping is coded from its own verb.
- An act in the complement of a negated verb of letting did not happen: "said he would not allow Turkey to build a
  base in Libya" (no base set up), "refused to let the ship dock". The refusal is coded from the verb of letting
  (verbs.yaml ``refuse-permission``) or from "refused".
- A measure its own doer, an actor, says it will not take is the doer's rejection (CAMEO 120, the same target):
  "Kuala Lumpur will not join the sanctions against China"; violence it says it will not use, an intent to
  de-escalate (0356): "Israel will not strike Iran". Violence its doer is told by a speaker not to have done is
  the doer's denial (016): "Pakistan did not attack Afghan territory, a spokesman said" (told by no one, it stays the
  act, flagged negated). Cooperation refused goes through the pattern config's
  ``refusal_map`` (complements.py, future.refusal.v1). A negated subject ("no one was killed") or an event-noun
  subject ("the blast did not kill anyone") changes nothing.

Words: ``data/lexicon/refused_acts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .. import frames as fr
from .. import lexicon
from ..modality import flags, modal_auxiliaries
from ..registry import combine_passes
from ..triggers import Trigger, speech_verbs
from .context import CombineContext, suppress_governed

# dependency labels along which a word still belongs to the clause of its head
_CLIMB = frozenset({"dobj", "obj", "pobj", "prep", "conj", "attr", "oprd", "acomp", "dative", "nsubjpass"})
_VERBAL = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj"})
_NEGATIONS = frozenset({"not", "n't", "never"})
_MAX_CLIMB = 8


@dataclass(frozen=True)
class Words:
    keeping_verbs: frozenset[str]
    letting_verbs: frozenset[str]
    actor_entities: frozenset[str]


@cache
def words() -> Words:
    """The word lists of ``data/lexicon/refused_acts.yaml``."""
    return lexicon.word_lists("refused_acts", Words)


@cache
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    """(root -> code of a deed refused for the future, root -> code of violence denied in the past)."""
    data = lexicon.load("refused_acts")
    return (
        {str(k): str(v) for k, v in data["future_codes"].items() if k != "__line__"},
        {str(k): str(v) for k, v in data["past_codes"].items() if k != "__line__"},
    )


def kept_from(tok: Token) -> Token | None:
    """The verb of keeping ("barred ... from running") or the negated verb of letting ("would not allow X to
    build") whose clause holds ``tok``, if any."""
    w = words()
    cur = tok
    for _ in range(_MAX_CLIMB):
        head = cur.head
        if head.i == cur.i:
            return None
        lemma = head.lemma_.lower()
        if cur.dep_ == "pcomp" and head.lower_ == "from" and cur.pos_ in _VERBAL:
            keeper = head.head
            return keeper if keeper.lemma_.lower() in w.keeping_verbs else None
        if cur.dep_ in {"ccomp", "xcomp"} and cur.i > head.i:
            if lemma in w.letting_verbs and flags(head)["negated"]:
                return head
            if cur.dep_ == "ccomp":
                return None  # a clause of its own: "said troops attacked X"
        elif cur.dep_ not in _CLIMB:
            return None
        cur = head
    return None


def _negated_verb(tok: Token) -> Token | None:
    """The verb that tells ``tok`` with a negation of its own ("did not attack", "would not join the sanctions")."""
    verb = tok if tok.pos_ in _VERBAL else tok.head if tok.dep_ in {"dobj", "obj"} else None
    if verb is None or verb.pos_ not in _VERBAL:
        return None
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS) for c in verb.children):
        return None
    return verb


def _actor_subject(verb: Token) -> Token | None:
    """The active subject of ``verb`` when it names an actor: an entity, a pronoun, or a noun an entity
    modifies ("Pakistani forces")."""
    ents = words().actor_entities
    for s in fr.children(verb, _SUBJECTS):
        if s.lower_ in {"nobody", "none", "no one"} or any(c.lower_ == "no" for c in s.children):
            return None
        if s.ent_type_.lower() in ents or s.pos_ == "PRON" or any(c.ent_type_.lower() in ents for c in s.children):
            return s
    return None


def refusal_code(trig: Trigger) -> str | None:
    """The code of a deed its own doer says it will not do (did not do), by its root; None for any other."""
    verb = _negated_verb(trig.token)
    if verb is None or _actor_subject(verb) is None:
        return None
    future, past = _codes()
    if any(c.dep_ == "aux" and c.lower_ in modal_auxiliaries() for c in verb.children):
        return future.get(trig.code[:2])
    return past.get(trig.code[:2]) if _spoken(verb) else None


def _spoken(verb: Token) -> bool:
    """Is the verb's clause what a speaker says ("X did not attack Y, a spokesman said")? Told by no one, an act
    not done stays the act, flagged negated."""
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in speech_verbs()


@combine_passes.register("combine.refused_act.v1")
def refused_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress acts kept from happening; recode deeds their doers refuse (or deny) as the refusal (denial)."""
    suppress_governed(triggers, kept_from, "kept-from")
    for trig in triggers:
        if trig.suppressed:
            continue
        code = refusal_code(trig)
        if code is not None and code != trig.code:
            trig.code, trig.combined = code, True
            trig.notes.append("refused")

"""Is an event asserted? Negation, hypothetical, future and hedge flags from the dependency parse.

:func:`flags` looks at the trigger token and its head chain up to the root of its clause (through
``xcomp``, objects, prepositions and conjuncts; a ``ccomp``/``advcl``/``relcl`` ends the clause) and at
the dependents of each: ``neg``/``aux``/``mark``/``advmod``/``det``/``amod`` and the subject and object.

What each flag means (cue lists: ``data/lexicon/modality.yaml``):

- ``negated``: "not", "n't", "never", "no attacks", "nobody was killed", "neither … nor", "without";
  a governor that says the complement did not happen: "failed to", "refused to", "declined to",
  "denied (that)". Two negations cancel ("did not fail to").
- ``hypothetical``: the event is not asserted — modals (may, might, could, would, should, must, can),
  a condition (if, unless, whether), possibility words (possible, potential, perhaps, likely) and
  governors like "considering". "would" under a past speech verb ("said it would attack") is future
  instead.
- ``future``: will, shall, 'll; "going to", "plans to", "vowed to", "threatened to", "pledged to",
  "ready to" … — the complement has not happened yet.
- ``hedge``: the cue word that lowers confidence, or None. Hypothetical cues set it; so do reporting
  hedges — "reportedly", "allegedly", "suspected", "apparently" — which do *not* make the event
  hypothetical: it is reported as having happened, on someone's word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import load, word_set

# Dependency labels along which a trigger still belongs to its governor's clause.
_CLIMB = frozenset(
    {"xcomp", "dobj", "obj", "pobj", "pcomp", "prep", "acomp", "attr", "oprd", "agent", "dative", "conj"}
)
_VERBAL = frozenset({"VERB", "AUX", "ADJ"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# A nominal trigger belongs to the clause of the verb it is the object (or passive subject) of:
# "did not launch an [attack]", "the [attack] was not carried out".
_NOMINAL_CLIMB = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "conj"})
_NEG_DEPS = frozenset({"neg"})
_MOD_DEPS = frozenset({"advmod", "amod", "det", "preconj", "npadvmod", "neg", "cc"})


@dataclass(frozen=True)
class _Cues:
    negation: frozenset[str]
    negation_governors: frozenset[str]
    modals: frozenset[str]
    marks: frozenset[str]
    possibility: frozenset[str]
    hypothetical_governors: frozenset[str]
    hedges: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    reported_modals: frozenset[str]
    reporting_governors: frozenset[str]
    forecast_governors: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load("modality")
    neg, hyp, hedge, fut = data["negation"], data["hypothetical"], data["hedge"], data["future"]
    return _Cues(
        negation=word_set(neg.get("words")),
        negation_governors=word_set(neg.get("governors")),
        modals=word_set(hyp.get("modals")),
        marks=word_set(hyp.get("marks")),
        possibility=word_set(hyp.get("words")),
        hypothetical_governors=word_set(hyp.get("governors")),
        hedges=word_set(hedge.get("words")),
        future_aux=word_set(fut.get("auxiliaries")),
        future_governors=word_set(fut.get("governors")),
        reported_modals=word_set(fut.get("reported_modals")),
        reporting_governors=word_set(fut.get("reporting_governors")),
        forecast_governors=word_set(fut.get("forecast_governors")),
    )


def modal_auxiliaries() -> frozenset[str]:
    """The auxiliaries that tell an act as not (yet) done: the modals and the future ones."""
    cues = _cues()
    return cues.modals | cues.future_aux


def _has_subject(tok: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in tok.children)


def _contrasted(conj: Any) -> bool:
    """A conjunct joined by "but"/"yet" does not share its first conjunct's modality."""
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < conj.i for c in conj.head.children)


def clause_chain(trigger: Any) -> tuple[list[Any], Any | None]:
    """The trigger and its heads up to its clause root, and the clause's governor (or None).

    The governor is the word a ``ccomp``/``advcl`` clause hangs on ("denied [that it attacked]").
    """
    chain = [trigger]
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and (_has_subject(tok) or _contrasted(tok)):
            break
        nominal = tok.pos_ in _NOMINAL
        if tok.dep_ not in (_NOMINAL_CLIMB if nominal else _CLIMB) or tok.head.pos_ in _NOMINAL:
            break  # "did not accede to [demands]", "no information on what he [received]"
        tok = tok.head
        chain.append(tok)
    governor = tok.head if tok.dep_ in {"ccomp", "advcl"} and tok.head.i != tok.i else None
    return chain, governor


def _words(tok: Any) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _negations(tok: Any, cues: _Cues) -> set[int]:
    """Token indices of what negates ``tok``: "not", "never", "no", "neither", a "no"/"nobody" argument."""
    found: set[int] = set()
    for c in tok.children:
        if c.dep_ in _NEG_DEPS or (c.dep_ in _MOD_DEPS and c.lower_ in cues.negation):
            found.add(c.i)
        if c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"} and tok.pos_ in _VERBAL:
            if c.lower_ in cues.negation:
                found.add(c.i)
            found.update(g.i for g in c.children if g.dep_ in {"det", "preconj"} and g.lower_ in {"no", "neither"})
    if tok.lower_ == "without":
        found.add(tok.i)
    return found


def flags(trigger_token: Any) -> dict[str, Any]:
    """Modality of the event whose trigger is ``trigger_token``: negated, hypothetical, future, hedge."""
    cues = _cues()
    chain, governor = clause_chain(trigger_token)
    negations: set[int] = set()  # distinct negating tokens; an even number cancels out
    hypothetical = future = False
    hedge: str | None = None

    def hedge_cue(word: str) -> None:
        nonlocal hedge
        hedge = hedge or word

    reported = governor is not None and governor.lemma_.lower() in cues.reporting_governors
    for pos, tok in enumerate(chain):
        negations |= _negations(tok, cues)
        if pos > 0:
            came_from = chain[pos - 1]
            words = _words(tok)
            if words & cues.negation_governors and came_from.dep_ != "conj":
                negations.add(tok.i)
            if came_from.pos_ in _VERBAL and came_from.dep_ == "xcomp":
                if words & cues.future_governors:
                    future = True
                if words & cues.hypothetical_governors:
                    hypothetical = True
                    hedge_cue(tok.lower_)
        for c in tok.children:
            low, lemma = c.lower_, c.lemma_.lower()
            if c.dep_ in {"aux", "auxpass"}:
                if low in cues.future_aux or (lemma in cues.future_aux and low not in cues.modals):
                    future = True
                elif low in cues.reported_modals and reported:
                    future = True
                elif low in cues.modals:
                    hypothetical = True
                    hedge_cue(low)
            elif c.dep_ == "mark" and low in cues.marks:
                hypothetical = True
                hedge_cue(low)
            elif c.dep_ in _MOD_DEPS or c.dep_ == "acomp":
                if low in cues.possibility:
                    hypothetical = True
                    hedge_cue(low)
                elif low in cues.hedges:
                    hedge_cue(low)
    subject_mood = _subject_mood(trigger_token, cues)  # "an assault on the city could kill thousands"
    if subject_mood == "future":
        future = True
    elif subject_mood is not None:
        hypothetical = True
        hedge_cue(subject_mood)
    if governor is not None:
        words = _words(governor)
        if words & cues.negation_governors:
            negations.add(governor.i)
        if words & cues.hypothetical_governors:
            hypothetical = True
            hedge_cue(governor.lower_)
    doc = trigger_token.doc
    if any(doc[i].lower_ == "neither" for i in negations):  # "neither … nor" is one negation
        negations = {i for i in negations if doc[i].lower_ != "nor"}
    return {"negated": len(negations) % 2 == 1, "hypothetical": hypothetical, "future": future, "hedge": hedge}


def forecast_clause(verb: Any) -> bool:
    """An infinitive clause ("to intensify") that is the object clause of a forecast verb: "analysts expect the
    fighting to intensify" tells what may come, not what happened."""
    cues = _cues()
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    governed = verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in cues.forecast_governors
    return infinitive and governed


def _subject_mood(trigger: Any, cues: _Cues) -> str | None:
    """The mood an event noun takes from the modal of the verb it is the subject of: "a full assault on the
    city could kill thousands" (the modal: hypothetical), "the offensive will leave thousands dead"
    ("future"), "the raid would kill hundreds, officials said" (future under a speech verb). None when
    the noun is no such subject or its verb is perfect ("the strike may have killed 12" is a hedged report
    of a real act) or bears no modal. Negation is not taken: "the attack did not kill anyone" happened.
    The subject of an infinitive a forecast verb governs is future too: "analysts expect the fighting to
    intensify" (a forecast of the fighting, not news of it)."""
    verb = trigger.head
    if trigger.pos_ not in _NOMINAL or trigger.dep_ != "nsubj" or verb.pos_ not in _VERBAL or verb.i == trigger.i:
        return None
    if forecast_clause(verb):
        return "future"
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_.lower() == "have" for c in auxes):
        return None
    speech = verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in cues.reporting_governors
    for c in auxes:
        low = c.lower_
        if low in cues.future_aux or (low in cues.reported_modals and speech):
            return "future"
        if low in cues.modals:
            return low
    return None

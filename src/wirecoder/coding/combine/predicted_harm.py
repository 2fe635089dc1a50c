"""A warning of harm that a thing or a happening may do is a forecast, no threat: "a collapse of the dam could
kill tens of thousands, engineers warned", "aid agencies warned that a new famine could kill 200,000 people".

The warning verb (CAMEO 13) has a reported clause whose verb is one of harm, told as possible (could, may,
might) and whose subject is no actor: no person, group, organisation or country, nothing owned ("its missiles"),
no pronoun. The speaker does not say they will do it, so nothing is threatened. "Hamas warned that the hostages
could be killed" (no subject: the speaker may be the doer), "the army warned it could shell the town" and
"Iran warned that its missiles could hit any base" stay threats. Word lists: ``data/lexicon/predicted_harm.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: Entity types that make a subject an actor.
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
#: Clauses a warning verb reports (or, when the parser hangs the speaker's verb on what was said, heads).
_REPORTED = frozenset({"ccomp", "parataxis"})


@dataclass(frozen=True)
class PredictedHarmWords:
    """The word lists of ``data/lexicon/predicted_harm.yaml``."""

    warning_verbs: frozenset[str]
    possibility_modals: frozenset[str]
    harm_verbs: frozenset[str]


@cache
def words() -> PredictedHarmWords:
    """The lists, read once per process."""
    return lexicon.word_lists("predicted_harm", PredictedHarmWords)


@cache
def _actor_nouns() -> frozenset[str]:
    return lexicon.person_nouns() | lexicon.word_set(lexicon.load("collective_nouns")["nouns"])


def _thing_subject(verb: Token) -> bool:
    """``verb``'s active subject names a thing or a happening ("a collapse", "an Israeli strike", "famine")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return False
    subj = subjects[0]
    if subj.pos_ != "NOUN" or subj.ent_type_ in _ACTOR_ENTS:
        return False
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # "its missiles could hit": the speaker's own means
    low = subj.lemma_.lower()
    actors = _actor_nouns()
    return low not in actors and subj.lower_ not in actors and not low.endswith(("ist", "er", "or"))


def _forecast(verb: Token) -> bool:
    """``verb`` tells harm a thing may do: a harm verb with a modal of possibility and a thing as subject."""
    w = words()
    if verb.lemma_.lower() not in w.harm_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in w.possibility_modals for c in verb.children):
        return False
    return _thing_subject(verb)


def forecast_warning(tok: Token) -> bool:
    """``tok`` (a warning verb) reports only harm a thing may do."""
    if tok.lemma_.lower() not in words().warning_verbs:
        return False
    reported = [c for c in tok.children if c.dep_ in _REPORTED and c.pos_ in {"VERB", "AUX"}]
    if tok.dep_ in _REPORTED and tok.head.pos_ in {"VERB", "AUX"}:
        reported.append(tok.head)  # "X could kill thousands, engineers warned": the parser heads it by "kill"
    return bool(reported) and all(_forecast(r) for r in reported)


@combine_passes.register("combine.predicted_harm.v1")
def predicted_harm(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a warning (13) that forecasts harm a thing may do: no one is threatened."""
    for trig in triggers:
        if not trig.suppressed and trig.code[:2] == "13" and forecast_warning(trig.token):
            trig.suppressed = True
            trig.notes.append("forecast")

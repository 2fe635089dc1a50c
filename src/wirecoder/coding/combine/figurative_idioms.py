"""Idioms of force that are words or a match: "the central bank fired a warning shot at lenders", "a shot
across the bows of the big banks", "the opening shot in a price war", "the parties traded blows over
immigration", "the two boxers traded blows for twelve rounds", "the opposition fired a broadside at the budget",
"volunteers pounded the pavement", "sales reps pounded the streets of Cebu" (a walk for votes or work).
A signal shot (or a broadside) fired by no armed party, with no real shooting in the sentence, and blows traded
over a topic or through a match, give no event ("police fired warning shots into the air", "the frigate fired a
broadside at the skiff, killing two" and "fans traded blows outside the stadium" stay). Streets pounded are a walk
only when told of a named doer that is no weapon, no armed party and no crowd ("shells pounded the streets of the old
city" and "rioters pounded the streets" stay). Words in
``data/lexicon/figurative_idioms.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .non_events import words as non_event_words


@dataclass(frozen=True)
class Words:
    signal_shots: frozenset[str]
    figure_shots: frozenset[str]
    shot_nouns: frozenset[str]
    firing_verbs: frozenset[str]
    bow_words: frozenset[str]
    armed_firers: frozenset[str]
    shooting_words: frozenset[str]
    trading_verbs: frozenset[str]
    blow_nouns: frozenset[str]
    topic_preps: frozenset[str]
    bout_words: frozenset[str]
    pacing_verbs: frozenset[str]
    pavement_words: frozenset[str]
    street_words: frozenset[str]
    street_forces: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("figurative_idioms", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _signal(shot: Token) -> bool:
    """ "a warning shot", "the opening salvo", "a shot across the bows" ("across" may hang on the verb)."""
    w = words()
    if shot.lower_ not in w.shot_nouns:
        return False
    if shot.lower_ in w.figure_shots:  # "fired a broadside at the budget"
        return True
    verb = _firing_verb(shot)
    preps = [*shot.children, *(verb.children if verb is not None else [])]
    # (the tagger may read "a warning shot" as a clause: "warning" the subject of "shot")
    if any(c.dep_ in {"amod", "compound", "nsubj"} and c.lower_ in w.signal_shots for c in shot.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "across" and any(o.lower_ in w.bow_words for o in p.children) for p in preps
    )


def _shots(tok: Token) -> list[Token]:
    """The shot a firing verb fires, or the shot noun itself."""
    w = words()
    if tok.lower_ in w.shot_nouns and tok.dep_ != "ROOT":
        return [tok]
    if _lemma(tok) not in w.firing_verbs:
        return []
    return [c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]


def _firing_verb(shot: Token) -> Token | None:
    """The verb that fires ``shot`` ("fired a warning shot"), if any."""
    head = shot.head
    if shot.dep_ in {"dobj", "obj", "nsubjpass"} and _lemma(head) in words().firing_verbs:
        return head
    return None


def signal_shot(tok: Token) -> bool:
    """A signal shot fired by no armed party, with no real shooting in the sentence."""
    w = words()
    shots = [s for s in _shots(tok) if _signal(s)]
    if not shots:
        return False
    verb = _firing_verb(tok) if tok.lower_ in w.shot_nouns else tok
    firers = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}] if verb is not None else []
    if any(_lemma(t) in w.armed_firers or t.lower_ in w.armed_firers for f in firers for t in f.subtree):
        return False
    return not any(_lemma(t) in w.shooting_words or t.lower_ in w.shooting_words for t in tok.sent)


def traded_blows(tok: Token) -> bool:
    """Blows traded over a topic ("over immigration") or through a match ("for twelve rounds")."""
    w = words()
    if _lemma(tok) not in w.trading_verbs:
        return False
    blows = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lower_ in w.blow_nouns]
    if not blows:
        return False
    for prep in [c for h in [tok, *blows] for c in h.children]:  # "over X" may hang on the blows
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in w.topic_preps:
            return True
        if any(o.dep_ == "pobj" and _lemma(o) in w.bout_words for o in prep.children):
            return True
    return False


def pounded_pavement(tok: Token) -> bool:
    """The pavement walked for work or votes: "pounded the pavement", "beat the sidewalks"."""
    w = words()
    if _lemma(tok) not in w.pacing_verbs:
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    if any(c.lower_ in w.pavement_words for c in objs):
        return True
    return any(c.lower_ in w.street_words for c in objs) and _walker(tok)


def _walker(verb: Token) -> bool:
    """The verb has a subject and nothing in it is a weapon, an armed party or a crowd ("insurance agents",
    "campaign staff"; not "shells", "troops", "rioters")."""
    w, armed = words(), non_event_words().armed_words
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    forces = w.street_forces | w.armed_firers | armed
    return bool(subjects) and not any(_lemma(t) in forces or t.lower_ in forces for s in subjects for t in s.subtree)


@combine_passes.register("combine.figurative_idiom.v1")
def figurative_idiom(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A signal shot of no armed party, blows traded over a topic or through a match, or a pavement pounded:
    no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if signal_shot(trig.token) or traded_blows(trig.token) or pounded_pavement(trig.token):
            trig.suppressed = True
            trig.notes.append("figurative")

"""A match between national sides told with a verb of force is no interstate event: "Bangladesh demolished
Zimbabwe in Harare", "India crushed Pakistan by eight wickets", "Kenya's runners overpowered Ethiopia in the
10,000 metres final". One country (or its team) does a result's verb to another country by name; with a cue of
the game in the sentence (a scoreline, "in the final", "on penalties", "by eight wickets") or a verb no army does
to a country ("demolished", "thrashed", "trounced") and no word of real harm, the event is dropped. "India
shelled Pakistani posts", "Russia hammered Ukraine's power grid" (a thing, not a country, is hit), "hammered Armenia with artillery" (a weapon) and "fans
clashed with police after the match" stay. Words in ``data/lexicon/national_sides.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..sports_story import scored
from ..triggers import Trigger
from .context import CombineContext

#: Roots of force and coercion a result's verb is coded with (1712 "demolished", 190 "crushed").
_ROOTS = frozenset({"17", "18", "19", "20"})
#: Entity types of a country or a region named as a side ("the West Indies").
_PLACES = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class Words:
    result_verbs: frozenset[str]
    sure_verbs: frozenset[str]
    cue_words: frozenset[str]
    side_words: frozenset[str]
    harm_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("national_sides", Words)


def _country(tok: Token) -> bool:
    """A country or region by name: a proper noun of a place entity."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in _PLACES


def _side(tok: Token) -> bool:
    """A country by name, or a team named by its country ("Kenya's runners", "the Spanish side")."""
    if _country(tok):
        return True
    if tok.lemma_.lower() not in words().side_words and tok.lower_ not in words().side_words:
        return False
    return any(
        (c.dep_ == "poss" and _country(c)) or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"})
        for c in tok.children
    )


def _phrases(sent_words: list[str]) -> set[str]:
    return set(sent_words) | {f"{a} {b}" for a, b in zip(sent_words, sent_words[1:], strict=False)}


def national_result(verb: Token) -> bool:
    """A result's verb from one national side to another country by name, in a sentence of the game."""
    w = words()
    lemma = verb.lemma_.lower()
    if lemma not in w.result_verbs or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not subjects or not objects or not all(map(_side, subjects)) or not all(map(_country, objects)):
        return False
    sent = verb.sent
    said = _phrases([t.lower_ for t in sent])
    if said & w.harm_words or any(t.lemma_.lower() in w.harm_words for t in sent):
        return False
    return lemma in w.sure_verbs or bool(said & w.cue_words) or scored(sent.text)


@combine_passes.register("combine.national_result.v1")
def national_result_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A match result between national sides told with a verb of force: no event."""
    for trig in triggers:
        if trig.suppressed or trig.means or trig.code[:2] not in _ROOTS:
            continue
        if national_result(trig.token):
            trig.suppressed = True
            trig.notes.append("match result")

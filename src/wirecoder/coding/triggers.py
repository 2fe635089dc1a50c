"""Find event triggers in a sentence: a verb or noun heading a pattern, its first matching frame's code.

Also the triggers no pattern gives ("X said Y must V") and the anchoring of an event noun on the container
noun it modifies ("a mediation effort").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import frames as fr
from .config import CoderConfig
from .constants import NOUN_POS, Token
from .dead_headlines import dead_victim, held_person
from .model import Frame, Pattern, PatternSet
from .weapon_outcomes import weapon_outcome_noun


@dataclass
class Trigger:
    """A word that codes an event, its pattern and frame, and what the combination passes decided."""

    token: Token
    pattern: Pattern
    frame: Frame | None
    code: str
    mode: str | None
    combined: bool = False  # code changed by an intent governor
    suppressed: bool = False
    absorbed: list[Trigger] = field(default_factory=list)  # merged triggers whose roles fill gaps
    notes: list[str] = field(default_factory=list)  # how the code was combined, e.g. "intent:ready"
    topics: list[Trigger] = field(default_factory=list)  # nominal acts it talks about ("rejected X's demand")
    # "killed in a Y air strike": the strike, whose maker is the source
    means: list[Trigger] = field(default_factory=list)
    source_from: Token | None = None  # role overrides set by a combination rule (a demand: the speaker ...)
    target_from: Token | None = None  # (... and the one who must act)
    word: Token | None = (
        None  # the trigger word when ``token`` is the noun it modifies ("mediation" of "mediation effort")
    )
    speech: Token | None = None  # the speech verb of an obligation ("saying he must resign")

    @property
    def pattern_id(self) -> str:
        """The id recorded on the event: the frame's (or pattern's) id, plus any combination note."""
        base = self.frame.id if self.frame is not None else self.pattern.id
        return "+".join([base, *self.notes])


def _lookup(tok: Token, patterns: PatternSet) -> list[Pattern]:
    if dead_victim(tok) is not None:  # "militant commander dead in X": a killing
        return list(patterns.candidates("verb", "kill"))
    if held_person(tok) is not None:  # "two suspects held in X": an arrest
        return list(patterns.candidates("verb", "arrest"))
    if tok.pos_ in {"VERB", "ADJ"} or (tok.pos_ == "AUX" and tok.dep_ != "aux"):
        keys = [tok.lemma_.lower(), tok.lower_]
        if patterns.config.verbs_as_written_first:
            keys.reverse()  # PETRARCH matches the verb as written first: "left" is not "leave"
        found = [p for k in dict.fromkeys(keys) for p in patterns.candidates("verb", k)]
        found = [p for p in found if tok.pos_ in {x.upper() for x in p.pos}]
        if found:
            return found
    if tok.pos_ in NOUN_POS:
        if _month_of_a_date(tok):  # "On 20 March 2025, ...": the month, no protest march
            return []
        verb = _mistagged_participle(tok, patterns.config)
        if verb is not None:  # "Two shot dead in Peshawar": the tagger's noun is the headline's verb
            return list(patterns.candidates("verb", verb))
        if _mistagged_verb(tok):  # "Ethiopia summons Sudanese envoy": a verb with a subject and an object
            found = [p for k in sorted(verb_forms(tok)) for p in patterns.candidates("verb", k)]
            if found:
                return found
        keys = [tok.lemma_.lower(), tok.lower_, *_hyphenated(tok)]
        found = [p for k in dict.fromkeys(keys) for p in patterns.candidates("noun", k)]
        attack = None if found else weapon_outcome_noun(tok, patterns.config.weapon_codes)
        return list(patterns.candidates("noun", attack)) if attack else found  # "a mine left seven dead"
    return []


_MONTHS = frozenset({"march", "may"})  # the month names that are also event nouns


def _month_of_a_date(tok: Token) -> bool:
    """A capitalised month name inside a date ("On 20 March 2025", "March 3"): the month, not a march."""
    if tok.lower_ not in _MONTHS or not tok.text[:1].isupper():
        return False
    near = [t for t in tok.doc[max(tok.i - 1, 0) : tok.i + 2] if t.i != tok.i]
    return tok.ent_type_ == "DATE" or any(t.like_num for t in near)


def _hyphenated(tok: Token) -> list[str]:
    """The hyphenated word a noun ends, which the tokenizer split ("sit-in": "sit", "-", "in"), as written."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    return [f"{doc[i - 2].lower_}-{tok.lower_}"]


def _mistagged_participle(tok: Token, config: CoderConfig) -> str | None:
    """The verb of a participle tagged as a noun before "dead" in a headline ("Two shot dead"), by
    ``headline_participles``."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "dead":
        return None
    return config.headline_participles.get(tok.lower_)


def _mistagged_verb(tok: Token) -> bool:
    """A plural noun that the parse gives a subject before it and a direct object after it: a headline's
    verb in the present tense that the tagger read as a noun ("Ethiopia summons Sudanese envoy")."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    obj = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    return bool(subj and obj)


def match_trigger(tok: Token, patterns: PatternSet) -> Trigger | None:
    """The coding of ``tok`` if it is an event trigger: first matching frame, else the default code."""
    cands = [p for p in _lookup(tok, patterns) if fr.extras_match(tok, p)]
    if not cands:
        return None
    longest = max(len(p.extra) for p in cands)
    if longest:
        cands = [p for p in cands if len(p.extra) == longest] + [p for p in cands if len(p.extra) != longest]
    for p in cands:
        for frame in p.frames:
            if fr.frame_matches(tok, frame, patterns.config.container_nouns):
                if frame.code is None:
                    return None
                return Trigger(tok, p, frame, frame.code, frame.mode or p.mode)
    hand = [p for p in cands if not p.origin.startswith("petrarch2")]
    pool = hand if hand else cands
    for p in pool:
        if p.code is not None:
            return Trigger(tok, p, None, p.code, p.mode)
    return None


def verb_forms(tok: Token) -> set[str]:
    """The lemma and text of a verb, and its text without an inflection ending, for when the tagger's lemma
    is wrong ("staged" -> "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for end, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if low.endswith(end) and len(low) > len(end) + 2:
            out.add(low[: -len(end)] + repl)
    return out


def is_light_verb(tok: Token, config: CoderConfig) -> bool:
    """Is ``tok`` a light verb ("held talks", "staged a rally", "took out a procession")?"""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    forms = verb_forms(tok)
    forms |= {f"{f} {c.lower_}" for c in tok.children if c.dep_ == "prt" for f in list(forms)}
    return bool(forms & config.light_verbs)


def obligation_triggers(span: Any, triggers: list[Trigger], config: CoderConfig) -> list[Trigger]:
    """ "X said Y must / should V" with a V that is no event trigger ("must drop barriers", "should return
    the ship"): still a demand by X on Y (generic 100; ``obligation`` sets its roles)."""
    have = {t.token.i for t in triggers}
    out: list[Trigger] = []
    for tok in span:
        if tok.i in have or tok.pos_ != "VERB" or tok.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in config.obligation_modals for c in tok.children):
            continue
        if tok.head.lemma_.lower() not in speech_verbs() or fr.subject(tok) is None or fr.subject(tok.head) is None:
            continue
        pattern = Pattern(
            id="must-clause", kind="verb", head=tok.lemma_.lower(), extra=(), code="100", origin="wirecoder"
        )
        out.append(Trigger(tok, pattern, None, "100", None))
    return out


def anchor_compounds(triggers: list[Trigger], config: CoderConfig) -> None:
    """An event noun modifying a container noun ("a mediation effort", "the aid programme") takes its
    dependents (verb, prepositions, possessor) from that noun: the trigger is anchored there."""
    taken = {t.token.i for t in triggers}
    for t in triggers:
        tok = t.token
        holder = None
        if t.pattern.kind == "noun" and tok.dep_ == "compound":
            holder = tok.head  # "a mediation effort"
        elif (
            t.pattern.kind == "noun"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.i != tok.head.i
        ):
            holder = tok.head.head  # "a week of war games"
        if holder is not None and holder.i not in taken and holder.lemma_.lower() in config.container_nouns:
            t.word, t.token = tok, holder
            taken.add(holder.i)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    from .lexicon import load

    return frozenset(load("speech_verbs")["verbs"])

"""A group's statement that it did the attack told before: the claim told as the act itself.

"Gunmen ambushed a convoy, killing eight soldiers. Boko Haram said its men had attacked the convoy." and "...
The front said they struck the base." name the doer of the earlier attack: the speaker says that it ("it",
"they", "we") or its own men ("its fighters", "their men") did a violent act, in the past, to a target told
before ("the convoy", "it") or to none. What the group says it will do ("said it would attack more bases") is a
threat, a new target ("said its fighters attacked a base in Yobe") may be another attack, and a denial ("denied
that its men attacked the convoy") claims nothing (``coding/claims.py`` skips negated forms). A state's forces
telling their own act ("the army said its troops struck the hideout") are no claim of the attack before: read by
``coding/claims.py``, which passes those over.
"""

from __future__ import annotations

from .affiliation import Words
from .constants import NOUN_POS, VIOLENT_ROOTS, Token
from .model import PatternSet
from .triggers import match_trigger

_SELF_SUBJECTS = frozenset({"it", "they", "we"})  # the speaker itself
_SELF_OWNERS = frozenset({"its", "their", "our"})  # the speaker's own men
_POINTING = frozenset({"the", "this", "that", "these", "those"})  # "the convoy": a target told before
_POINTING_PRONOUNS = frozenset({"it", "them", "this", "that"})


def said_act(tok: Token, patterns: PatternSet, words: Words) -> list[tuple[Token | None, Token, list[Token]]]:
    """``[(claimant, verb, [verb])]`` when ``tok`` is a violent act a speaker says it or its men did."""
    who = _said_own_act(tok, patterns, words)
    return [(who, tok, [tok])] if who is not None else []


def own_act(verb: Token, patterns: PatternSet, words: Words) -> bool:
    """Whether ``verb`` is an act a speaker says it or its men did (a form of ``said_act``)."""
    return _said_own_act(verb, patterns, words) is not None


def _said_own_act(tok: Token, patterns: PatternSet, words: Words) -> Token | None:
    if tok.pos_ != "VERB" or not _violent_verb(tok, patterns) or not _under_speaker(tok, words):
        return None
    if any(c.dep_ in ("aux", "neg", "auxpass") and (c.tag_ == "MD" or c.dep_ != "aux") for c in tok.children):
        return None  # "would attack" (a threat), "did not attack", "was attacked"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _self(subj):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if any(not _pointing(o) for o in objects):
        return None  # "said its fighters attacked a base in Yobe": perhaps another attack
    return subj


def _violent_verb(tok: Token, patterns: PatternSet) -> bool:
    trig = match_trigger(tok, patterns)
    return trig is not None and trig.code is not None and trig.code[:2] in VIOLENT_ROOTS - {"14"}


def _under_speaker(tok: Token, words: Words) -> bool:
    """The complement of a reporting verb ("X said its men attacked"), or a verb joined to one."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in words.speaker_verbs


def _self(subj: Token) -> bool:
    if subj.pos_ == "PRON":
        return subj.lower_ in _SELF_SUBJECTS
    return subj.pos_ in NOUN_POS and any(c.dep_ == "poss" and c.lower_ in _SELF_OWNERS for c in subj.children)


def _pointing(obj: Token) -> bool:
    if obj.pos_ == "PRON":
        return obj.lower_ in _POINTING_PRONOUNS
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in obj.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("in", "near", "at") for c in obj.children
    )

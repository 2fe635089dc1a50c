"""A pronoun subject of a reported clause that stands for the speaker itself (data: lexicon/own_speakers.yaml).

"The militia announced it was disbanding": the act's subject "it" is the militia, the subject of the reporting verb
whose clause the act is in. Only a pronoun of the speaker's number ("it" for a singular body, "they" for a plural),
and only when the speaker is a noun or a name; "the minister said they were disbanding" names no one."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import lexicon
from .constants import Token


@dataclass(frozen=True)
class OwnSpeakerWords:
    verbs: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]


@cache
def own_speaker_words() -> OwnSpeakerWords:
    """The word lists of ``data/lexicon/own_speakers.yaml``."""
    return lexicon.word_lists("own_speakers", OwnSpeakerWords)


def own_speaker(tok: Token) -> Token | None:
    """The speaker a pronoun subject stands for, or None."""
    words = own_speaker_words()
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ not in words.singular | words.plural:
        return None
    clause = tok.head
    while clause.dep_ == "conj":  # "it was laying down its arms and disbanding"
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in words.verbs:
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    if len(speakers) != 1:
        return None
    plural = speakers[0].tag_ in {"NNS", "NNPS"}
    return speakers[0] if plural == (tok.lower_ in words.plural) else None


def with_own_speakers(toks: list[Token]) -> list[Token]:
    """The tokens, a pronoun that stands for its speaker replaced by the speaker."""
    return [own_speaker(t) or t for t in toks]


def frame_subjects(tok: Token) -> list[Token]:
    """The subjects a frame's ``subj`` condition reads: the verb's own (a pronoun standing for its speaker read as
    the speaker), or, for a verb conjoined with no subject of its own, the first conjunct's ("rockets fired from
    Gaza landed near Sderot", parsed with "landed" conjoined to "fired")."""
    own = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not own and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        own = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return with_own_speakers(own)

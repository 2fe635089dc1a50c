"""Acts told in an "after" clause are events of their own: "India accused Pakistan of violating the truce after
Pakistani troops fired on border posts" tells the accusation and the firing, "Bolivia expelled a diplomat after
Chile accused it of plotting" the expulsion and the accusation. The clause names its own doer and has a past
verb of its own (a verbal act, a speaker named by name); a clause with a pronoun subject ("after he led a march") or none ("after being warned"),
one counted years back ("years after the rebels killed X") or telling what befell its subject ("after a man died in
custody") stays background to the main clause (``combine.background.v1``). Old acts are still dropped as history
(``passing_history``).

Words: ``data/lexicon/told_after.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..article import Article, Event
from .constants import Token
from .lexicon import word_lists
from .passing_history import _token

# how a target's country is known when only guessed from places or the story (``article.COUNTRY_BASES``)
_GUESSED_BASES = frozenset({"place", "sentence", "story"})


@dataclass(frozen=True)
class _Words:
    marks: frozenset[str]
    past_tags: frozenset[str]
    pronoun_subjects: frozenset[str]
    subject_deps: frozenset[str]
    verbal_roots: frozenset[str]
    long_spans: frozenset[str]
    patient_verbs: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("told_after", _Words)


def told_after(tok: Token, boundary: Token, code: str) -> bool:
    """Whether ``tok`` is the verb heading ``boundary``, an "after" clause with its own subject and a past verb:
    an act of its own (CAMEO ``code``), not background to the sentence's event. A verbal act needs a named
    speaker ("after Chile accused X", not "after officials alleged that ...")."""
    words = _words()
    if tok.i != boundary.i or boundary.dep_ != "advcl" or boundary.tag_.lower() not in words.past_tags:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words.marks for c in boundary.children):
        return False
    if boundary.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in boundary.children):
        return False  # "after captured fighters ..." read as a bare participle: no clause of its own
    if boundary.lemma_.lower() in words.patient_verbs:
        return False  # "after a man died in custody": what befell him, not an act of a doer
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in words.long_spans for c in boundary.children):
        return False  # "years after the rebels killed X": history
    subjects = [c for c in boundary.children if c.dep_ in words.subject_deps]
    if not subjects or any(s.lower_ in words.pronoun_subjects for s in subjects):
        return False
    return code[:2] not in words.verbal_roots or all(s.pos_ == "PROPN" for s in subjects)


def _after_head(tok: Token) -> Token | None:
    """The verb an "after" clause headed by ``tok`` hangs on, when ``tok`` heads one."""
    words = _words()
    if tok.dep_ != "advcl" or tok.head.i == tok.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in words.marks for c in tok.children):
        return None
    return tok.head


def _guessed_own(e: Event) -> bool:
    """Whether the event's target country is its source's, only guessed from the sentence's places or story
    ("fired rockets at the town of X" with X unknown to the gazetteer, typed by another place of the sentence)."""
    t, s = e.target, e.source
    return bool(t and s and t.country == s.country and t.country_basis in _GUESSED_BASES)


def answered_targets(article: Article) -> None:
    """An act told in an "after" clause that the sentence's main act answers, with no target country of its own,
        targets the answering side: "Azerbaijani troops shelled Armenia after Armenian forces opened fire on a border
        post" -- the firing was aimed at Azerbaijan (the main act's source), as the main act is aimed at the country
        of the clause's doer. Only when the main act's target is the clause doer's country and its source another's; a
    target country merely guessed as the doer's own from the sentence's places gives way too."""
    tokens = {id(e): _token(article, e) for e in article.events}
    for e in article.events:
        tok = tokens[id(e)]
        head = _after_head(tok) if tok is not None else None
        mine = e.source.country if e.source is not None else None
        if head is None or mine is None or (e.target is not None and e.target.country and not _guessed_own(e)):
            continue
        for main in article.events:
            mtok = tokens[id(main)]
            if main is e or mtok is None or mtok.i != head.i or main.source is None or main.target is None:
                continue
            if main.target.country == mine and main.source.country and main.source.country != mine:
                e.target = replace(main.source)
                break

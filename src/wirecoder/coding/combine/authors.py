"""A document that speaks speaks for its author: "a statement from the army condemned X", "a joint statement by
X and Y called on Z", "the ministry's statement accused Y" are the author's acts; so is a motion or resolution a
body passes, adopts or approves ("parliament passed a motion censuring the minister"). A document with no author
named stays no speaker ("the letter urged the council"). Document nouns: ``document_nouns`` of
``data/lexicon/speech_verbs.yaml``.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_AUTHOR_PREPS = frozenset({"from", "by", "of"})
_ISSUING = frozenset({"issue", "release", "publish", "sign", "send", "post", "put"})
# a legislature or council adopting a text issues it: "parliament passed a motion censuring the minister"
_ADOPTING = frozenset({"pass", "adopt", "approve"})


@cache
def _documents() -> frozenset[str]:
    return word_set(load("speech_verbs")["document_nouns"])


def author(doc_noun: Token) -> Token | None:
    """The author of a document noun: its possessor ("the army's statement"), the object of from / by / of
    ("a statement from the army"), the agent of a participle on it ("a statement issued by the army"), or the
    subject of the verb that issued it ("the army sent a letter")."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}:
            return c
    for c in doc_noun.children:
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower() not in _documents():
                return obj
        if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return obj
    if doc_noun.dep_ in {"dobj", "obj"} and doc_noun.head.lemma_.lower() in _ISSUING | _ADOPTING:
        return fr.subject(doc_noun.head)  # "the minister sent a letter asking X to V": the minister
    return None


def _document_of(tok: Token) -> Token | None:
    """The document a verbal act is told by: the act's subject ("the letter urged X"), or the noun a participle
    hangs on ("a letter asking X to V")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in _documents():
        return tok.head
    subj = fr.subject(tok)
    return subj if subj is not None and subj.lemma_.lower() in _documents() else None


@combine_passes.register("combine.document_author.v1")
def document_author(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verbal act (``speaker_span_roots``) told by a document takes the document's author as source."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.source_from is not None or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if trig.code[:2] not in ctx.config.speaker_span_roots:
            continue
        document = _document_of(tok)
        if document is None:
            continue
        who = author(document)
        if who is not None:
            trig.source_from = who
            trig.notes.append("document author")

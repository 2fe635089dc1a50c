"""Violence a speaker says, in quotes, is going on is the speaker's accusation of its doer.

'"The army is shelling our homes," the mayor said' or '"Our people are being murdered by the police," the
leader told reporters' tell no incident with a day and a toll: the speaker charges the doer with an ongoing
wrong (CAMEO 112, as the Wikinews guide codes a quoted accusation). Only a violent verb in the progressive
("is shelling", "are being murdered") of a quoted clause a speaker says, with a named doer (the subject, or the
"by" agent of a passive) that is not the speaker's own side ("we are striking", "our soldiers are pounding their positions" is no charge),
and no fighting between two sides ("government forces are fighting the rebels" reports a war). Words:
``data/lexicon/quoted_ongoing.yaml``.
A quoted past act ('"They killed my brother," a villager said'), a narrated attack with its source ("Gunmen
killed five villagers, police said") and what is feared or to come keep their readings.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..alleged import alleged_words
from ..constants import FORCE_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .judgements import judge

_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_PRESENT_BE = frozenset({"is", "are", "am", "'re", "'s"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("quoted_ongoing")
    return word_set(data["fighting_lemmas"]), word_set(data["own_owners"])


@combine_passes.register("combine.quoted_ongoing.v1")
def quoted_ongoing(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A standing violent verb in the progressive, in a quoted clause a speaker says, becomes the speaker's
    accusation of the doer."""
    governors = ctx.config.spoken_judgement.get("governors", frozenset())
    code = alleged_words().accusation_code
    fighting, owners = _words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or tok.pos_ != "VERB" or trig.code[:2] not in FORCE_ROOTS or not progressive(tok):
            continue
        if tok.lemma_.lower() in fighting:
            continue
        flags = ctx.flags_of(tok)
        if flags.get("negated") or flags.get("future") or flags.get("hypothetical") or not _quoted(tok):
            continue
        speaker, doer = judge(tok, governors), _doer(tok)
        if speaker is None or doer is None or doer.pos_ not in {"NOUN", "PROPN"} or doer.i == speaker.i:
            continue
        if any(c.dep_ == "poss" and c.lower_ in owners for c in doer.children):
            continue  # '"Our soldiers are pounding their positions," the army said': the speaker's own side
        trig.code, trig.combined = code, True
        trig.source_from, trig.target_from = speaker, doer
        trig.notes.append("alleged")


def progressive(tok: Token) -> bool:
    """ "is shelling", "are being murdered": a present form of "be" before the participle."""
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    present = any(a.lower_ in _PRESENT_BE for a in aux)
    if tok.tag_ == "VBG":
        return present
    return tok.tag_ == "VBN" and present and any(a.lower_ == "being" for a in aux)


def _quoted(tok: Token) -> bool:
    """A quotation mark opens the sentence before the clause holding ``tok``."""
    sent = tok.sent
    return any(t.text in _QUOTES for t in tok.doc[sent.start : tok.left_edge.i + 1])


def _doer(tok: Token) -> Token | None:
    """The subject, or the "by" agent of a passive ("are being murdered by the police": the police)."""
    if fr.children(tok, {"nsubjpass"}):
        return next(iter(fr.role_tokens(tok, "agent")), None)
    return fr.subject(tok)

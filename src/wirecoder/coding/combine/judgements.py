"""Judgements said of someone: who judges, and what a refusal to tolerate is.

"The army said Boko Haram was responsible for the killings" and "Kyiv holds Moscow responsible for the
destruction" are accusations by the speaker (or the one who holds) of the one held responsible, and the
attacks one is held responsible for stay events of their own, by that one (as the attack nouns' roles
read them: "X is responsible for more than 150 attacks" is X's assault too); "attacks
on the police will not be tolerated", said by a minister, is the minister's threat, and "we cannot
tolerate these policies" a disapproval. Word lists and codes: ``spoken_judgement`` in config.yaml.
"""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..reported_judgements import REPORTED, reported_judge
from ..triggers import Trigger, speech_verbs
from .context import CombineContext

_UP_DEPS = frozenset({"acomp", "xcomp", "conj", "oprd"})


def judge(tok: Token, governors: frozenset[str]) -> Token | None:
    """The subject of the speech verb (or judging verb: "holds", "considers") whose complement clause
    holds ``tok`` ("X said Y was responsible": X), if any."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _UP_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.i == cur.i:
        return None
    gov = cur.head
    if gov.lemma_.lower() not in speech_verbs() and gov.lemma_.lower() not in governors:
        return None
    return fr.subject(gov)


def _held(tok: Token, governors: frozenset[str]) -> Token | None:
    """The object of a judging governor that the judgement is predicated of ("held Turkey responsible", the
    adjective parsed as the verb's predicate or as Turkey's modifier), else None."""
    if tok.dep_ == "oprd":  # "held al-Shabaab responsible": the judgement a predicate of the verb
        gov = tok.head
        obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
    else:
        obj = tok.head if tok.dep_ == "amod" and tok.head.dep_ == "dobj" else None
        gov = obj.head if obj is not None else tok
    if obj is None or gov.lemma_.lower() not in governors:
        return None
    return obj


def _to_blame(tok: Token) -> bool:
    """ "Y is / was to blame (for X)": Y is the one blamed, not the one blaming."""
    head = tok.head
    return tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.i != tok.i


def _one(code: frozenset[str] | None) -> str | None:
    return next(iter(code)) if code else None


@combine_passes.register("combine.spoken_judgement.v1")
def spoken_judgement(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A judgement adjective of an accusing root ("responsible for the deaths") takes its judge as source; a
    negated tolerance verb is a threat (future: "will not be tolerated") or a disapproval ("cannot
    tolerate"), whose source, when the clause has no subject of its own, is the speaker."""
    words = ctx.config.spoken_judgement
    governors = words.get("governors", frozenset())
    for trig in triggers:
        if trig.suppressed:
            continue
        tok = trig.token
        if tok.lemma_.lower() in words.get("tolerance_verbs", frozenset()):
            if trig.code[:2] not in words.get("roots", frozenset()):
                continue  # only a refusal to tolerate (the pattern's negated frame) is a judgement
            code = _one(words.get("future_code"))
            if code is not None and ctx.flags_of(tok).get("future"):
                trig.code, trig.combined = code, True
                trig.notes.append("intolerance:future")
            if fr.subject(tok) is not None:
                continue
        elif tok.pos_ == "ADJ" and trig.code[:2] in words.get("roots", frozenset()):
            held = _held(tok, governors)
            for noun in (ctx.by_token.get(o.i) for o in fr.prep_objects(tok, "for")):
                if noun is not None and noun.pattern.kind == "noun" and noun.code[:2] in VIOLENT_ROOTS - {"14", "17"}:
                    noun.suppressed = False  # spoken_topic took it for the topic only
                    noun.source_from = held or noun.source_from  # the one held responsible did it
            if held is not None:  # "held Turkey responsible for X": the holder accuses Turkey
                trig.source_from, trig.target_from = fr.subject(held.head), held
                continue
        elif _to_blame(tok):  # "the minister said Ethiopia was to blame": the minister blames Ethiopia
            trig.target_from = fr.subject(tok.head)
        elif trig.pattern.id not in words.get("spoken_patterns", frozenset()):  # "said Y would face charges"
            continue
        speaker = judge(tok, governors)
        if speaker is None and tok.pos_ == "ADJ" and trig.code[:2] in words.get("roots", frozenset()):
            speaker = reported_judge(tok)  # "according to X, Y is responsible": X's word (an outlet's is none)
            trig.notes.extend([REPORTED] if speaker is not None else [])
        if speaker is not None:
            trig.source_from = speaker

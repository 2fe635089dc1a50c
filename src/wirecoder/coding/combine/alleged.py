"""A wrongdoing in a speaker's reported clause is the speaker's accusation of its doer.

"The minister said Algeria was trying to undermine the accord" or '"They are meddling in our affairs," the
envoy said' is the minister (the envoy) accusing the doer (CAMEO 112), as human coders read it, not the
doer's act: what the verb would code alone (160, 070, 140) is only alleged, and so is a hostile act the doer
is told preparing ("said Asmara was preparing for war": coding/hostile_preparations.py). Violent acts keep their own
reading (the asserted transformations: "X said Y attacked Z" is Y's attack and X's accusation). Words:
``wrongdoing_verbs`` and ``attempt_verbs`` of ``data/lexicon/alleged_acts.yaml``.
"""

from __future__ import annotations

from .. import accused_targets as _accused_targets  # noqa: F401  (registers targets.disputed_owner.v1)
from .. import frames as fr
from ..alleged import according_to, alleged_words, sponsors
from ..constants import VIOLENT_ROOTS, Token
from ..hostile_preparations import prepares_hostility
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .judgements import judge

_THROUGH = frozenset({"xcomp"})
# acts that stay what they are when reported: rejections ("sources said the two sides failed to reach a deal"),
# coercion and violence ("said the militia looted shops"); a "protest" read into "provoke" is no protest
_KEPT_ROOTS = (VIOLENT_ROOTS - {"14"}) | {"12"}
# ... and violent riot, which looting and plundering code to ("soldiers looted shops, traders said": the looting)
_KEPT_CODES = frozenset({"145"})


@combine_passes.register("combine.alleged_wrongdoing.v1")
def alleged_wrongdoing(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A standing non-violent trigger on a wrongdoing verb, reported by a speaker (directly or under "try to",
    "seek to"), becomes the speaker's accusation of the verb's subject; negated or future ones stay."""
    words = alleged_words()
    governors = ctx.config.spoken_judgement.get("governors", frozenset())
    for trig in triggers:
        tok = trig.token
        wrong = tok.lemma_.lower() in words.wrongdoing or sponsors(tok) or prepares_hostility(tok)
        if trig.suppressed or tok.pos_ != "VERB" or not wrong:
            continue
        if (
            trig.code[:2] in _KEPT_ROOTS
            or trig.code in _KEPT_CODES
            or tok.lemma_.lower() == "fail"
            or not _through_attempts(tok, words.attempts)
        ):
            continue
        flags = ctx.flags_of(tok)
        if flags.get("negated") or flags.get("future") or flags.get("hypothetical"):
            continue
        speaker, doer = judge(tok, governors) or _according(tok), _doer(tok)
        if speaker is None or doer is None or doer.pos_ not in {"NOUN", "PROPN"}:
            continue
        trig.code, trig.combined = words.accusation_code, True
        trig.source_from, trig.target_from = speaker, doer
        trig.notes.append("alleged")


def _through_attempts(tok: Token, attempts: frozenset[str]) -> bool:
    """The wrongdoing verb is the reported clause's own verb, or hangs on it only through attempt verbs."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in _THROUGH:
            return True
        cur = cur.head
        if cur.lemma_.lower() not in attempts:
            return False
    return False


def _doer(tok: Token) -> Token | None:
    """Who did the act: the subject, or the "by" agent of a passive ("the rebels are armed by X": X)."""
    if fr.children(tok, {"nsubjpass"}):
        return next(iter(fr.role_tokens(tok, "agent")), None)
    return fr.subject(tok)


def _according(tok: Token) -> Token | None:
    """X of "according to X" on the verb: the one who alleges it."""
    return next((x for c in tok.children if (x := according_to(c)) is not None), None)


def told_refusal(trig: Trigger, boundary: Token) -> bool:
    """A refusal or rejection (``relative_act_roots``) told in the past in a relative clause set off by a comma
    ("the migrants, whom Malta has refused to accept", "the court, which rejected the appeal"): an act
    reported there."""
    if boundary.dep_ != "relcl" or trig.code[:2] not in alleged_words().relative_act_roots:
        return False
    start = boundary.left_edge.i
    if start == 0 or boundary.doc[start - 1].text != ",":
        return False  # "voters who rejected the deal": which voters, not an act told
    verb = boundary
    subj = fr.subject(verb)
    if subj is not None and subj.tag_ in {"WDT", "WP"}:
        subj = verb.head  # "the court, which rejected": the court
    if subj is None or not any(_named(t) for t in [subj, *subj.children]):
        return False  # "the fans, who rejected the new kit": no one named refused anything
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return past and not any(c.dep_ in {"neg", "auxpass"} or c.lower_ in {"will", "would"} for c in verb.children)


def _named(tok: Token) -> bool:
    """A name, or a word of a named state, group or person ("Malta", "the Supreme Court", "European")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}


def conditional_participle(tok: Token) -> bool:
    """A bare participle under a condition ("if convicted", "unless acquitted"): no act of the sentence."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or fr.children(tok, {"nsubj", "nsubjpass", "auxpass"}):
        return False
    return any(c.dep_ == "mark" and c.lower_ in alleged_words().conditional_marks for c in tok.children)

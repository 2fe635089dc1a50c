"""The complement pass: what an intent, appeal, demand or threat word does to the act it governs."""

from __future__ import annotations

from functools import cache

from ..clauses import embedding_governor, governors
from ..config import CoderConfig
from ..constants import NOUN_POS, Token
from ..controlled_subjects import causing_verb
from ..force_readiness import FORCE_THREAT, forceful_future, forceful_readiness
from ..lexicon import load, word_set
from ..own_speakers import own_speaker
from ..registry import combine_passes, future_rules
from ..triggers import Trigger, is_light_verb
from .context import CombineContext


@cache
def _hedge_verbs() -> frozenset[str]:
    return word_set(load("hedge_passives").get("verbs"))


def hedge_passive(tok: Token) -> bool:
    """An agentless passive of alleging ("are alleged to have", "it is alleged that"): a hedge on the act it
    governs, as "allegedly" is, not anyone's accusation (data: lexicon/hedge_passives.yaml)."""
    return (
        tok.lemma_.lower() in _hedge_verbs()
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _kept_intent(trig: Trigger, emb: Trigger, config: CoderConfig) -> bool:
    """Is ``trig`` an act of a ``kept_intent_roots`` root in the to-complement of an intent word ("vowed to veto",
    "pledged to block"): the act itself, not the pledge?"""
    tok = trig.token
    return (
        trig.code[:2] in config.kept_intent_roots
        and emb.token.lemma_.lower() in config.kept_intent_governors
        and tok.head.i == emb.token.i
        and tok.dep_ == "xcomp"
        and not any(c.dep_ == "neg" for c in tok.children)  # "vowed not to allow": a resolve, the pledge's code
    )


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _decided_by_governor(trig: Trigger, start: Token, ctx: CombineContext) -> bool:
    """Walk up the governors of ``start``: an attempt or imminence word keeps the act, an embedding trigger
    absorbs it, an intent word makes it an intent (03x) or a threat (13x). True when one of them decided."""
    config, by_token = ctx.config, ctx.by_token
    for gov in governors(start):
        lemma = gov.lemma_.lower()
        if lemma in config.attempt_words or lemma in config.imminent_governors:
            return True  # "attempts to broker", "is about to restore ties": the act itself
        if lemma in config.reporting_verbs:
            return False  # "officials said X restored ties": asserted, whatever code "say" has in a dictionary
        if causing_verb(gov):
            return False  # "prompting Peru to summon X": the object's own act, no governor's above it
        gtrig = by_token.get(gov.i)
        if gtrig is not None and not gtrig.suppressed and gtrig.code[:2] in config.embedding_roots:
            trig.suppressed = True
            gtrig.absorbed.append(trig)  # "vowed to fight X": the governor may take X as its target
            return True
        if lemma in config.intent_governors and trig.code[:2] in config.intent_map:
            if gtrig is not None:
                gtrig.suppressed = True
            trig.code = (
                FORCE_THREAT if forceful_readiness(trig.token, trig.code, gov) else config.intent_map[trig.code[:2]]
            )
            trig.combined = True
            trig.notes.append(f"intent:{lemma}")
            return True
    return False


@combine_passes.register("combine.complement.v1")
def complement(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act in the complement of an appeal, demand, threat or intent word is folded into it: "the rebels
    threatened to shell the airport" (one threat), "Oslo stands ready to host talks" (an intent, 03x). An
    act no governor decided goes through the ``future_rules`` ("will not attend": a refusal)."""
    config, by_token = ctx.config, ctx.by_token
    rules = [future_rules.get(name) for name in config.future_rules]
    for trig in triggers:
        if trig.suppressed:
            continue
        tok = trig.token
        if tok.dep_ == "advcl" and not _has_to(tok):
            continue  # "..., blaming X": a separate act, not a complement
        if (
            tok.dep_ == "acl"
            and tok.head.pos_ in NOUN_POS
            and tok.head.lemma_.lower() not in config.attempt_words
            and _has_to(tok)
        ):
            trig.suppressed = True  # "permission / pressure / a plan to help X": an act not (yet) done
            continue
        start = tok
        if (
            trig.pattern.kind == "noun"
            and tok.dep_ in {"dobj", "obj"}
            and (tok.head.i not in by_token or by_token[tok.head.i].suppressed)
        ):
            start = tok.head  # "threatened to launch an offensive": the noun's light verb is the complement
        # a noun's own object position is handled by the topic passes; from its light verb up, the chain counts
        emb = embedding_governor(start, by_token, config) if trig.pattern.kind == "verb" or start is not tok else None
        if emb is not None and emb is not trig and hedge_passive(emb.token):
            emb.suppressed = True  # "X are alleged to have executed three farmers": the act, hedged
            continue
        if emb is not None and emb is not trig and _kept_intent(trig, emb, config):
            emb.suppressed = True  # "vowed to veto the package": the rejection, told as resolved, is the act
            trig.notes.append(f"intent:{emb.token.lemma_.lower()}")
            continue
        if emb is not None and emb is not trig:
            trig.suppressed = True
            emb.absorbed.append(trig)
            continue
        if not _decided_by_governor(trig, start, ctx):
            for rule in rules:
                rule(trig, ctx)


def _future(trig: Trigger, ctx: CombineContext, negated: bool) -> bool:
    """Is the trigger a verb in a future clause, negated as asked?"""
    if trig.token.pos_ != "VERB":
        return False
    flags = ctx.flags_of(trig.token)
    return bool(flags.get("future")) and bool(flags.get("negated")) == negated


def _future_light_noun(trig: Trigger, ctx: CombineContext) -> bool:
    """A noun trigger that a light verb in a future clause carries on a condition, or announced by its own
    speaker, not negated: "said it would stage a march if the government does not ...", "will call a general
    strike unless ...", "the unions said they would hold a strike" (the light verb holds the modality and the
    condition; words in ``conditional_threats``)."""
    tok = trig.token
    if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "obj"} or not is_light_verb(tok.head, ctx.config):
        return False
    verb = tok.head
    marks = word_set(load("conditional_threats")["marks"])
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children
    )
    flags = ctx.flags_of(verb)
    return (conditioned or _announced_own(verb)) and bool(flags.get("future")) and not flags.get("negated")


def _announced_own(verb: Token) -> bool:
    """Does the light verb's speaker announce its own act ("the unions said they would hold a strike next
    month": the unions' threat)? Its subject is a pronoun standing for the speaker (coding/own_speakers.py);
    "police said the unions would hold a strike" tells a plan, no one threatens."""
    return _announcer(verb) is not None


def _announcer(verb: Token) -> Token | None:
    """The speaker a light verb's pronoun subject stands for ("student groups said they would stage ...":
    "student groups"), or None."""
    return next((sp for s in verb.children if s.dep_ == "nsubj" and (sp := own_speaker(s)) is not None), None)


@future_rules.register("future.intent.v1")
def future_intent(trig: Trigger, ctx: CombineContext) -> None:
    """A cooperative act announced for the future is an intent: "the bank will provide loans" (03x), when
    ``future_as_intent`` is on."""
    config, root = ctx.config, trig.code[:2]
    if config.future_as_intent and root in {"04", "05", "06", "07", "08"} and root in config.intent_map:
        if _future(trig, ctx, negated=False):
            force = forceful_future(trig.token, trig.code)  # "will defend X by all available means": a threat
            trig.code = FORCE_THREAT if force else config.intent_map[root]
            trig.combined = True
            trig.notes.append("threat:force-future" if force else "intent:future")


@future_rules.register("future.threat.v1")
def future_threat(trig: Trigger, ctx: CombineContext) -> None:
    """A hostile act announced for the future is a threat: "the union said it would boycott the vote" (13x
    by ``future_threat_map``); a dictionary's own local code is left alone."""
    config, root = ctx.config, trig.code[:2]
    if root in config.future_threat_map and not trig.combined and trig.code not in config.local_codes:
        light = not _future(trig, ctx, negated=False) and _future_light_noun(trig, ctx)
        if light or _future(trig, ctx, negated=False):
            trig.code = config.future_threat_map[root]
            trig.combined = True
            trig.notes.append("threat:future")
            speaker = _announcer(trig.token.head) if light else None
            if speaker is not None and trig.source_from is None:
                trig.source_from = speaker  # the threat is the speaker's, though no actor stands for it


@future_rules.register("future.refusal.v1")
def future_refusal(trig: Trigger, ctx: CombineContext) -> None:
    """A cooperative act negated in the future is a refusal: "the delegation will not attend the summit"
    (12x by ``refusal_map``)."""
    config, root = ctx.config, trig.code[:2]
    if root in config.refusal_map and _future(trig, ctx, negated=True):
        trig.code = config.refusal_map[root]
        trig.combined = True
        trig.notes.append("refusal:future")

"""A violent act told inside a verbal act is an event of its own when the text says it happened.

"X accuses Y of shelling villages" (Y's shelling), "X condemns Indian firing that killed seven soldiers"
(India's firing, seven dead), "X summoned the envoy after two civilians were killed in border firing" (the
killing): the verbal act stays, listed first as the sentence's main event (as a CAMEO coder reads it; the
one-row datasets take the violence: coding/main_event.py drops verbal acts beside it). A bare topic
("condemned the attack", "accused of plotting") stays the statement's topic.
"""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: The note on a violent trigger freed from a verbal act.
TOLD = "told"

_ATTACK_ROOTS = VIOLENT_ROOTS - {"14", "17"}  # fights and killings, not arrests or seizures
#: How a told act may hang below the verbal act: its object and phrases, a clause of time or reason; not a
#: relative or reported clause ("in Y, where 28 were killed last year": background, told elsewhere).
_TOLD_PATH = frozenset({"dobj", "obj", "prep", "pobj", "pcomp", "advcl", "nsubjpass"})
_CASUALTY_DEPS = frozenset({"nummod", "dobj", "obj", "nsubjpass", "nsubj", "pobj", "appos"})


@combine_passes.register("combine.told_violence.v1")
def told_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Free a violent trigger that a verbal act (``told_violence_roots``) absorbed or left as background
    when it names who did it (the accused of an ``accusing_preps`` phrase, a demonym or possessor on the
    noun) or tells casualties; an accused becomes its source."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if not trig.suppressed or trig.code[:2] not in _ATTACK_ROOTS or trig.code in config.told_violence_skip:
            continue
        if "accident" in trig.notes:  # "a bus hit a rickshaw": no one's violence
            continue
        gov = _verbal_governor(trig.token, by_token, config.told_violence_roots)
        if gov is None or gov.suppressed:
            continue
        accusing = gov.code[:2] in config.accusing_roots
        accused = _accused(trig.token, gov.token, config.accusing_preps) if accusing else None
        if accused is None and not (_named_maker(trig.token) or _casualties(trig, by_token)):
            continue
        if _held_by_other_violence(trig, triggers) or not _asserted(trig.token, ctx):
            continue
        trig.suppressed = False
        trig.notes = [n for n in trig.notes if n != "background"] + [TOLD]
        if trig in gov.absorbed:
            gov.absorbed.remove(trig)
        if accused is not None and trig.source_from is None:
            trig.source_from = accused
        for verb in _toll_clauses(trig.token, by_token):  # "firing that killed seven": one event, its victims
            if verb.suppressed and verb not in trig.absorbed:
                trig.absorbed.append(verb)


def _verbal_governor(tok: Token, by_token: dict[int, Trigger], roots: frozenset[str]) -> Trigger | None:
    """The nearest trigger above ``tok`` (four steps at most), when it is a verbal act of ``roots``."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in _TOLD_PATH:
            return None
        cur = cur.head
        gov = by_token.get(cur.i)
        if gov is not None:
            return gov if gov.code[:2] in roots and gov.code[:2] not in _ATTACK_ROOTS else None
    return None


def _accused(tok: Token, verb: Token, preps: frozenset[str]) -> Token | None:
    """The object of ``verb`` when ``tok`` is told in its ``of``/``for`` phrase: "accused Y of shelling X" (the
    phrase on the verb or on its object)."""
    prep = tok.head
    if tok.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in preps:
        return None
    objects = [o for o in fr.children(verb, {"dobj", "obj"}) if o.pos_ in {"PROPN", "NOUN"}]
    if not objects or prep.head.i not in {verb.i, objects[0].i}:
        return None
    return objects[0]


def _named_maker(tok: Token) -> bool:
    """Does the event noun name who did it: a nationality or group ("Indian firing"), a possessor ("the
    army's shelling")?"""
    for c in tok.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"}:
            return True
    return False


def _casualties(trig: Trigger, by_token: dict[int, Trigger]) -> bool:
    """Does the violent act tell its dead or wounded with a number ("that killed seven soldiers", "two
    civilians were killed")?"""
    if trig.pattern.kind == "verb" and fr.children(trig.token, {"nsubjpass"}):
        return True  # "after a soldier was killed": a victim told
    verbs = [trig.token] if trig.pattern.kind == "verb" else [v.token for v in _toll_clauses(trig.token, by_token)]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in _CASUALTY_DEPS and (c.like_num or any(n.dep_ == "nummod" for n in c.children)):
                if c.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT"}:
                    return True
    return False


def _toll_clauses(tok: Token, by_token: dict[int, Trigger]) -> list[Trigger]:
    """The violent verbs of relative clauses on the event noun: "firing that killed seven"."""
    return [
        by_token[c.i]
        for c in tok.children
        if c.dep_ in {"relcl", "acl"} and c.i in by_token and by_token[c.i].code[:2] in _ATTACK_ROOTS
    ]


def _asserted(tok: Token, ctx: CombineContext) -> bool:
    """Is the act told as done ("after two were killed"), not negated, feared or to come ("if X attacks")?"""
    flags = ctx.flags_of(tok)
    return not any(flags.get(k) for k in ("negated", "hypothetical", "future"))


def _held_by_other_violence(trig: Trigger, triggers: list[Trigger]) -> bool:
    """Is the trigger already folded into another violent act (its means, absorbed or a topic)?"""
    return any(trig in t.absorbed or trig in t.means for t in triggers if t is not trig and t.code[:2] in _ATTACK_ROOTS)

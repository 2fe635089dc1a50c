"""A belief participle on the subject is no act: in "gunmen suspected to be members of X killed 14 farmers"
the parser often makes "suspected" the main verb and "killed" its clause. The killing is the event, done by
the gunmen; the suspicion only says who they may be (``belief_verbs`` of the perpetrators lexicon)."""

from __future__ import annotations

from .. import frames as fr
from ..affiliation import load_words
from ..constants import VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_CLAUSE_DEPS = frozenset({"ccomp", "conj", "dep", "parataxis"})


@combine_passes.register("combine.reduced_belief.v1")
def reduced_belief(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a belief verb read as "N believed/suspected to be ..." (an infinitive, no object) that governs
    a violent verb without a subject of its own; that verb takes N as its source."""
    beliefs = load_words().belief_verbs
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or tok.lemma_.lower() not in beliefs or not _reduced(tok):
            continue
        subj = next(iter(fr.children(tok, {"nsubj"})), None)
        acts = [ctx.by_token.get(c.i) for c in tok.children if c.dep_ in _CLAUSE_DEPS]
        act = next((a for a in acts if a is not None and _violent_without_subject(a)), None)
        if subj is None or act is None:
            continue
        trig.suppressed = True
        if act.source_from is None:
            act.source_from = subj
        act.notes.append(f"belief:{tok.lemma_.lower()}")


def _reduced(tok: Token) -> bool:
    """A participle with an infinitive ("to be", "to belong") or a gerund of belonging ("suspected of
    belonging to X", "of being members of X") and no object: "suspected to be members"."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "auxpass", "aux", "neg") for c in tok.children):
        return False
    infinitives = [c for c in tok.children if c.dep_ == "xcomp"]
    if any(any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in infinitives):
        return True
    words = load_words()
    gerunds = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in words.belief_preps for g in p.children]
    return any(g.dep_ == "pcomp" and g.lemma_.lower() in words.link_words | words.identity_verbs for g in gerunds)


def _violent_without_subject(trig: Trigger) -> bool:
    tok = trig.token
    return (
        not trig.suppressed
        and trig.pattern.kind == "verb"
        and trig.code[:2] in VIOLENT_ROOTS - {"14"}
        and not fr.children(tok, {"nsubj", "nsubjpass"})
    )

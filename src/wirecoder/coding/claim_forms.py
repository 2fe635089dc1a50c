"""Claim forms told through a noun or a tie, and claims told as hearsay (read by ``coding/claims.py``).

"Responsibility was claimed by X", "officials suspected the involvement of X", "the assailants were members
of X" name the doer of the attack told before; "an analyst speculated that X might be behind it" names no
one. Word lists: ``data/lexicon/perpetrators.yaml``.
"""

from __future__ import annotations

from ..article import Mention
from . import frames as fr
from .affiliation import STATE_SECTORS, Words
from .constants import NOUN_POS, Token

_TIE_DEPS = frozenset({"attr", "prep", "pobj", "acomp", "oprd", "xcomp", "agent"})  # "were members of X"


def noun_forms(tok: Token, words: Words) -> list[tuple[Token | None, Token, list[Token]]]:
    """Claims told through a noun: "responsibility was claimed by X", "officials suspected the involvement
    of X", and who the attackers were: "the assailants were members of X", "the attackers belonged to X",
    "the perpetrators were identified as members of X" (about the attack told before)."""
    lemma, verb = tok.lemma_.lower(), tok.head
    if lemma in words.claim_nouns and tok.dep_ == "nsubjpass" and verb.lemma_.lower() in words.claim_verbs:
        agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        return [(agents[0], verb, fr.prep_objects(tok, "for") or [verb])] if agents else []
    if lemma in words.involvement_nouns and tok.dep_ in ("dobj", "obj", "nsubjpass"):
        if verb.lemma_.lower() not in words.blame_doer and verb.lemma_.lower() not in words.belief_verbs:
            return []
        who = fr.prep_objects(tok, "of") or [c for c in tok.children if c.dep_ == "poss"]
        return [(who[0], verb, fr.prep_objects(tok, "in") or [verb])] if who else []
    if lemma in words.involvement_nouns and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return _suspected_of(tok, words)
    if tok.dep_ in ("nsubj", "nsubjpass") and lemma in words.attacker_nouns and tok.pos_ in NOUN_POS:
        if any(c.dep_ == "det" and c.lower_ in ("the", "both", "all") for c in tok.children):
            group = _tied_group(verb, words)
            return [(group, verb, [verb])] if group is not None else []
    return []


def _suspected_of(noun: Token, words: Words) -> list[tuple[Token | None, Token, list[Token]]]:
    """A part in the attack the doer is blamed or suspected of: "X was suspected of involvement (in the
    killing)", "police accused X of involvement": the attack its "in" names, else the one told before."""
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in words.blame_doer.get(verb.lemma_.lower(), ()):
        return []
    who = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    doer = next((w for w in who if w.pos_ == "PROPN"), who[0] if who else None)
    if doer is None or doer.i > noun.i:
        return []
    return [(doer, verb, fr.prep_objects(noun, "in") or fr.prep_objects(verb, "in") or [verb])]


def state_blamed(attack: Token, mention: Mention, words: Words) -> bool:
    """Bare blame of a state ("officials blamed India."): an accusation between states, not a perpetrator.
    A state's men blamed by no one named ("Libyan agents were held responsible.", a summary's finding) are
    the doers; "officials blamed Libyan agents" stays an accusation."""
    bare = attack.lemma_.lower() in words.blame_doer or attack.lemma_.lower() in words.blame_attack
    if mention.kind == "nominal" and not any(c.dep_ == "nsubj" for c in attack.children):
        return False
    return bare and mention.actor is not None and mention.actor.sector in STATE_SECTORS


def _tied_group(verb: Token, words: Words) -> Token | None:
    """The name a copula or link verb ties its subject to: "were members of X", "belonged to X", "were
    identified as members of X", "were linked to X"."""
    if verb.lemma_.lower() not in words.identity_verbs and verb.lemma_.lower() not in words.link_words:
        return None
    stack = [(c, verb.lemma_.lower() in words.link_words) for c in verb.children if c.dep_ in _TIE_DEPS]
    for _ in range(12):
        if not stack:
            return None
        node, linked = stack.pop(0)
        linked = linked or node.lemma_.lower() in words.member_nouns | words.link_words
        if node.dep_ == "pobj" and linked and node.pos_ == "PROPN":
            return node
        stack.extend((c, linked) for c in node.children if c.dep_ in _TIE_DEPS)
    return None


def hearsay(verb: Token, words: Words) -> bool:
    """A claim told as a guess or by an onlooker: "an analyst speculated that X might have been behind it",
    "experts said X could be responsible". Officials' and police suspicions stay claims."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        who = fr.subject(tok)
        if tok.lemma_.lower() in words.guess_verbs or (who is not None and who.lemma_.lower() in words.onlookers):
            return True
    return False

"""What a speaker's reported clause alleges: an accusation or a denial, not a plain statement.

"The minister said the rebels had violated the truce" (or '"They are trying to destabilise the region," the
envoy said') is the minister accusing the rebels (CAMEO 112); "the group said it had no role in the bombing"
is the group denying responsibility (016). Only a sentence with no other event is read this way (as
plain statements are: coding/statements.py). Word lists: ``data/lexicon/alleged_acts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from .constants import Token
from .lexicon import load, word_set

#: Pattern ids of the triggers read here (an accusation has a target; a denial needs none).
ACCUSATION = "alleged-wrongdoing"
DENIAL = "denied-role"


@dataclass(frozen=True)
class AllegedWords:
    """The lexicon ``alleged_acts``, read once."""

    wrongdoing: frozenset[str]
    attempts: frozenset[str]
    denial_nouns: frozenset[str]
    denial_adjectives: frozenset[str]
    responsibility_preps: frozenset[str]
    nothing_words: frozenset[str]
    claim_verbs: frozenset[str]
    named_speaker_roots: frozenset[str]
    sponsor_verbs: frozenset[str]
    armed_groups: frozenset[str]
    quality_nouns: frozenset[str]
    relative_act_roots: frozenset[str]
    link_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    accused_pronouns: frozenset[str]
    accusation_code: str
    denial_code: str


@cache
def alleged_words() -> AllegedWords:
    """The word lists and codes of ``data/lexicon/alleged_acts.yaml``."""
    data = load("alleged_acts")
    return AllegedWords(
        word_set(data["wrongdoing_verbs"]),
        word_set(data["attempt_verbs"]),
        word_set(data["denial_nouns"]),
        word_set(data["denial_adjectives"]),
        word_set(data["responsibility_preps"]),
        word_set(data["nothing_words"]),
        word_set(data["claim_verbs"]),
        frozenset(str(r) for r in data["named_speaker_roots"]),
        word_set(data["sponsor_verbs"]),
        word_set(data["armed_groups"]),
        word_set(data["quality_nouns"]),
        frozenset(str(r) for r in data["relative_act_roots"]),
        word_set(data["link_verbs"]),
        word_set(data["quoting_verbs"]),
        word_set(data["conditional_marks"]),
        word_set(data["accused_pronouns"]),
        str(data["accusation_code"]),
        str(data["denial_code"]),
    )


def alleged(clause: Token, event_nouns: frozenset[str] = frozenset()) -> tuple[str, str, Token | None] | None:
    """(pattern id, code, the accused) when the reported ``clause`` alleges a wrongdoing of its subject
    ("Y had violated X", "Y is trying to undermine X") or denies the speaker's role ("it had no role in X",
    "they were not involved"); None for anything else, and for a negated wrongdoing ("Y did not violate")."""
    words = alleged_words()
    subj = next(iter(fr.children(clause, {"nsubj", "nsubjpass"})), None)
    if _denies_role(clause, subj, words) and _about_an_event(clause, event_nouns):
        return DENIAL, words.denial_code, None
    if subj is None or _negated(clause) or not _accusable(subj, words):
        return None
    verb = clause
    for _ in range(2):  # "was trying to destabilise", "has sought to undermine"
        if verb.lemma_.lower() not in words.attempts:
            break
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None or _negated(nxt):
            return None
        verb = nxt
    if verb.lemma_.lower() == "fail" and not any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "the talks failed": no one's wrongdoing; "Y failed to protect X" is
    if verb.lemma_.lower() == "be" and _behind(verb, words):  # "Y was behind the bombing"
        return ACCUSATION, words.accusation_code, subj
    if verb.lemma_.lower() in words.wrongdoing:  # "they rigged it": no one named; "it was rigged by Y": Y
        return ACCUSATION, words.accusation_code, _wrongdoer(verb, subj)
    if sponsors(verb):  # "Y is arming the rebels", "the rebels are backed by Y": Y
        backer = fr.role_tokens(verb, "agent")[:1] if fr.children(verb, {"nsubjpass"}) else [subj]
        return (ACCUSATION, words.accusation_code, backer[0]) if backer else None
    if linked(verb):  # "the suspects were linked to al-Shabaab": the suspects
        return ACCUSATION, words.accusation_code, subj
    return None


def _accusable(subj: Token, words: AllegedWords) -> bool:
    """A clause subject an allegation can be told of: a noun or a name, a pronoun of ``accused_pronouns``
    ('"They rigged the vote," X said'), or any subject of a passive ('"We were cheated," X said')."""
    if subj.pos_ in {"NOUN", "PROPN"} or subj.dep_ == "nsubjpass":
        return True
    return subj.pos_ == "PRON" and subj.lower_ in words.accused_pronouns


def _wrongdoer(verb: Token, subj: Token) -> Token | None:
    """Who a wrongdoing clause accuses: the agent of a passive ("the vote was rigged by the party") or the
    subject that names someone; None for a pronoun or an agentless passive (the text does not say who)."""
    if subj.dep_ == "nsubjpass":
        agent = fr.role_tokens(verb, "agent")
        return agent[0] if agent else None
    return None if subj.pos_ == "PRON" else subj


def sponsors(tok: Token) -> bool:
    """Backing, arming or sheltering an armed group ("X is funding the insurgents", "the militia is backed by
    X"): a wrongdoing when someone alleges it."""
    words = alleged_words()
    if tok.lemma_.lower() not in words.sponsor_verbs:
        return False
    helped = fr.children(tok, {"nsubjpass"} if fr.children(tok, {"nsubjpass"}) else {"dobj"})
    return any(h.lemma_.lower() in words.armed_groups or h.lower_ in words.armed_groups for h in helped)


def linked(tok: Token) -> bool:
    """Being tied to a named group or an armed one ("the suspects were linked to al-Shabaab", "were affiliated
    with the militants"): a wrongdoing when someone alleges it."""
    words = alleged_words()
    if tok.lemma_.lower() not in words.link_verbs or not fr.children(tok, {"nsubjpass"}):
        return False
    if fr.role_tokens(tok, "agent"):
        return False  # "the town was linked to Kabul by a new road": a link made, no tie alleged
    objs = [o for p in ("to", "with") for o in fr.prep_objects(tok, p)]
    return any(o.pos_ == "PROPN" or o.lemma_.lower() in words.armed_groups for o in objs)


def quoted_speaker(tok: Token) -> Token | None:
    """X of "quoted / cited X as saying ..." (or "X was quoted as saying ..."), ``tok`` being "saying"."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in alleged_words().quoting_verbs:
        return None
    return next(iter(fr.children(prep.head, {"dobj", "nsubjpass"})), None)


def according_to(tok: Token) -> Token | None:
    """X of "according to X" on a verb (``tok`` is "according"), else None."""
    if tok.lower_ != "according" or tok.head.i == tok.i or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _about_an_event(clause: Token, event_nouns: frozenset[str]) -> bool:
    """The role denied is in an event ("no role in the bombing", "nothing to do with the coup"), or in nothing
    named ("said it was not involved"); "nothing to do with the festival" denies no act."""
    objs = [
        o
        for t in clause.subtree
        if t.dep_ == "prep" and t.lower_ in {"in", "with", "behind", "for"}
        for o in t.children
        if o.dep_ == "pobj"
    ]
    return not objs or any(o.lemma_.lower() in event_nouns or o.lower_ in event_nouns for o in objs)


def _behind(verb: Token, words: AllegedWords) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words.responsibility_preps for c in verb.children)


def _denies_role(clause: Token, subj: Token | None, words: AllegedWords) -> bool:
    """'it had no role in X', 'they played no part', 'we were not involved', 'the group had nothing to do with
    X', 'it was not behind X': a role denied (the speaker's own or another's it speaks for)."""
    if subj is None or subj.pos_ not in {"PRON", "NOUN", "PROPN"}:
        return False
    lemma, negated = clause.lemma_.lower(), _negated(clause)
    objs = fr.children(clause, {"dobj"})
    if lemma in {"have", "play"}:
        if any(o.lower_ in words.nothing_words and any(c.lemma_ == "do" for c in o.children) for o in objs):
            return True  # "had nothing to do with X"
        return any(
            o.lemma_.lower() in words.denial_nouns and (negated or any(d.lower_ == "no" for d in o.children))
            for o in objs
        )
    if lemma == "be" and negated:
        return _behind(clause, words) or any(
            c.lower_ in words.denial_adjectives for c in fr.children(clause, {"acomp"})
        )
    return clause.lower_ in words.denial_adjectives and negated  # "was not involved" (a passive participle)

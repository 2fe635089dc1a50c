"""Passes that leave descriptions uncoded: what an actor is or does habitually, and regard for its own."""

from __future__ import annotations

from ..constants import NOMINAL_HEAD_POS, Token
from ..frames import subject
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

# Present and progressive forms: "which supports X", "who back Y", "who was visiting Z" (a past form,
# "who met Y on Monday", reports an act and stays).
_DESCRIBING_TAGS = frozenset({"VBZ", "VBP", "VBG"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "own"})


def _clause_head(tok: Token) -> Token:
    """The first of a chain of conjoined verbs ("living in or visiting the city": living)."""
    cur = tok
    for _ in range(6):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _names_people(noun: Token, people: dict[str, frozenset[str]]) -> bool:
    """The noun names people by its form (config ``span_source_people``): "tourists", "people", "residents";
    not "a letter" or "the statement" (a letter requesting X is the request told)."""
    low = noun.lower_
    if low in people.get("not_people", frozenset()):
        return False
    return low in people.get("nouns", frozenset()) or any(low.endswith(e) for e in people.get("endings", ()))


def describes_noun(tok: Token, people: dict[str, frozenset[str]]) -> bool:
    """``tok`` heads a present or progressive relative clause on a noun, or a gerund on a noun of people:
    "the militia, which supports the rebels", "Smith, who was visiting the town", "tourists visiting the city"."""
    head = _clause_head(tok)
    if tok.tag_ not in _DESCRIBING_TAGS:
        return False
    if head.dep_ == "relcl":
        return True
    noun = head.head
    return head.dep_ == "acl" and head.tag_ == "VBG" and noun.pos_ in NOMINAL_HEAD_POS and _names_people(noun, people)


@combine_passes.register("combine.descriptive_clause.v1")
def descriptive_clause(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A cooperative act (``descriptive_roots``) told in such a clause says what the noun is, not what
    happened: no event, even when the sentence has no other ("X, who was visiting Y, survived the attack")."""
    roots = ctx.config.descriptive_roots
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in roots or trig.pattern.kind == "noun":
            continue
        if describes_noun(trig.token, ctx.config.span_source_people):
            trig.suppressed = True
            trig.notes.append("description")


def own_object(tok: Token, objects: frozenset[str]) -> bool:
    """The verb's object is the subject's own, of a kind no one else is ("thanked his supporters",
    "defended her record"): possessed by a pronoun, its head among ``objects``."""
    for obj in (c for c in tok.children if c.dep_ in {"dobj", "obj"}):
        owned = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in obj.children)
        owned = owned or any(c.lower_ == "own" for c in obj.children)
        if owned and (obj.lemma_.lower() in objects or obj.lower_ in objects):
            return True
    return False


@combine_passes.register("combine.own_regard.v1")
def own_regard(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Praise or defence (``own_regard_roots``) of one's own supporters, record or policy is no act
    towards anyone: "the candidate thanked his supporters", "the minister defended her budget"."""
    roots, objects = ctx.config.own_regard_roots, ctx.config.own_regard_objects
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in roots or trig.pattern.kind == "noun":
            continue
        if own_object(trig.token, objects):
            trig.suppressed = True
            trig.notes.append("own regard")


def _one_actor(subj: Token | None) -> bool:
    """A single subject: not plural, not conjoined ("the president", not "the ministers", "A and B")."""
    if subj is None or subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "we", "both", "all"}:
        return False
    return not any(c.dep_ == "conj" for c in subj.children)


def _counterpart(tok: Token) -> bool:
    """Someone to consult: a with/to phrase, or an object that is a name or a person pronoun."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "to", "among", "between"}:
            return True
        if c.dep_ in {"dobj", "obj"} and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_):
            return True
    return False


@combine_passes.register("combine.no_counterpart.v1")
def no_counterpart(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A consultation verb (``solitary_consult_verbs``) of one actor with no one to consult is talk about a
    topic, no meeting: "the candidate discussed the economy in a speech", "the president talked about jobs"."""
    verbs = ctx.config.solitary_consult_verbs
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] != "04" or tok.lemma_.lower() not in verbs:
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        plural_verb = tok.tag_ == "VBP" and not any(c.lower_ in {"i", "you"} for c in subjects)
        if len(subjects) <= 1 and not plural_verb and _one_actor(subject(tok)) and not _counterpart(tok):
            trig.suppressed = True
            trig.notes.append("no counterpart")


@combine_passes.register("combine.ballot_vote.v1")
def ballot_vote(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Voting (``ballot_verbs``) in an election or a referendum (``ballot_nouns``) is no act towards anyone:
    "voters turned out to vote in the regional elections"; "parliament voted for the resolution" stays."""
    verbs, nouns = ctx.config.ballot_verbs, ctx.config.ballot_nouns
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or tok.lemma_.lower() not in verbs:
            continue
        objs = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objs):
            trig.suppressed = True
            trig.notes.append("ballot")


@combine_passes.register("combine.hedged_wish.v1")
def hedged_wish(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A wish for another's act (``wish_verbs``: "wants X to V") under a modal is no appeal made: "they might
    want the minister to resign", "would expect Rome to pay"; "wants X to V" is one."""
    verbs = ctx.config.wish_verbs
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] != "02" or tok.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in {"will", "shall", "'ll"} for c in tok.children):
            trig.suppressed = True
            trig.notes.append("hedged wish")

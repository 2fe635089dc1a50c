"""Acts a sentence tells without asserting them: denied, planned, or helped towards by another.

- ``combine.denied_act.v1``: what a speaker denies is no act of the day. "The ministry denied that the country had
  sent missiles to X" is the ministry's denial (CAMEO 016, coded from "denied"); the aid it denies is no event,
  negated or not, nor is one of "denied reports that ..." (human coders code the denial alone).
- ``combine.planned_violence.v1``: violence someone is told planning, plotting or preparing is no act of the day.
  Reported of another ("the minister said rebels were plotting to blow up power lines") it is the speaker's
  accusation of the planner (112); of the speaker's own side ("the army said it was planning a counter-offensive")
  the speaker's threat (CAMEO 13x, ``future_threat_map``); told by no one ("men suspected of planning to kill a
  senator") no event. Violence another is told helped towards ("said Tehran was helping Moscow to bomb X") is the
  speaker's accusation of the helper, not the helper's aid nor an attack.

- ``combine.called_act.v1``: a verbal act a speaker calls a thing ("Pyongyang said the launch was a warning to the
  United States") is the speaker's (its threat), when the noun names no maker of its own.

All run before ``combine.alleged_wrongdoing.v1``. Words: ``data/lexicon/unasserted_acts.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import frames as fr
from .. import lexicon
from ..alleged import alleged_words
from ..constants import FORCE_ROOTS, RECORD_NOTE, UNASSERTED_NOTE, Token
from ..registry import combine_passes
from ..triggers import Trigger, speech_verbs
from .context import CombineContext, suppress_governed
from .judgements import judge

# dependency labels along which a word still belongs to its clause's head
_CLAUSE = frozenset(
    {
        "xcomp",
        "dobj",
        "obj",
        "pobj",
        "pcomp",
        "prep",
        "acomp",
        "attr",
        "oprd",
        "agent",
        "dative",
        "conj",
        "nsubj",
        "nsubjpass",
    }
)
_NAMED_ENTS = frozenset({"GPE", "NORP", "ORG"})
# the CAMEO root of an intent to cooperate, which "prepare" / "plan" alone code
_INTENT = "03"


@dataclass(frozen=True)
class Words:
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    help_verbs: frozenset[str]
    own_pronouns: frozenset[str]
    own_owners: frozenset[str]
    called_act_roots: frozenset[str]
    copulas: frozenset[str]


@cache
def words() -> Words:
    """The word lists of ``data/lexicon/unasserted_acts.yaml``."""
    return lexicon.word_lists("unasserted_acts", Words)


def clause_head(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to (climbing objects, prepositions, complements, conjuncts)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ not in _CLAUSE or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def denier(tok: Token) -> Token | None:
    """The denial verb whose complement (or whose claim noun's clause) holds ``tok``, if any, and not negated
    itself ("did not deny that ...")."""
    w = words()
    head = clause_head(tok)
    if head.dep_ not in {"ccomp", "acl"} or head.head.i == head.i or head.i < head.head.i:
        return None  # a clause before the verb was told, then denied: "X accuses Y of Z, a charge Y denies"
    gov = head.head
    if gov.lemma_.lower() in w.claim_nouns and gov.dep_ in {"dobj", "nsubjpass"}:
        gov = gov.head
    elif head.dep_ != "ccomp":
        return None
    if gov.lemma_.lower() not in w.denial_verbs or fr.children(gov, {"neg"}):
        return None
    return gov


@combine_passes.register("combine.denied_act.v1")
def denied_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress every trigger in a clause a speaker denies ("denied that it had sent weapons to X")."""
    suppress_governed(triggers, denier, "denied")


def _planned_by(tok: Token) -> tuple[Token, str] | None:
    """The verb of planning or helping that ``tok`` (a violent act) is the object or complement of, and which
    ("plan" or "help"): "plotting to [blow] up", "planning air [strikes]", "preparing for an [attack]",
    "helping Moscow to [bomb]"."""
    w = words()
    base = tok
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    head = base.head
    if base.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif base.dep_ not in {"xcomp", "dobj", "ccomp"}:
        return None
    lemma = head.lemma_.lower()
    if lemma in w.plan_verbs and base.dep_ != "ccomp":
        return head, "plan"
    if lemma in w.help_verbs and base.dep_ in {"xcomp", "ccomp"}:
        return head, "help"
    return None


def _own(doer: Token, speaker: Token) -> bool:
    """The doer is the speaker's own side: the speaker itself, a pronoun, or "its troops"."""
    w = words()
    return (
        doer.i == speaker.i
        or doer.lower_ in w.own_pronouns
        or any(c.dep_ == "poss" and c.lower_ in w.own_owners for c in doer.children)
    )


def _named(tok: Token) -> bool:
    """A doer the text names ("Moscow", "Russian troops", "Colombian paramilitaries")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED_ENTS:
        return True
    return any(
        c.dep_ in {"amod", "compound"} and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED_ENTS) for c in tok.children
    )


@combine_passes.register("combine.planned_violence.v1")
def planned_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence planned or helped towards: the speaker's accusation of the planner (helper), the speaker's threat
    when the planner is its own side, else no event; a real help ("sent troops to help X fight") stays."""
    governors = ctx.config.spoken_judgement.get("governors", frozenset())
    for trig, gov, kind, carrier in list(_planned(triggers, ctx)):
        speaker, doer = judge(gov, governors), fr.subject(gov)
        flags = ctx.flags_of(gov)
        if kind == "help":
            if speaker is None or doer is None or _own(doer, speaker) or not _named(doer) or flags.get("negated"):
                continue
            _accuse(trig, carrier, speaker, doer)
        elif speaker is None or doer is None or flags.get("negated") or flags.get("hypothetical"):
            _drop(trig, UNASSERTED_NOTE)
            if carrier is not None and carrier.code[:2] == _INTENT:
                _drop(carrier, UNASSERTED_NOTE)  # "were preparing to attack": no intent to cooperate either
        elif _own(doer, speaker):
            _threaten(trig, carrier, speaker, ctx.config.future_threat_map.get(trig.code[:2]))
        elif _named(doer):
            _accuse(trig, carrier, speaker, doer)
        else:
            _drop(trig, UNASSERTED_NOTE)


def _planned(triggers: list[Trigger], ctx: CombineContext) -> Iterator[tuple[Trigger, Token, str, Trigger | None]]:
    """(violent trigger, verb of planning or helping, "plan" or "help", that verb's standing trigger or None):
    a standing violent trigger, or one a standing trigger of the verb absorbed ("preparing to [bomb]")."""
    for trig in triggers:
        if trig.suppressed:
            continue
        inner = [trig] if trig.code[:2] in FORCE_ROOTS else [a for a in trig.absorbed if a.code[:2] in FORCE_ROOTS]
        for act in inner:
            found = _planned_by(act.token)
            if found is None or (act is not trig and found[0].i != trig.token.i):
                continue
            gov, kind = found
            carrier = trig if act is not trig else ctx.by_token.get(gov.i)
            yield act, gov, kind, (carrier if carrier is not None and not carrier.suppressed else None)
            break


def _threaten(trig: Trigger, carrier: Trigger | None, speaker: Token, threat: str | None) -> None:
    """The speaker's threat of its own side's planned violence, on the violent trigger if it stands, else on the
    planning verb's; no threat code for the act: no event."""
    bearer = carrier if trig.suppressed and carrier is not None else trig
    if threat is None:
        _drop(bearer, UNASSERTED_NOTE)
        return
    bearer.code, bearer.combined = threat, True
    bearer.source_from = speaker
    bearer.notes.append(UNASSERTED_NOTE)
    if carrier is not None and bearer is trig:
        _drop(carrier, UNASSERTED_NOTE)


def _drop(trig: Trigger, note: str) -> None:
    trig.suppressed = True
    trig.notes.append(note)


def _accuse(trig: Trigger, carrier: Trigger | None, speaker: Token, doer: Token) -> None:
    """The speaker's accusation of the doer, on the planning (helping) verb's trigger if it has one, else on the
    violent verb's (a violent noun keeps only the accusation the transformations read from it); the violent act
    is then no event of its own."""
    if carrier is None and trig.pattern.kind == "noun":
        # "said X was planning an offensive": the say-attack transformation reads the accusation from the
        # noun's own roles; only that claim stays, as of a past record (coding/transforms.py)
        trig.notes.append(RECORD_NOTE)
        return
    target = carrier if carrier is not None else trig
    if carrier is not None:
        _drop(trig, UNASSERTED_NOTE)
    target.code, target.combined = alleged_words().accusation_code, True
    target.source_from, target.target_from = speaker, doer
    target.notes.extend(["alleged", UNASSERTED_NOTE])


@combine_passes.register("combine.called_act.v1")
def called_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """The speaker is the source of a verbal act noun that a reported copula clause predicates of a thing
    ("said the launch was a warning to X"), the noun having no maker of its own ("X's warning")."""
    w = words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.source_from is not None or trig.pattern.kind != "noun" or tok.dep_ != "attr":
            continue
        cop = tok.head
        if trig.code[:2] not in w.called_act_roots or cop.lemma_.lower() not in w.copulas or cop.dep_ != "ccomp":
            continue
        if fr.children(tok, {"poss"}) or cop.head.lemma_.lower() not in speech_verbs():
            continue
        subj = fr.subject(cop)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or _named(subj) or fr.children(subj, {"poss"}):
            continue  # "said Hamas's attack was a warning to X": the maker's, not the speaker's
        speaker = fr.subject(cop.head)
        if speaker is not None:
            trig.source_from = speaker
            trig.notes.append("called")

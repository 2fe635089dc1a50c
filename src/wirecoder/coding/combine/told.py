"""A violent act told inside a verbal act is an event of its own when the text says it happened.

"X accuses Y of shelling villages" (Y's shelling), "X condemns Indian firing that killed seven soldiers"
(India's firing, seven dead), "X summoned the envoy after two civilians were killed in border firing" (the
killing): the verbal act stays, listed first as the sentence's main event (as a CAMEO coder reads it; the
one-row datasets take the violence: coding/main_event.py drops verbal acts beside it). A bare topic
("condemned the attack", "accused of plotting") stays the statement's topic.
"""

from __future__ import annotations

from ...dates.offsets import tied_act
from .. import frames as fr
from ..config import CoderConfig
from ..constants import VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .verdicts import words as verdict_words
from .war_tolls import dated_to_a_day

#: The note on a violent trigger freed from a verbal act.
TOLD = "told"

_ATTACK_ROOTS = VIOLENT_ROOTS - {"14", "17"}  # fights and killings, not arrests or seizures
#: Riots are freed too when they tell their dead ("arrested 40 people after riots left two dead").
_RIOT = "145"
#: How a told act may hang below the verbal act: its object and phrases, a clause of time or reason; not a
#: relative or reported clause ("in Y, where 28 were killed last year": background, told elsewhere).
_TOLD_PATH = frozenset({"dobj", "obj", "prep", "pobj", "pcomp", "advcl", "nsubjpass"})
_CASUALTY_DEPS = frozenset({"nummod", "dobj", "obj", "nsubjpass", "nsubj", "pobj", "appos", "oprd"})


@combine_passes.register("combine.told_violence.v1")
def told_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Free a violent trigger that a verbal act (``told_violence_roots``) absorbed or left as background
    when it names who did it (the accused of an ``accusing_preps`` phrase, a demonym or possessor on the
    noun) or tells casualties; an accused becomes its source."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        violent = trig.code[:2] in _ATTACK_ROOTS or trig.code == _RIOT
        if not trig.suppressed or not violent or trig.code in config.told_violence_skip:
            continue
        if "accident" in trig.notes:  # "a bus hit a rickshaw": no one's violence
            continue
        clause = _toll_verb(trig, by_token) or trig.token
        gov = _verbal_governor(clause, by_token, config)
        # "..., a day after gunmen stormed a studio": told with its span of days, news of those days
        tied = tied_act(trig.token) is not None
        if gov is None and tied:
            gov = _tying_governor(trig, by_token)
        elif gov is None:
            continue
        if gov is not None and gov.suppressed:
            continue
        if gov is not None and (_convicted_of(gov.token) or _described_by_blame(gov.token, trig.token)):
            # the act a verdict judged, or a party described by what it is blamed for: history, no roles of it
            if trig in gov.absorbed:
                gov.absorbed.remove(trig)
            continue
        accusing = gov is not None and gov.code[:2] in config.accusing_roots
        accused = _accused(trig.token, gov.token, config.accusing_preps) if gov is not None and accusing else None
        subject_told = tied or (gov is not None and gov.code[:2] in config.told_after_roots)
        if accused is None and not (
            _named_maker(trig.token) or _casualties(trig, by_token) or (subject_told and _named_subject(trig))
        ):
            continue
        # "after clashes in the north killed 20": the clashes carry the killing (combine.violent_subject.v1)
        holder = _subject_holder(trig, triggers)
        freed = holder or trig
        if _held_by_other_violence(freed, triggers) or not _asserted(trig.token, ctx):
            continue
        freed.suppressed = False
        freed.notes = [n for n in freed.notes if n != "background"] + [TOLD]
        if gov is not None and freed in gov.absorbed:
            gov.absorbed.remove(freed)
        if accused is not None and freed.source_from is None:
            freed.source_from = accused
        for verb in _toll_clauses(freed.token, by_token):  # "firing that killed seven": one event, its victims
            if verb.suppressed and verb not in freed.absorbed:
                freed.absorbed.append(verb)


def _convicted_of(verb: Token) -> bool:
    """``verb`` is a court's guilty verdict ("convicted of killing 300 people"): the act it judged is history."""
    return verb.lemma_.lower() in verdict_words().convicting_verbs


def _described_by_blame(verb: Token, act: Token) -> bool:
    """``verb`` is a participle describing a party by what it is blamed for, with no day of the act ("the group,
    blamed for killing 300 people in a string of bombings, has been quiet"; "accused of killing 12 villagers
    on Sunday" keeps its day)."""
    from ..aftermath import words as aftermath_words  # noqa: PLC0415

    return verb.dep_ == "acl" and verb.lemma_.lower() in aftermath_words().blame_words and not dated_to_a_day(act)


def _named_subject(trig: Trigger) -> bool:
    """A violent verb with its doer named, told as what an arrest, a curfew or a protest came after ("imposed a
    curfew after armed men burned down houses"), or a span of days before another act ("a day after gunmen
    stormed a studio"): the doer and the act are told, as a named maker tells them."""
    if trig.pattern.kind != "verb":
        return False
    tok = trig.token
    # the subject acts on someone or something: an object, or a side "with" / "on" / "at" ("clashed with police");
    #   "after a man died in custody" names the dead, not a doer
    acts_on = fr.children(tok, {"dobj", "obj"}) or [
        p for p in fr.children(tok, {"prep"}) if p.lower_ in {"with", "on", "at", "against", "into"}
    ]
    return bool(acts_on) and any(s.pos_ in {"NOUN", "PROPN"} for s in fr.children(tok, {"nsubj"}))


def _subject_holder(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The violent noun that is ``trig``'s subject and holds it ("clashes killed 20", "the blast left 9 dead"),
    when the noun was left as background too."""
    for t in triggers:
        if (
            t is not trig
            and t.suppressed
            and trig in t.absorbed
            and t.code[:2] in _ATTACK_ROOTS
            and t.token.head.i == trig.token.i
            and t.token.dep_ in {"nsubj", "nsubjpass"}
        ):
            return t
    return None


def _verbal_governor(tok: Token, by_token: dict[int, Trigger], config: CoderConfig) -> Trigger | None:
    """The nearest trigger above ``tok`` (four steps at most), when it is a verbal act of ``told_violence_roots``,
    or of ``told_after_roots`` with ``tok`` in a clause or phrase it opens with a ``told_after_marks`` word
    ("arrested 12 people after clashes killed three")."""
    cur = tok
    after = False
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in _TOLD_PATH:
            return None
        after = after or _opened_by(cur, config.told_after_marks)
        cur = cur.head
        gov = by_token.get(cur.i)
        if gov is not None:
            root = gov.code[:2]
            if root in _ATTACK_ROOTS:
                return None
            if root in config.told_violence_roots or (after and root in config.told_after_roots):
                return gov
            return None
    return None


def _tying_governor(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The coded act another act is told "hours / two days after" ("fired rockets on Friday, hours after an air
    strike killed two commanders"): told with its span of days, the act is news of the same days, not
    background, whatever the act it is tied to (``dates.offsets``)."""
    tied = tied_act(trig.token)
    if tied is None:
        return None
    governor = by_token.get(tied[0].i)
    while governor is None and tied[0].dep_ in {"ccomp", "parataxis", "conj"} and tied[0].head.i != tied[0].i:
        tied = (tied[0].head, tied[1])  # "..., police said, two days after ...": the act the report is of
        governor = by_token.get(tied[0].i)
    return governor


def _opened_by(tok: Token, marks: frozenset[str]) -> bool:
    """Is ``tok`` a clause opened by one of ``marks`` ("after clashes killed three")? A noun phrase ("following
    the deaths of two") is the occasion told, not an incident of the sentence."""
    if tok.dep_ == "advcl":
        return any(c.dep_ in {"mark", "prep"} and c.lower_ in marks and c.i < tok.i for c in tok.children)
    return tok.dep_ == "pcomp" and tok.head.lower_ in marks  # "after being attacked"; not "following the deaths of"


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
    toll_verb = _toll_verb(trig, by_token)
    if toll_verb is not None:
        verbs.append(toll_verb)
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in _CASUALTY_DEPS and (c.like_num or any(n.dep_ == "nummod" for n in c.children)):
                if c.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT"}:
                    return True
    return False


def _toll_verb(trig: Trigger, by_token: dict[int, Trigger]) -> Token | None:
    """The verb an event noun is the subject of, when it is no trigger itself: "clashes left three dead",
    "the blast claimed nine lives"."""
    tok = trig.token
    if trig.pattern.kind != "noun" or tok.dep_ != "nsubj" or tok.head.i in by_token or tok.head.pos_ != "VERB":
        return None
    return tok.head


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

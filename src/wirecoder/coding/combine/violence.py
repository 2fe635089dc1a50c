"""Passes that make one violent event of a verb and its participle, means or event-noun subject."""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS, Token
from ..occurrence import happening_verb
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .non_events import accident_noun


@combine_passes.register("combine.violent_participle.v1")
def violent_participle(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent participle on a violent verb is the same act: "gunmen raided the village, killing 12"
    (one event, which takes the participle's target)."""
    by_token = ctx.by_token
    for trig in triggers:
        gov = _violent_holder(trig.token.head, by_token)
        if (
            trig.token.dep_ in {"advcl", "conj"}
            and trig.token.tag_ == "VBG"
            and gov is not None
            and gov is not trig
            and trig.code[:2] in VIOLENT_ROOTS
            and gov.code[:2] in VIOLENT_ROOTS
        ):
            trig.suppressed = True
            gov.absorbed.append(trig)


def _violent_holder(verb: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The trigger a participle on ``verb`` belongs to: the verb's own, or, when the verb only carries an event
    noun ("carried out air strikes ..., killing 17", "launched strikes ..., killing 17": a light verb with no
    event of its own), that noun's."""
    gov = by_token.get(verb.i)
    if gov is not None and not gov.suppressed:
        return gov
    for obj in fr.children(verb, {"dobj", "obj"}):
        noun = by_token.get(obj.i)
        if noun is not None and not noun.suppressed and noun.code[:2] in VIOLENT_ROOTS:
            return noun
    return gov


@combine_passes.register("combine.violent_means.v1")
def violent_means(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent event noun that is the means of a violent verb is one event: "five were killed in a Y
    drone strike" (the strike says who did it, the verb to whom)."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if trig.pattern.kind == "verb" and trig.code[:2] in VIOLENT_ROOTS and not trig.suppressed:
            for prep in fr.children(trig.token, {"prep", "agent"}):  # "killed by Indian shelling": agent
                if prep.lower_ not in config.means_preps:
                    continue
                objs = fr.children(prep, {"pobj", "pcomp"})
                # "by Indian shelling" may parse as a gerund; "in a night of clashes": the clashes
                for obj in objs + fr.spanned(objs):
                    noun = by_token.get(obj.i)
                    if (
                        noun is not None
                        and (noun.pattern.kind == "noun" or noun.token.pos_ == "NOUN" or noun.token.tag_ == "VBG")
                        and not noun.suppressed
                        and noun.code[:2] in VIOLENT_ROOTS
                        and not accident_noun(noun.token)  # "killed in a gas explosion": an accident's dead
                    ):
                        noun.suppressed = True
                        trig.means.append(noun)
                        if trig.code == "190" and noun.code[:2] in {"18", "19"}:
                            trig.code = noun.code  # "died in a bombing": the bombing says how (183)


@combine_passes.register("combine.shared_means.v1")
def shared_means(triggers: list[Trigger], ctx: CombineContext) -> None:
    """How the dead of a clause were killed is how its wounded were: "three soldiers were killed and four
    wounded in a roadside bombing", "two killed, five injured in Quetta blast" (one bombing, 183). The means
    found on a later violent verb moves to the violent verb it hangs on (two steps up at most), which
    takes the means' code when its own is the generic killing (190); the later verb is folded in."""
    by_token = ctx.by_token
    for trig in triggers:
        if not trig.means or trig.pattern.kind != "verb":
            continue
        cur = trig.token
        for _ in range(2):
            if cur.head.i == cur.i or cur.dep_ not in {"conj", "acl", "appos", "npadvmod"}:
                break
            cur = cur.head
            gov = by_token.get(cur.i)
            if gov is None or gov is trig or gov.means or gov.suppressed or gov.pattern.kind != "verb":
                continue
            if gov.code[:2] not in VIOLENT_ROOTS - {"14"}:
                break
            gov.means.extend(trig.means)
            trig.means = []
            if gov.code == "190" and gov.means[0].code[:2] in {"18", "19"}:
                gov.code = gov.means[0].code
            trig.suppressed = True
            gov.absorbed.append(trig)
            break


@combine_passes.register("combine.violent_subject.v1")
def violent_subject(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent event noun that is the subject of a violent verb is the event: "a roadside bombing killed
    four soldiers" (the bombing, whose victims the verb gives)."""
    by_token = ctx.by_token
    for trig in triggers:
        if trig.pattern.kind == "verb" and trig.code[:2] in VIOLENT_ROOTS and not trig.suppressed:
            for subj in fr.children(trig.token, {"nsubj"}):
                noun = by_token.get(subj.i)
                if noun is not None and noun.pattern.kind == "noun" and noun.code[:2] in VIOLENT_ROOTS:
                    trig.suppressed = True
                    noun.absorbed.append(trig)


@combine_passes.register("combine.violent_clause.v1")
def violent_clause(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent clause opened by an ``incident_marks`` word on a violent verb that tells only its victims is
    that incident, told by how it was done: "five were killed and 12 injured when a bomb exploded" is the
    bombing, "a protester was killed when police opened fire" the police firing (they take the victims)."""
    by_token = ctx.by_token
    for trig in triggers:
        tok = trig.token
        if trig.pattern.kind == "noun" and not trig.suppressed and trig.code[:2] in VIOLENT_ROOTS:
            tok = _happening_noun_clause(tok, ctx)  # "five were killed when clashes broke out between X and Y"
            if tok is None:
                continue
        elif trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if tok.dep_ != "advcl" or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in ctx.config.incident_marks for c in tok.children
        ):
            continue
        told = victims_only(by_token.get(tok.head.i), by_token)
        if told and _accident(tok, ctx):  # "a student was killed when a bus hit a rickshaw": no one's violence
            for t in [trig, *told]:
                t.suppressed = True
                t.notes.append("accident")
        elif told:
            for gov in told:
                gov.suppressed = True
                trig.absorbed.append(gov)
            trig.notes.append("incident")


def _happening_noun_clause(noun: Token, ctx: CombineContext) -> Token | None:
    """The clause of an event noun told as happening ("when clashes broke out", "as fighting erupted"): its
    occurrence verb, which then stands for the noun in an incident clause."""
    verb = happening_verb(noun, ctx.config)
    return verb if verb is not None and ctx.by_token.get(verb.i) is None else None


def _accident(tok: Token, ctx: CombineContext) -> bool:
    """Is the subject of the clause a vehicle (``accident_subjects``) with no weapon compounded ("a bus hit",
    not "a car bomb hit") that hits no weapon ("their truck hit a landmine" is a mine blast)?"""
    subject = fr.subject(tok)
    if subject is None or subject.lemma_.lower() not in ctx.config.accident_subjects:
        return False
    weapons = ctx.config.weapon_codes
    if any(o.lemma_.lower() in weapons for o in fr.objects(tok)):
        return False
    return not any(c.lemma_.lower() in weapons for c in subject.children if c.dep_ == "compound")


def victims_only(gov: Trigger | None, by_token: dict[int, Trigger]) -> list[Trigger]:
    """The violent verb ``gov`` and the violent verbs conjoined with it, when none names who acted
    ("were killed and 12 injured"); else none."""
    if gov is None or gov.suppressed or gov.pattern.kind != "verb" or gov.code[:2] not in VIOLENT_ROOTS - {"14"}:
        return []
    head = gov.token
    while head.dep_ == "conj" and head.head.i in by_token:
        head = head.head
    chain = [by_token[t.i] for t in [head, *head.conjuncts] if t.i in by_token]
    if any(c.dep_ in {"nsubj", "agent", "csubj"} and c.pos_ != "NUM" for t in chain for c in t.token.children):
        return []  # a bare number subject is elided victims: "five were killed and 12 [were] injured"
    return [t for t in chain if t.code[:2] in VIOLENT_ROOTS - {"14"} and not t.suppressed]


#: The code of a demonstration that turns violent (CAMEO 145, ACLED's Violent demonstration).
_VIOLENT_PROTEST = "145"


@combine_passes.register("combine.violent_demonstration.v1")
def violent_demonstration(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A crowd told as protesting that acts violently is one violent demonstration: "a crowd protesting
    the outage set fire to a police van", "students who were demonstrating stoned buses" (145, not a
    protest and a mob's arson)."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] != "14" or tok.dep_ not in {"acl", "relcl"}:
            continue
        for other in triggers:
            if other.suppressed or other is trig or other.code[:2] not in {"18", "19", "20"} and other.code != "1712":
                continue  # of the coercive acts, only destroying property is violence ("set fire to")
            subject = fr.subject(other.token)
            if subject is not None and subject.i == tok.head.i:
                trig.suppressed = True
                other.absorbed.append(trig)
                other.code = _VIOLENT_PROTEST
                break


#: The generic violent codes a weapon subject may make precise ("a rocket hit the school": 190 -> 194).
_GENERIC_VIOLENCE = frozenset({"180", "190", "193"})


@combine_passes.register("combine.weapon_subject.v1")
def weapon_subject(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A weapon as the subject of a violent verb says how it was done: "two bombs struck a market" (183),
    "a mortar round hit a school" (194), by ``weapon_codes``; the event stands without a known actor."""
    codes = ctx.config.weapon_codes
    for trig in triggers:
        if trig.pattern.kind != "verb" or trig.suppressed or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        for subj in _subjects(trig.token):  # "a car bomb was rammed into the base"
            # the kind compounded first: "a missile strike" is a missile's, "an Israeli strike" an aircraft's
            words = [c.lemma_.lower() for c in subj.children if c.dep_ == "compound"]
            # a kind told by its modifier and head ("an unmanned aerial vehicle": a drone's)
            words += [f"{c.lower_} {subj.lemma_.lower()}" for c in subj.children if c.dep_ == "amod"]
            words += [subj.lemma_.lower(), *_plural_name(subj)]
            words += _laden(subj)  # "a truck packed with explosives"
            code = next((codes[w] for w in words if w in codes), None)
            if code is None or set(words) & _STORE_KINDS:  # "a fuel tank hit the wall": no weapon
                continue
            if trig.code in _GENERIC_VIOLENCE:
                trig.code = code
            trig.notes.append(f"weapon:{subj.lemma_.lower()}")


def _subjects(tok: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is conjoined to ("rockets fired from Lebanon struck a house":
    the parse may make "struck" a conjunct or an adverbial clause of "fired")."""
    own = fr.children(tok, {"nsubj", "nsubjpass"})
    return own or (fr.children(tok.head, {"nsubj", "nsubjpass"}) if tok.dep_ in {"conj", "advcl"} else [])


def _plural_name(subj: Token) -> list[str]:
    """A plural the tagger took for a name at the start of a sentence ("Rockets struck ...": lemma "Rockets")."""
    low = subj.lower_
    return [low[:-1]] if subj.pos_ == "PROPN" and low.endswith("s") and subj.i == subj.sent.start else []


#: Kinds of tank (or shell) that store or hold things, no weapon ("a water tank", "an oil tank", "a think tank").
_STORE_KINDS = frozenset(
    {"fuel", "water", "gas", "oil", "petrol", "diesel", "septic", "storage", "think", "fish", "oxygen"}
)

_LADEN = frozenset({"pack", "packed", "lade", "laden", "load", "loaded", "rig", "rigged", "fill", "filled", "stuff"})


def _laden(subj: Token) -> list[str]:
    """The weapon a vehicle or bag is packed, laden or rigged with ("a truck packed with explosives")."""
    return [
        t.lemma_.lower()
        for c in subj.children
        if c.dep_ in {"acl", "amod"} and (c.lemma_.lower() in _LADEN or c.lower_ in _LADEN)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for t in p.subtree
        if t.dep_ == "pobj"
    ]

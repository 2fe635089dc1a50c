"""Code events from the parse: find triggers, match their frames, fill source and target from mentions.

``code_article(article, patterns, ontology)`` returns the article's ``Event`` list. For each sentence:

1. Triggers: a verb whose lemma heads a verb pattern, or a noun heading a noun pattern (with the other
   words of a multi-word pattern present). The first frame that matches gives the code; else the
   pattern's default code.
2. Combination (``config.yaml``): a complement under an appeal/demand/accuse/threat verb is absorbed by
   it ("threatened to attack" is one 138); under "ready/willing/promised to" a cooperative complement
   becomes an intent (03x) and a violent one a threat (138); a nominal event that is only the topic of
   a verbal act ("condemned the attack") is absorbed, and a nominal appeal/demand/accusation/threat in any
   verb's object always is ("rejected X's demand": the verb takes X as target); "carried out an attack",
   "struck X, killing 12" and "a bombing killed 5" are one event each. "is about to" codes the act
   itself; a clause under a reporting verb ("said") is never absorbed; "X said Y must/should do Z" is a
   demand (10x) by X on Y; "will not meet X" is a refusal (12x); a demand that is a protest's purpose
   ("rallied to demand X") belongs to the protest. An appeal/demand/threat also absorbs content further down
   a chain of complements and their objects ("demanded that X cancel plans to sell arms"). Background is
   not coded again under a coded event: relative clauses, participles and infinitives modifying a noun,
   conditional/temporal/reason clauses (``background_marks``/``background_preps``), event nouns in a
   circumstance phrase ("after heavy fighting") and event nouns without an agent of their own inside
   another event's phrase. An event noun that is the object of another act is its topic ("lifted the
   blockade"); a light verb with only a default code yields to its event-noun object ("launched a mediation
   effort": the noun anchors on a container noun it modifies). "X said Y must V" is a demand even when V is
   no trigger; a hostile act announced for the future is a threat (``future_threat_map``); a hand-written
   act in a purpose clause replaces a verb with only a generic PETRARCH2 code. All switches and maps are in
   ``config.yaml``.
3. Roles: source = subject (active; inherited through xcomp/advcl/conj/acl/relcl), ``by`` agent
   (passive; "X is expected to visit": X), possessor, ``by`` or a named modifier for nominals, the subject of a light verb
   ("carried out an attack") or of "responsible for"; target = the first role the pattern/frame lists
   that holds an actor, else the absorbed complement's target ("vowed to destroy X"), else a fallback
   preposition, else the "by" agent of a non-actor object ("condemned the shelling by X"); an
   appeal/intent/demand/threat without a target takes its subjectless complement's object or partner
   ("threatened to cut ties with X"), a nominal event the prepositions of its light verb. Tokens map
   to mentions (``mentions.mention_at``); conjoined actors give one event each. A clause subject that
   is not an actor drops the event (except for violence, coded with an unknown source); a PETRARCH2
   default code without frame needs a target unless its source is a knowledge-base actor. A "we"/"I" inside a quote is the quote's speaker; an
   unresolved "we"/"they" subject of reported speech is the reporter. A source is never invented.

Confidence (0..1) starts at 0.5 and adds: +0.15 a frame matched (0.05 for a hand-written default,
0 for a PETRARCH2 default), +0.1 per participant resolved from the knowledge base (+0.05 otherwise),
+0.05 a date in the sentence; and subtracts: 0.15 per pronoun participant (0.05 for a name or noun
phrase resolved by coreference), 0.1 for a hedge or hypothetical, 0.15 for a nominal event without
source, 0.1 for a verb event without source, 0.05 inside a quote. It is clamped to [0.05, 0.99].
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..article import Article, Event, Mention, Participant, Quantity, Quote, stable_id
from ..dates import event_date
from ..mentions import mention_at
from . import frames as fr
from .ontology import Ontology
from .patterns import Frame, Pattern, PatternSet
from .phrase_targets import conjoined_owners, discarded
from .phrase_targets import first_actor_in_phrase as phrase_target
from .transforms import apply_transforms

Token = Any

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_NOMINAL_HEAD_POS = _NOUN_POS | {"NUM", "PRON"}
_PRONOUN_VIA = frozenset({"coref", "pronoun"})
_KB_VIA = frozenset({"kb", "country", "capital", "acronym", "acronym-variant", "demonym"})
_VIOLENT_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# Casualty figures whose counted phrase can show who the victims were ("killing 15 villagers").
_CASUALTY_KINDS = frozenset({"killed", "dead", "wounded", "injured", "abducted"})
_LOCATION_PREPS = frozenset({"in", "inside", "at", "near", "across", "along", "outside"})
_SKIP_DEPS_IN_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "appos"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Pronouns that stand for an actor even when the actors stage could not resolve them.
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    frame: Frame | None
    code: str
    mode: str | None
    combined: bool = False  # code changed by an intent governor
    suppressed: bool = False
    absorbed: list[Trigger] = field(default_factory=list)  # merged triggers whose roles fill gaps
    notes: list[str] = field(default_factory=list)  # how the code was combined, e.g. "intent:ready"
    topics: list[Trigger] = field(default_factory=list)  # nominal acts it talks about ("rejected X's demand")
    means: list[Trigger] = field(
        default_factory=list
    )  # "killed in a Y air strike": the strike, whose maker is the source
    source_from: Any = None  # role overrides set by a combination rule (a demand: the speaker ...)
    target_from: Any = None  # (... and the one who must act)
    word: Any = None  # the trigger word when ``token`` is the noun it modifies ("mediation" of "mediation effort")
    speech: Any = None  # the speech verb of an obligation ("saying he must resign")

    @property
    def pattern_id(self) -> str:
        """The id recorded on the event: the frame's (or pattern's) id, plus any combination note."""
        base = self.frame.id if self.frame is not None else self.pattern.id
        return "+".join([base, *self.notes])


@dataclass
class Slot:
    """A resolved role: the participant record, the mention it came from, and how sure we are."""

    participant: Participant
    mention: Mention | None
    pronoun: bool = False


# ----------------------------------------------------------------------------------------------- triggers


def _lookup(tok: Token, patterns: PatternSet) -> list[Pattern]:
    if tok.pos_ in {"VERB", "ADJ"} or (tok.pos_ == "AUX" and tok.dep_ != "aux"):
        keys = [tok.lemma_.lower(), tok.lower_]
        if patterns.config.petrarch_mode:
            keys.reverse()  # PETRARCH matches the verb as written first: "left" is not "leave"
        found = [p for k in dict.fromkeys(keys) for p in patterns.candidates("verb", k)]
        found = [p for p in found if tok.pos_ in {x.upper() for x in p.pos}]
        if found:
            return found
    if tok.pos_ in _NOUN_POS:
        keys = [tok.lemma_.lower(), tok.lower_]
        return [p for k in dict.fromkeys(keys) for p in patterns.candidates("noun", k)]
    return []


def match_trigger(tok: Token, patterns: PatternSet) -> Trigger | None:
    """The coding of ``tok`` if it is an event trigger: first matching frame, else the default code."""
    cands = [p for p in _lookup(tok, patterns) if fr.extras_match(tok, p)]
    if not cands:
        return None
    longest = max(len(p.extra) for p in cands)
    if longest:
        cands = [p for p in cands if len(p.extra) == longest] + [p for p in cands if len(p.extra) != longest]
    for p in cands:
        for frame in p.frames:
            if fr.frame_matches(tok, frame, patterns.config.container_nouns):
                if frame.code is None:
                    return None
                return Trigger(tok, p, frame, frame.code, frame.mode or p.mode)
    hand = [p for p in cands if not p.origin.startswith("petrarch2")]
    pool = hand if hand else cands
    for p in pool:
        if p.code is not None:
            return Trigger(tok, p, None, p.code, p.mode)
    return None


def verb_forms(tok: Token) -> set[str]:
    """The lemma and text of a verb, and its text without an inflection ending, for when the tagger's lemma
    is wrong ("staged" -> "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for end, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if low.endswith(end) and len(low) > len(end) + 2:
            out.add(low[: -len(end)] + repl)
    return out


def is_light_verb(tok: Token, config: Any) -> bool:
    """Is ``tok`` a light verb ("held talks", "staged a rally")?"""
    return tok.pos_ in {"VERB", "AUX"} and bool(verb_forms(tok) & config.light_verbs)


def _governors(tok: Token, limit: int = 3) -> list[Token]:
    """Governors up a complement chain: "ready" for "(stand) ready to assist", "vowed" for "vowed to crush"."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in {"xcomp", "ccomp", "acl", "advcl", "acomp"} or cur.head is cur:
            break
        cur = cur.head
        out.append(cur)
        if cur.dep_ == "acomp":  # "stand ready" / "is ready": the verb holding the adjective
            out.append(cur.head)
            cur = cur.head
    return out


_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "acomp", "dobj", "obj", "pobj", "prep", "pcomp", "conj"})


def _embedding_governor(tok: Token, by_token: dict[int, Trigger], config: Any, limit: int = 6) -> Trigger | None:
    """A trigger of an embedding root (appeal, demand, threat, intent ...) that ``tok`` is the content of,
    up a chain of complements and their objects ("demanded that X cancel plans to sell arms": the sale is
    the demand's content); None past a reporting verb or an attempt word, or out of a relative clause."""
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in _CHAIN_DEPS or cur.head is cur:
            return None
        if cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
            return None  # a second clause ("rejected X and said ..."), not a complement
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in config.reporting_verbs or lemma in config.attempt_words or lemma in config.imminent_governors:
            return None
        gtrig = by_token.get(cur.i)
        if gtrig is not None and not gtrig.suppressed and gtrig.code[:2] in config.embedding_roots:
            return gtrig
    return None


def _background_boundary(tok: Token, config: Any) -> Token | None:
    """The head of the background clause holding ``tok``: a relative clause ("the town, where 20 were
    killed"), a participle modifying a noun ("property seized in 1970"), a conditional or temporal clause
    ("unless X agrees", "as the opposition threatened"), or a reason ("arrested for spying"); else None."""
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            return None
        dep = cur.dep_
        if dep == "relcl":
            return cur
        if dep == "acl" and cur.head.pos_ in _NOMINAL_HEAD_POS:
            # "property seized in 1970", "the right of troops to fire", "one of them, disputed by X" (a
            # number or pronoun heads a noun phrase too): not an act of this sentence
            return cur
        if dep == "advcl" and any(
            (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < cur.i)) and c.lower_ in config.background_marks
            for c in cur.children
        ):
            return cur
        if dep == "pcomp" and cur.head.lower_ in config.background_preps:
            return cur
        if dep == "pobj" and cur.head.lower_ in config.background_preps and cur.pos_ in {"VERB"}:
            return cur
        if (
            dep == "ccomp"
            and cur.head.dep_ == "advcl"
            and cur.head.tag_ == "VBG"
            and cur.head.lemma_.lower() in config.reporting_verbs
        ):
            return cur  # "rejected the plan, saying it would wait": the reason given for the act
        if (
            dep == "pobj"
            and cur is tok
            and cur.head.lower_ in {"of", "to"}
            and cur.head.head.lemma_.lower() in config.time_frame_nouns
        ):
            return cur  # "on the eve of a visit by X": the visit dates the act
        if (
            dep == "pobj"
            and cur is tok
            and cur.head.lower_ in config.circumstance_preps
            and cur.head.head.pos_ in {"VERB", "AUX"}
        ):
            return cur  # "retook the town after heavy fighting", "arrested during a protest": the circumstance
        cur = cur.head
    return None


def _participle_on_verbal_act(trig: Trigger, by_token: dict[int, Trigger], config: Any) -> bool:
    """``trig`` heads a bare participle clause ("..., urging X to sign Y instead") on a verbal act of a
    ``participle_background_roots`` root (reject, accuse): the reason or alternative given with that act."""
    tok = trig.token
    if tok.dep_ in {"dobj", "obj"} and tok.head.pos_ == "VERB":
        tok = tok.head  # "setting fire to ...": the light verb heads the clause
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.tag_ == "VBG":
        tok = tok.head  # "..., setting fire to X and smashing Y"
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head is tok:
        return False
    if any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in tok.children):
        return False  # "while urging", "the army pressing on": a clause of its own
    gov = by_token.get(tok.head.i)
    return gov is not None and not gov.suppressed and gov.code[:2] in config.participle_background_roots


def _foreground_trigger(boundary: Token, by_token: dict[int, Trigger], absorbed: bool = False) -> Trigger | None:
    """A coded trigger above a background clause (the clause's governor or one of its own governors);
    ``absorbed``: a suppressed trigger counts too ("a strike to demand the return of property seized in
    1970": the seizure is background to the demand, which is folded into the strike)."""
    cur = boundary
    for _ in range(12):
        if cur.head is cur:
            return None
        cur = cur.head
        t = by_token.get(cur.i)
        if t is not None and (absorbed or not t.suppressed):
            return t
    return None


def _speech_act_over(tok: Token, by_token: dict[int, Trigger], config: Any, any_root: bool = False) -> Trigger | None:
    """A verbal-act trigger (condemn, deny, accuse, demand ...) whose object phrase holds the noun ``tok``
    (``any_root``: a verb trigger of any code)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in {"dobj", "obj", "pobj", "prep", "conj", "compound", "nsubjpass", "pcomp"} or cur.head is cur:
            return None
        cur = cur.head
        gov = by_token.get(cur.i)
        if gov is not None and gov.pattern.kind == "verb" and not gov.suppressed:
            return gov if any_root or gov.code[:2] in config.nominal_absorbing_roots else None
    return None


def _obligation(trig: Trigger, config: Any) -> None:
    """ "X said Y must / should do Z": a demand by X on Y (10x by what Z is), not Y's act."""
    cur, modal = trig.token, False
    for _ in range(4):
        modal = modal or any(c.dep_ == "aux" and c.lower_ in config.obligation_modals for c in cur.children)
        if cur.dep_ not in {"xcomp", "acomp", "conj"} or cur.head is cur:
            break
        cur = cur.head
    if not modal or cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in _speech_verbs():
        return
    speaker, addressee = fr.subject(cur.head), fr.subject(trig.token)
    if speaker is None or addressee is None:
        return
    base = trig.frame.code if trig.frame is not None and trig.frame.code else trig.pattern.code or trig.code
    trig.code = config.obligation_map.get(base[:2], config.obligation_map.get("default", "100"))
    trig.source_from, trig.target_from = speaker, addressee
    trig.speech = cur.head
    trig.combined = True
    trig.notes.append("obligation")


def obligation_triggers(span: Any, triggers: list[Trigger], config: Any) -> list[Trigger]:
    """ "X said Y must / should V" with a V that is no event trigger ("must drop barriers", "should return
    the ship"): still a demand by X on Y (generic 100; ``_obligation`` sets its roles)."""
    have = {t.token.i for t in triggers}
    out: list[Trigger] = []
    for tok in span:
        if tok.i in have or tok.pos_ != "VERB" or tok.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in config.obligation_modals for c in tok.children):
            continue
        if tok.head.lemma_.lower() not in _speech_verbs() or fr.subject(tok) is None or fr.subject(tok.head) is None:
            continue
        pattern = Pattern(
            id="must-clause", kind="verb", head=tok.lemma_.lower(), extra=(), code="100", origin="wirecoder"
        )
        out.append(Trigger(tok, pattern, None, "100", None))
    return out


def _anchor_compounds(triggers: list[Trigger], config: Any) -> None:
    """An event noun modifying a container noun ("a mediation effort", "the aid programme") takes its
    dependents (verb, prepositions, possessor) from that noun: the trigger is anchored there."""
    taken = {t.token.i for t in triggers}
    for t in triggers:
        tok = t.token
        holder = None
        if t.pattern.kind == "noun" and tok.dep_ == "compound":
            holder = tok.head  # "a mediation effort"
        elif (
            t.pattern.kind == "noun"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head is not tok.head
        ):
            holder = tok.head.head  # "a week of war games"
        if holder is not None and holder.i not in taken and holder.lemma_.lower() in config.container_nouns:
            t.word, t.token = tok, holder
            taken.add(holder.i)


def combine(triggers: list[Trigger], config: Any, flags_of: Any) -> None:
    """Absorb embedded complements and turn cooperation under an intent word into an intent code."""
    by_token = {t.token.i: t for t in triggers}
    for trig in triggers:
        # "carried out an attack": one event; the noun keeps it when the verb is a light verb.
        if trig.pattern.kind == "verb":
            light = is_light_verb(trig.token, config)
            for obj in fr.objects(trig.token):
                noun = by_token.get(obj.i)
                if noun is None or noun.pattern.kind != "noun":
                    continue
                if noun.code[:2] == trig.code[:2] or (
                    light and trig.frame is None and trig.code[:2] not in config.nominal_absorbing_roots
                ):
                    if light:
                        trig.suppressed = True  # "launched a mediation effort", "undertook a mission": the noun's event
                    else:
                        noun.suppressed = True
                elif not light and obj.dep_ in {"dobj", "obj"} and not fr.children(obj, {"poss"}):
                    noun.suppressed = True  # "lifted the blockade", "cancelled a visit": what the act is about
                elif light and trig.frame is not None:
                    noun.suppressed = True  # the verb's frame names this object: it has coded the act
    for trig in triggers:
        if trig.pattern.kind == "noun" and not trig.suppressed:
            gov = _speech_act_over(trig.token, by_token, config)
            if gov is not None and not fr.children(trig.token, {"poss"}) and not fr.prep_objects(trig.token, "by"):
                trig.suppressed = True  # "condemned the attack": the attack is what is talked about
            elif trig.code[:2] in config.topic_noun_roots:
                gov = _speech_act_over(trig.token, by_token, config, True)
                if gov is not None:
                    trig.suppressed = True  # "rejected X's demand": the demand is an earlier act, the topic here
                    gov.topics.append(trig)
    for trig in triggers:
        # "insisted the unrest reflected old tensions": a past-tense clause under a demand verb is an assertion
        # about what happened, not a demand (a demand's clause has the base form: "demanded that X leave").
        if trig.suppressed or trig.pattern.kind != "verb" or trig.frame is not None or trig.code[:2] != "10":
            continue
        comps = fr.children(trig.token, {"ccomp"})
        if comps and not fr.objects(trig.token) and all(c.tag_ == "VBD" for c in comps):
            trig.suppressed = True
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "verb":
            _obligation(trig, config)
    for trig in triggers:
        # "students rallied to demand reforms", "marched, calling for X": the demand is the protest's purpose.
        tok = trig.speech if trig.speech is not None else trig.token
        if trig.suppressed or trig.code[:2] not in config.purpose_roots or tok.dep_ not in {"advcl", "xcomp", "acl"}:
            continue
        holders = [tok.head, *fr.objects(tok.head)]
        owner = next(
            (
                by_token[h.i]
                for h in holders
                if h.i in by_token and by_token[h.i].code[:2] in config.purpose_governor_roots
            ),
            None,
        )
        if owner is not None:
            trig.suppressed = True
            owner.absorbed.append(trig)  # "rallied to demand X's resignation": X may be the protest's target
    for trig in triggers:
        # "police opened fire to disperse the crowd", "X summoned the envoy to complain": a hand-written act in
        # the purpose clause says what a verb with only a generic dictionary code did; "helped (to) support X"
        # is the support.
        if trig.suppressed or trig.pattern.kind != "verb":
            continue
        generic = trig.frame is None and trig.pattern.origin.startswith("petrarch2")
        helper = trig.token.lemma_.lower() in config.transparent_verbs
        if not (generic or helper) or fr.children(trig.token, {"nsubjpass", "dobj", "obj"}):
            continue  # "pressured X to help Y": X helps; the pressure is the act
        for c in trig.token.children:
            purpose = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if not (purpose or (helper and c.dep_ == "xcomp")):
                continue
            inner = by_token.get(c.i)
            if inner is not None and not inner.suppressed and not inner.pattern.origin.startswith("petrarch2"):
                trig.suppressed = True
                inner.absorbed.append(trig)
                break
    for trig in triggers:
        # "warplanes struck the town, killing 12": one violent event, with the participle's target.
        gov = by_token.get(trig.token.head.i)
        if (
            trig.token.dep_ in {"advcl", "conj"}
            and trig.token.tag_ == "VBG"
            and gov is not None
            and gov is not trig
            and trig.code[:2] in _VIOLENT_ROOTS
            and gov.code[:2] in _VIOLENT_ROOTS
        ):
            trig.suppressed = True
            gov.absorbed.append(trig)
    for trig in triggers:
        # "five were killed in a Y air strike": one event; the strike says who did it (Y), the verb whom.
        if trig.pattern.kind == "verb" and trig.code[:2] in _VIOLENT_ROOTS and not trig.suppressed:
            for prep in fr.children(trig.token, {"prep"}):
                if prep.lower_ not in config.means_preps:
                    continue
                for obj in fr.children(prep, {"pobj"}):
                    noun = by_token.get(obj.i)
                    if (
                        noun is not None
                        and noun.pattern.kind == "noun"
                        and not noun.suppressed
                        and noun.code[:2] in _VIOLENT_ROOTS
                    ):
                        noun.suppressed = True
                        trig.means.append(noun)
    for trig in triggers:
        # "a car bombing killed five": the bombing is the event; the verb gives its victims.
        if trig.pattern.kind == "verb" and trig.code[:2] in _VIOLENT_ROOTS and not trig.suppressed:
            for subj in fr.children(trig.token, {"nsubj"}):
                noun = by_token.get(subj.i)
                if noun is not None and noun.pattern.kind == "noun" and noun.code[:2] in _VIOLENT_ROOTS:
                    trig.suppressed = True
                    noun.absorbed.append(trig)
    for trig in triggers:
        if trig.suppressed:
            continue
        tok = trig.token
        if tok.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue  # "..., blaming X": a separate act, not a complement
        if (
            tok.dep_ == "acl"
            and tok.head.pos_ in _NOUN_POS
            and tok.head.lemma_.lower() not in config.attempt_words
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            trig.suppressed = True  # "permission / pressure / a plan to help X": an act not (yet) done
            continue
        governed = False  # an attempt, imminence, embedding or intent word decided the code
        start = tok
        if (
            trig.pattern.kind == "noun"
            and tok.dep_ in {"dobj", "obj"}
            and (tok.head.i not in by_token or by_token[tok.head.i].suppressed)
        ):
            start = tok.head  # "threatened to launch an offensive": the noun's light verb is the complement
        # a noun's own object position is handled above (topic rules); from its light verb up, the chain counts
        emb = _embedding_governor(start, by_token, config) if trig.pattern.kind == "verb" or start is not tok else None
        if emb is not None and emb is not trig:
            trig.suppressed = True
            emb.absorbed.append(trig)
            continue
        for gov in _governors(start):
            lemma = gov.lemma_.lower()
            if lemma in config.attempt_words or lemma in config.imminent_governors:
                governed = True  # "attempts to broker", "is about to restore ties": the act itself
                break
            if lemma in config.reporting_verbs:
                break  # "officials said X restored ties": asserted, whatever code "say" has in a dictionary
            gtrig = by_token.get(gov.i)
            if gtrig is not None and not gtrig.suppressed and gtrig.code[:2] in config.embedding_roots:
                trig.suppressed = governed = True
                gtrig.absorbed.append(trig)  # "vowed to fight X": the governor may take X as its target
                break
            if lemma in config.intent_governors and trig.code[:2] in config.intent_map:
                if gtrig is not None:
                    gtrig.suppressed = True
                trig.code = config.intent_map[trig.code[:2]]
                trig.combined = governed = True
                trig.notes.append(f"intent:{lemma}")
                break
        if not governed:
            root = trig.code[:2]
            if (
                config.future_as_intent
                and root in {"04", "05", "06", "07", "08"}
                and root in config.intent_map
                and tok.pos_ == "VERB"
            ):
                flags = flags_of(tok)
                if flags.get("future") and not flags.get("negated"):
                    trig.code = config.intent_map[root]
                    trig.combined = True
                    trig.notes.append("intent:future")
            if (
                root in config.future_threat_map
                and tok.pos_ == "VERB"
                and not trig.combined
                and not config.petrarch_mode
                and trig.code not in config.local_codes
            ):  # PETRARCH2's own reading codes the act itself
                flags = flags_of(tok)
                if flags.get("future") and not flags.get("negated"):
                    trig.code = config.future_threat_map[root]  # "said they would boycott X": a threat (13x)
                    trig.combined = True
                    trig.notes.append("threat:future")
            if root in config.refusal_map and tok.pos_ == "VERB":
                flags = flags_of(tok)
                if flags.get("future") and flags.get("negated"):
                    trig.code = config.refusal_map[root]  # "will not meet", "would not provide aid": a refusal
                    trig.combined = True
                    trig.notes.append("refusal:future")

    for trig in triggers:
        # "agreed to mediation in the talks with X": a nominal event with no agent of its own, inside the
        # phrase of another coded event, is what that event is about.
        if trig.suppressed or trig.pattern.kind != "noun" or trig.token.dep_ not in {"pobj", "dobj", "obj", "conj"}:
            continue
        src, _ = _nominal_source_tokens(trig.token, trig.pattern, config)
        if not src and _foreground_trigger(trig.token, by_token) is not None:
            trig.suppressed = True
            trig.notes.append("topic")
    for trig in triggers:
        # "X demonstrated in the town, where 24 were killed last year": the relative, conditional or
        # temporal clause is background to the main clause's event.
        if trig.suppressed:
            continue
        boundary = (
            None if config.petrarch_mode else _background_boundary(trig.token, config)
        )  # PETRARCH2 codes each clause
        if boundary is not None and _foreground_trigger(boundary, by_token, absorbed=True) is not None:
            trig.suppressed = True
            trig.notes.append("background")
            continue
        if not config.petrarch_mode and _participle_on_verbal_act(trig, by_token, config):
            trig.suppressed = True
            trig.notes.append("background")


# ----------------------------------------------------------------------------------------------- roles


def _phrase_tokens(tok: Token) -> list[Token]:
    """The token and its noun-phrase dependents (possessors, compounds, "of" phrases, appositions last)."""
    out: list[Token] = [tok]
    stack = [c for c in tok.children if c.dep_ not in _SKIP_DEPS_IN_PHRASE]
    while stack:
        c = stack.pop(0)
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ not in _SKIP_DEPS_IN_PHRASE)
    out.extend(c for c in tok.children if c.dep_ == "appos")
    return out


def _mention_for(article: Article, tok: Token, sent_mentions: list[Mention], config: Any = None) -> Mention | None:
    """The actor mention a role token stands for: its own, an apposition's, or one inside its phrase.

    An event noun as subject ("the assassination of X contributed to …") stands for no actor: X is its
    victim, not the agent of the verb.
    """
    for m in sent_mentions:
        if m.head == tok.i:
            return m
    m = mention_at(article, tok.idx, tok.idx + len(tok.text))
    if m is not None:
        return m
    if config is not None and tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in config.event_nouns:
        return None  # as a subject the event noun is no agent; as an object "the killing of X" still points to X
    for t in _phrase_tokens(tok)[1:]:
        for m in sent_mentions:
            if m.head == t.i or (m.start <= t.idx < m.end):
                return m
    return None


def _slots(
    article: Article, toks: list[Token], sent_mentions: list[Mention], quote: Quote | None, config: Any
) -> list[Slot]:
    """Resolve role tokens (and their conjuncts) to participants; non-actors are dropped."""
    out: list[Slot] = []
    seen: set[Any] = set()
    for base in toks:
        group = fr.with_conjuncts(base)
        if len(group) > 1 and not fr.coordinated(base):
            named = [
                t for t in group if getattr(_mention_for(article, t, sent_mentions, config), "kind", None) == "name"
            ]
            group = named[:1] or group[:1]
        group = group + [t for t in conjoined_owners(base, sent_mentions, config.petrarch_mode) if t not in group]
        for tok in group:
            m = _mention_for(article, tok, sent_mentions, config)
            slot: Slot | None = None
            if (
                quote is not None
                and quote.speaker is not None
                and tok.lower_ in config.speaker_pronouns
                and (m is None or m.actor is None or m.via in _PRONOUN_VIA)
            ):
                slot = Slot(quote.speaker, None, pronoun=False)
            elif m is not None and m.actor is not None and (m.kind != "place" or m.actor.country or m.actor.actor_id):
                slot = Slot(Participant.from_mention(m), m, pronoun=m.kind == "pronoun" or (m.via in _PRONOUN_VIA))
            elif m is not None and m.kind != "place":
                slot = Slot(Participant(m.text, m.start, m.end), m, pronoun=m.kind == "pronoun")
            elif tok.lower_ in _PERSONAL_PRONOUNS:
                slot = Slot(Participant(tok.text, tok.idx, tok.idx + len(tok.text)), None, pronoun=True)
            if slot is None:
                continue
            p = slot.participant
            keys = {(p.start, p.end)} | ({p.actor_id or p.name} if (p.actor_id or p.name) else set())
            if not keys & seen:
                seen.update(keys)
                out.extend(_each_code(slot))
    return out


def _code_key(slot: Slot | None) -> Any:
    """A participant as its actor code (its position when it has none), for telling identical codings apart."""
    if slot is None:
        return None
    return slot.participant.cameo or slot.participant.start


def _each_code(slot: Slot) -> list[Slot]:
    """A participant whose actor has several codes ("FRO/BIL/SAM": a PETRARCH actor that stands for
    several) as one participant per code."""
    cameo = slot.participant.cameo or ""
    if "/" not in cameo:
        return [slot]
    return [Slot(replace(slot.participant, cameo=c), slot.mention, slot.pronoun) for c in cameo.split("/") if c]


def _reporter(
    article: Article, tok: Token, slot: Slot, sent_mentions: list[Mention], quote: Quote | None, config: Any
) -> list[Slot]:
    """An unresolved "we"/"they" subject of reported speech ("X explained that they contacted Y") is X."""
    if slot.participant.text.lower() not in config.reported_pronouns:
        return []
    cur = tok
    while cur.dep_ in {"conj", "xcomp"} and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in _speech_verbs():
        return []
    speaker = fr.subject(cur.head)
    if speaker is None:
        return []
    found = [s for s in _slots(article, [speaker], sent_mentions, quote, config) if s.participant.name]
    for s in found:
        s.pronoun = True  # still a guess: keep the pronoun's lower confidence
    return found[:1]


def _report_source(article: Article, tok: Token, sent_mentions: list[Mention], config: Any) -> Participant | None:
    """Who reports the event outside a quote: the subject of a governing speech verb ("officials said
    the army killed ..."), or X of "according to X" on the clause."""
    cur = tok
    for _ in range(6):
        for p in fr.children(cur, {"prep"}):
            if p.lower_ == "according":
                objs = [o for t in fr.children(p, {"prep"}) if t.lower_ == "to" for o in fr.children(t, {"pobj"})]
                found = [x for x in _slots(article, objs, sent_mentions, None, config) if x.participant.name]
                if found:
                    return found[0].participant
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _speech_verbs():
            speaker = fr.subject(cur.head)
            found = [
                x
                for x in _slots(article, [speaker] if speaker is not None else [], sent_mentions, None, config)
                if x.participant.name
            ]
            return found[0].participant if found else None
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _inner_target(
    article: Article, tok: Token, sent_mentions: list[Mention], quote: Quote | None, config: Any
) -> list[Slot]:
    """The first named actor inside the verb's object phrase (its prepositional modifiers, two deep), for a
    verb whose roles found no target: "advised against [travel to Tunisia]" -> Tunisia."""
    objs = [o for o in fr.children(tok, {"dobj", "obj"}) if o.pos_ in _NOUN_POS]
    objs += [
        o
        for p in fr.children(tok, {"prep"})
        if p.lower_ in config.inner_target_preps
        for o in fr.children(p, {"pobj"})
        if o.pos_ in _NOUN_POS
    ]
    layer = objs
    for _ in range(2):
        nxt = [
            o
            for t in layer
            for p in fr.children(t, {"prep"})
            if p.lower_ in config.inner_target_preps
            for o in fr.children(p, {"pobj"})
        ]
        for o in nxt:
            found = [
                x
                for x in _slots(article, [o], sent_mentions, quote, config)
                if x.participant.country or x.participant.actor_id
            ]
            if found:
                return found[:1]
        layer = nxt
    return []


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    from .lexicon import load

    return frozenset(load("speech_verbs")["verbs"])


def _nominal_source_tokens(tok: Token, pattern: Pattern, config: Any) -> tuple[list[Token], list[Token]]:
    """Source and target tokens of a nominal trigger: possessor, by/of phrases, between, light verbs."""
    source: list[Token] = []
    target: list[Token] = []
    poss = fr.children(tok, {"poss"})
    if poss:
        (source if pattern.poss == "source" else target).extend(poss)
    for role in pattern.source:
        if not source:
            source.extend(fr.prep_objects(tok, role[5:]) if role.startswith("prep:") else [])
    if pattern.of != "none":
        (source if pattern.of == "source" else target).extend(fr.prep_objects(tok, "of"))
    between = fr.prep_objects(tok, "between")
    if between and "prep:between" in pattern.target:
        target.extend(fr.with_conjuncts(between[0]))  # "mediation between A and B": both are its targets
    elif (
        between
        and not source
        and tok.dep_ in {"dobj", "obj"}
        and is_light_verb(tok.head, config)
        and fr.subject(tok.head) is not None
    ):
        target.extend(
            fr.with_conjuncts(between[0])
        )  # "X hosted a meeting between A and B": X's act, A and B its targets
    elif between:
        parts = fr.with_conjuncts(between[0])
        if not source:
            source.append(parts[0])
        if len(parts) > 1 and not target:
            target.extend(parts[1:])
    if not source:
        mods = [
            c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_)
        ]
        source.extend(mods)
    if not source:
        head = tok.head
        if tok.dep_ in {"dobj", "obj", "attr"} and is_light_verb(head, config):
            s = fr.subject(head)
            source.extend([s] if s is not None else [])
        elif tok.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head
            if holder.lemma_.lower() in config.responsibility:
                if holder.pos_ in {"VERB"}:
                    s = fr.subject(holder)
                elif holder.dep_ in {"acomp", "dobj", "attr", "oprd"}:
                    s = fr.subject(holder.head)
                else:
                    s = None
                source.extend([s] if s is not None else [])
    return source, target


# ----------------------------------------------------------------------------------------------- helpers


def _location(
    article: Article, trig: Token, sent_mentions: list[Mention], taken: set[int | None]
) -> dict[str, Any] | None:
    """A place tied to the event ("in Kabul", "inside Pakistan", "at a mosque in Peshawar") that is not
    one of its participants (``taken``: their start offsets), else the dateline, else None."""

    def place(holder: Token, depth: int) -> dict[str, Any] | None:
        for p in fr.children(holder, {"prep"}):
            if p.lower_ not in _LOCATION_PREPS:
                continue
            for obj in fr.children(p, {"pobj"}):
                m = _mention_for(article, obj, sent_mentions)
                if m is not None and m.start in taken:
                    continue
                if m is not None and (
                    m.kind == "place" or (m.actor is not None and m.actor.sector is None and m.actor.country)
                ):
                    return {"name": m.text, "country": m.actor.country if m.actor else None}
                if (m is None or m.actor is None) and obj.ent_type_ in _PLACE_ENTS:
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    return {"name": ent.text if ent is not None else obj.text, "country": None}
                if depth > 0:
                    found = place(obj, depth - 1)
                    if found:
                        return found
        return None

    clauses = [
        c
        for c in trig.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "advmod" and m.lower_ in ("when", "where", "as") or m.dep_ == "mark" for m in c.children)
    ]
    for holder in [trig, *fr.objects(trig), *clauses]:
        found = place(holder, 1)
        if found:
            return found
    for mod in (c for c in trig.children if c.dep_ in _MODIFIER_DEPS):
        m = _mention_for(article, mod, sent_mentions)
        if m is not None and m.kind == "place" and m.start not in taken:
            return {"name": m.text, "country": m.actor.country if m.actor else None}
    if article.dateline:
        return {"name": article.dateline, "country": None}
    return None


def _quantities(span: Any, quantities_mod: Any) -> list[Quantity]:
    if quantities_mod is None:
        return []
    return list(quantities_mod.extract(span))


def _subtree_span(tok: Token) -> Any:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def _fallback_flags(tok: Token) -> dict[str, Any]:
    negated = any(c.dep_ == "neg" for c in tok.children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in tok.children)
    hypo = any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could", "would", "should"} for c in tok.children)
    return {"negated": negated, "hypothetical": hypo, "future": future, "hedge": None}


def _confidence(
    trig: Trigger,
    source: Slot | None,
    target: Slot | None,
    nominal: bool,
    flags: dict[str, Any],
    date_in_sentence: bool,
    quoted: bool,
) -> float:
    score = 0.5
    score += 0.15 if trig.frame is not None else (0.0 if trig.pattern.origin.startswith("petrarch2") else 0.05)
    for slot in (source, target):
        if slot is None:
            continue
        via = slot.mention.via if slot.mention is not None else None
        if slot.pronoun:
            score -= 0.15
        elif via in _PRONOUN_VIA:
            score -= 0.05
        elif via in _KB_VIA:
            score += 0.1
        elif slot.participant.name or slot.participant.actor_id:
            score += 0.05
    if flags.get("hedge") or flags.get("hypothetical"):
        score -= 0.1
    if source is None:
        score -= 0.15 if nominal else 0.1
    if date_in_sentence:
        score += 0.05
    if quoted:
        score -= 0.05
    return round(min(0.99, max(0.05, score)), 2)


# ----------------------------------------------------------------------------------------------- main


@dataclass
class Helpers:
    """The other coding modules (quantities, modality, quotes), or None where they are not available."""

    quantities: Any = None
    modality: Any = None
    quotes: Any = None


def code_sentence(
    article: Article, sentence_index: int, span: Any, patterns: PatternSet, onto: Ontology, helpers: Helpers
) -> list[Event]:
    """Events in one sentence (``span`` is its spaCy Span)."""
    config = patterns.config
    if config.discard_sentences and discarded(span.text, config.discard_sentences):
        return []
    flags_of = helpers.modality.flags if helpers.modality is not None else _fallback_flags
    sent_mentions = [m for m in article.mentions if span.start_char <= m.start < span.end_char]
    triggers = [t for t in (match_trigger(tok, patterns) for tok in span) if t is not None]
    triggers += obligation_triggers(span, triggers, config)
    _anchor_compounds(triggers, config)
    triggers.sort(key=lambda t: t.token.i)
    combine(triggers, config, flags_of)
    sentence = article.sentences[sentence_index] if sentence_index < len(article.sentences) else None
    date_in_sentence = any(t.sentence_index == sentence_index and t.value for t in article.times)
    events: list[Event] = []
    event_triggers: list[Trigger] = []  # the trigger of each event, for the transformations
    seen: set[tuple[Any, ...]] = set()
    for trig in triggers:
        if trig.suppressed or trig.code in config.suppress_codes:
            continue
        tok = trig.token
        nominal = tok.pos_ in _NOUN_POS and trig.pattern.kind == "noun"
        word = trig.word if trig.word is not None else tok
        start, end = word.idx, word.idx + len(word.text)
        quote = helpers.quotes.quote_at(article, start, end) if helpers.quotes is not None else None
        frame = trig.frame

        def resolve(t: Token, roles: tuple[str, ...]) -> list[Slot]:
            """Slots of the first role that holds an actor ("fired rockets at X": X)."""
            for role in roles:
                found = _slots(article, fr.role_tokens(t, role), sent_mentions, quote, config)
                if found:
                    return found
            return []

        tgt_roles = frame.target if frame and frame.target else trig.pattern.target
        if nominal:
            src_toks, tgt_toks = _nominal_source_tokens(tok, trig.pattern, config)
            subject_token = None
            targets = _slots(article, tgt_toks, sent_mentions, quote, config) if tgt_toks else resolve(tok, tgt_roles)
        else:
            src_roles = frame.source if frame and frame.source else trig.pattern.source
            _, src_toks = fr.first_role(tok, src_roles)
            if trig.source_from is not None:
                src_toks = [trig.source_from]
            subject_token = src_toks[0] if src_toks else None
            if trig.target_from is not None:
                targets = _slots(article, [trig.target_from], sent_mentions, quote, config)
                if trig.pattern.id == "must-clause" and not any(t.participant.name for t in targets):
                    continue  # "officials said prices must fall": no one is asked to act
            else:
                targets = resolve(tok, tgt_roles)
        sources = _slots(article, src_toks, sent_mentions, quote, config)
        if nominal:  # "a Kabul bombing": a place modifying the event noun says where, not who
            mods = {c.i for c in tok.children if c.dep_ in _MODIFIER_DEPS}
            sources = [
                x
                for x in sources
                if not (x.mention is not None and x.mention.kind == "place" and x.mention.head in mods)
            ]
        for means in trig.means if not sources else []:
            by, _ = _nominal_source_tokens(means.token, means.pattern, config)
            mods = {c.i for c in means.token.children if c.dep_ in _MODIFIER_DEPS}
            sources = [
                x
                for x in _slots(article, by, sent_mentions, quote, config)
                if not (x.mention is not None and x.mention.kind == "place" and x.mention.head in mods)
            ]
            if sources:
                break
        if len(sources) == 1 and sources[0].participant.name is None and sources[0].pronoun:
            sources = _reporter(article, tok, sources[0], sent_mentions, quote, config) or sources
        for other in trig.absorbed:
            targets = targets or resolve(other.token, other.pattern.target)
        if not targets and sources and nominal and tok.dep_ in {"dobj", "obj"} and is_light_verb(tok.head, config):
            # "staged rallies in the capital against X": the light verb holds the noun's preposition
            targets = [t for t in resolve(tok.head, tgt_roles) if t.participant.name]
        if not targets and sources and not nominal and trig.code[:2] in config.embedding_roots:
            # "threatened to break relations with X", "vowed to cut off supplies to X": the complement's
            # object or partner, when the complement is no trigger of its own
            for comp in fr.complements(tok):
                if fr.children(comp, {"nsubj", "nsubjpass"}) or tok.lemma_.lower() in config.reporting_verbs:
                    continue  # "said X broke ties with Y": Y is X's target, not the speaker's
                more = resolve(comp, ("dobj", *(f"prep:{p}" for p in config.complement_target_preps)))
                targets = [t for t in more if t.participant.name]
                if targets:
                    break
        if not targets and not nominal:
            more = resolve(tok, tuple(f"prep:{p}" for p in config.fallback_target_preps))
            targets = [t for t in more if t.participant.name]
        for topic in trig.topics if not targets and not nominal else []:
            # "rejected X's demand", "accepted demands from X": X, who made the demand, is the target.
            made_by, _ = _nominal_source_tokens(topic.token, topic.pattern, config)
            made_by = made_by or fr.prep_objects(topic.token, "from")
            targets = [x for x in _slots(article, made_by, sent_mentions, quote, config) if x.participant.name]
            if targets:
                break
        if not targets and not nominal:
            # "condemned an attack by the army": the agent of an object that is no actor is the target.
            # The parser may hang that "by" on an active verb as its agent.
            objs = [o for o in fr.children(tok, {"dobj", "obj"}) if o.pos_ in _NOUN_POS]
            agents = [a for o in objs for a in fr.prep_objects(o, "by")]
            if objs and not agents and not fr.children(tok, {"nsubjpass", "auxpass"}):
                agents = fr.role_tokens(tok, "agent")
            targets = [x for x in _slots(article, agents, sent_mentions, quote, config) if x.participant.name]
        if config.petrarch_mode and not nominal:  # PETRARCH resolves no pronouns, codes only coded actors
            targets = [x for x in targets if not x.pronoun and x.participant.cameo]
        if config.petrarch_mode and not nominal and trig.frame is not None and trig.frame.skip:
            targets = []  # PETRARCH's "^ +": the target is the actor after the skipped ones, not a role's
        if not targets and not nominal and config.petrarch_mode:
            taken = {x.participant.start for x in sources}
            first = phrase_target(tok, sent_mentions, taken, trig.frame.skip if trig.frame is not None else 0)
            targets = _slots(article, [first], sent_mentions, quote, config) if first is not None else []
        if not targets and not nominal and not config.petrarch_mode:
            # "advised against travel to X", "inspected the reactors in X": an actor inside the object phrase.
            targets = _inner_target(article, tok, sent_mentions, quote, config)
        if not nominal and subject_token is not None and not sources and trig.code[:2] not in _VIOLENT_ROOTS - {"14"}:
            continue  # the clause subject is not an actor ("the remarks", "tensions"); violence is kept, source unknown
        if (
            not nominal
            and frame is not None
            and frame.target
            and frame.target[0] == "nsubj"
            and not targets
            and fr.subject(tok) is not None
        ):
            continue  # a frame whose subject is the target ("X received aid from Y"), and the subject is no actor
        has_actor = any(s.mention is not None and s.mention.actor is not None for s in sources + targets) or any(
            s.mention is None and not s.pronoun for s in sources + targets
        )
        if nominal and not trig.absorbed:
            qspan = helpers.quantities.figures_span(tok) if helpers.quantities is not None else _subtree_span(tok)
        else:
            qspan = span
        quantities = _quantities(qspan, helpers.quantities)
        root = trig.code[:2]
        # Violence with a toll is an event even when no side is a known actor ("a landmine killed three
        # children"), as incident data records it.
        toll = root in _VIOLENT_ROOTS - {"14"} and any(q.kind in _CASUALTY_KINDS and q.value for q in quantities)
        if nominal and not has_actor and not toll:
            continue
        if not nominal and not sources and not targets and not toll:
            continue
        if (
            trig.frame is None
            and trig.pattern.origin.startswith("petrarch2")
            and not (sources and targets)
            and not toll
            and not any(x.mention is not None and x.mention.via in _KB_VIA for x in sources)
        ):
            continue
        flags = dict(flags_of(tok))
        # the trigger's lemma and the nouns compounded with it ("grenade attack"), for the ACLED rules
        trigger_words = " ".join(
            [tok.lemma_.lower()] + [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
        )
        # a verb's direct objects and the nouns in "a cache of X" ("seized a cache of rifles"), for the ACLED rules
        dobjs = [c for c in tok.children if c.dep_ == "dobj"] if not nominal else []
        dobjs += [g for d in dobjs for g in d.conjuncts]
        dobjs += [
            g
            for d in dobjs
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in [*p.children, *(x for y in p.children for x in y.conjuncts)]
            if g.dep_ in ("pobj", "conj")
        ]
        objects = " ".join(d.lemma_.lower() for d in dobjs)
        fatalities = (
            helpers.quantities.fatalities(quantities)
            if helpers.quantities is not None and root in _VIOLENT_ROOTS
            else None
        )
        date, precision = event_date(article, sentence_index, start, end)
        reporter = quote.speaker if quote is not None else _report_source(article, tok, sent_mentions, config)
        location = _location(article, tok, sent_mentions, {x.participant.start for x in sources + targets})
        # One event per conjoined actor; "A and B signed a truce" gives A and B as sources with no target
        # (PLOVER's reading of mutual acts), not CAMEO's A->B and B->A.
        pairs = [(s, t, trig.code) for s in (sources or [None]) for t in (targets or [None])]
        pairs = _petrarch_pairs(trig, pairs, sources, targets)
        for k, (src, tgt, code) in enumerate(pairs):
            key = (
                code,
                src.participant.start if src else None,
                tgt.participant.start if tgt else None,
                src.participant.name if src else None,
                tgt.participant.name if tgt else None,
                src.participant.cameo if src else None,
                tgt.participant.cameo if tgt else None,
            )
            # "freed the premier and 30 members of his government": two targets with one actor code are
            # one coding of this act
            same = (code, _code_key(src), _code_key(tgt))
            if (
                key in seen
                or same in seen
                or (src is not None and tgt is not None and src.participant.start == tgt.participant.start)
            ):
                continue
            seen.update({key, same})
            src_sector = src.participant.sector if src else None
            tgt_sector = tgt.participant.sector if tgt else None
            src_head = src.mention.head if src and src.mention is not None else None
            src_noun = (
                tok.doc[src_head].lemma_.lower() if src_head is not None and 0 <= src_head < len(tok.doc) else None
            )
            coded = onto.classify(
                code,
                trig.mode,
                trigger_words,
                src_sector,
                tgt_sector,
                [(q.kind, q.text) for q in quantities if q.kind in _CASUALTY_KINDS and q.value],
                src_noun,
                objects,
            )
            parts: list[Any] = [article.id, sentence_index, start, code] + ([k] if k else [])
            events.append(
                Event(
                    id=stable_id(*parts),
                    article_id=article.id or "",
                    sentence_index=sentence_index,
                    trigger={"text": word.text, "lemma": word.lemma_.lower(), "start": start, "end": end},
                    date=date,
                    date_precision=precision,
                    source=src.participant if src else None,
                    target=tgt.participant if tgt else None,
                    cameo=coded["cameo"],
                    plover=coded["plover"],
                    acled=coded["acled"],
                    location=location,
                    fatalities=fatalities,
                    quantities=quantities,
                    negated=bool(flags.get("negated")),
                    hypothetical=bool(flags.get("hypothetical")),
                    future=bool(flags.get("future")),
                    evidence={
                        "sentence": sentence.text if sentence else span.text,
                        "start": sentence.start if sentence else span.start_char,
                        "end": sentence.end if sentence else span.end_char,
                    },
                    confidence=_confidence(trig, src, tgt, nominal, flags, date_in_sentence, quote is not None),
                    reported_by=reporter,
                    pattern=trig.pattern_id,
                )
            )
            event_triggers.append(trig)

    def speaker_of(verb: Token) -> Participant | None:
        subj = fr.subject(verb)
        found = [
            x
            for x in _slots(article, [subj] if subj is not None else [], sent_mentions, None, config)
            if x.participant.name or x.participant.actor_id
        ]
        return found[0].participant if found else None

    events = apply_transforms(
        list(zip(events, event_triggers)), patterns.transforms, config.asserted_transforms, speaker_of, onto.classify
    )
    return _without_repeated_tolls(events)


def _without_repeated_tolls(events: list[Event]) -> list[Event]:
    """Without the events that have no actor and whose casualty figures another event of the sentence
    reports too ("al-Shabaab stormed a hotel; the siege left 9 dead": one incident, not two)."""

    def figures(e: Event) -> set[tuple[Any, ...]]:
        return {(q.start, q.end, q.kind) for q in e.quantities if q.kind in _CASUALTY_KINDS and q.value}

    kept = []
    for e in events:
        own = figures(e)
        if (
            e.source is None
            and e.target is None
            and own
            and any(o is not e and (o.source is not None or o.target is not None) and own <= figures(o) for o in events)
        ):
            continue
        kept.append(e)
    return kept


def _petrarch_pairs(
    trig: Trigger, pairs: list[tuple[Any, Any, str]], sources: list[Slot], targets: list[Slot]
) -> list[tuple[Any, Any, str]]:
    """PETRARCH's paired codings: a ``mutual`` frame with a conjoined subject makes its members act on
    each other (whatever else the phrase holds) ("A and B agreed": A->B, B->A); a ``reverse`` code adds target -> source
    events ("A left for B" 032:033: A->B 032, B->A 033). Only while the trigger keeps its own code."""
    own = trig.frame if trig.frame is not None else trig.pattern
    if trig.code != own.code:
        return pairs
    if trig.frame is not None and trig.frame.mutual and len(sources) > 1:
        pairs = [(a, b, trig.code) for a in sources for b in sources if a is not b]
    reverse = own.reverse
    if reverse:
        pairs = pairs + [(t, s, reverse) for s, t, _ in pairs if s is not None and t is not None]
    return pairs


def code_article(article: Article, patterns: PatternSet, onto: Ontology, helpers: Helpers | None = None) -> list[Event]:
    """All events of an article, sentence by sentence (needs ``article.doc`` and ``article.sentences``)."""
    helpers = helpers or Helpers()
    onto = onto.extended(patterns.config.local_codes)
    doc = article.doc
    if doc is None or (patterns.config.discard_stories and discarded(doc.text, patterns.config.discard_stories)):
        return []
    events: list[Event] = []
    for sent in article.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        events.extend(code_sentence(article, sent.index, span, patterns, onto, helpers))
    return events

"""Passes that leave words that are no political event uncoded: accidents, animals, ceremonies, descriptions.

Real news tells many things with the coder's trigger words that are no act of one actor on another: a
stampede's toll, a leopard attacking villagers, a funeral procession, a militia described by whom it fights,
a ministry releasing a report, a power a bill would give. Word lists: ``data/lexicon/non_events.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import LOCATION_PREPS, NOUN_POS, PLACE_ENTS, Token
from ..frames import governing_verb
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_HARM_ROOTS = frozenset({"17", "18", "19", "20"})
_TOLD_ROOTS = frozenset({"14", "18", "19", "20"})
_CASUALTY = frozenset({"kill", "die", "injure", "wound", "hurt", "death", "dead", "victim"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_MODALS = frozenset({"would", "could", "might", "can", "may"})
_CLAUSE_EDGES = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})


@dataclass(frozen=True)
class NonEventWords:
    """The word lists of ``data/lexicon/non_events.yaml``."""

    accident_nouns: frozenset[str]
    blast_nouns: frozenset[str]
    accident_modifiers: frozenset[str]
    accident_verbs: frozenset[str]
    abstract_subjects: frozenset[str]
    infection_verbs: frozenset[str]
    headline_ambiguous: frozenset[str]
    armed_words: frozenset[str]
    animals: frozenset[str]
    procession_words: frozenset[str]
    ceremony_words: frozenset[str]
    protest_words: frozenset[str]
    describing_violence: frozenset[str]
    publishing_verbs: frozenset[str]
    published_things: frozenset[str]
    publishing_adverbs: frozenset[str]
    power_words: frozenset[str]
    passing_preps: frozenset[str]
    crowd_nouns: frozenset[str]
    industrial_sites: frozenset[str]
    nature_doers: frozenset[str]


@cache
def words() -> NonEventWords:
    """The lists, read once per process."""
    return lexicon.word_lists("non_events", NonEventWords)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _left_words(tok: Token) -> set[str]:
    """Lemmas of the modifiers before a noun, two deep ("a gas cylinder explosion": gas, cylinder)."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in _MODIFIERS and c.i < tok.i:
            out |= {_lemma(t) for t in c.subtree}
    return out


def accident_noun(tok: Token) -> bool:
    """A noun that names an accident or a disaster ("the stampede", "a gas cylinder explosion", "Typhoon
    Hagibis"); fire only with no one's mark on it ("a fire destroyed 200 homes", not "Israeli fire")."""
    w = words()
    low, left = _lemma(tok), _left_words(tok)
    if low in w.accident_nouns or (low in w.blast_nouns and bool(left & w.accident_modifiers)):
        return True
    if low in w.nature_doers and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "the heat set fire to a barn"; not "in the heat of the battle"
    if low in w.blast_nouns and _at_industrial_site(tok):
        return True  # "an explosion at a fireworks warehouse", "a blast at a chemical plant"
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and _lemma(c) in w.accident_nouns for c in tok.children):
        return True
    marked = any(c.dep_ in _MODIFIERS and (c.ent_type_ or _lemma(c) in w.armed_words) for c in tok.children)
    return low in {"fire", "blaze"} and tok.pos_ == "NOUN" and not marked


def _nature_doer(tok: Token) -> bool:
    """The weather word is one only as a doer ("heavy snow battered Hokkaido"): acts "in the snow" or "in the
    heat" have their own doers ("soldiers shelled rebel positions in the snow")."""
    return _lemma(tok) in words().nature_doers or tok.lower_ in words().nature_doers


def _at_industrial_site(noun: Token) -> bool:
    """The blast or fire ``noun`` happened "at" or "in" a works (a factory, a mine, a warehouse) that no word of
    arms marks ("an explosion at an army depot" is left alone)."""
    w = words()
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "in", "inside"}:
            continue
        for site in prep.children:
            if site.dep_ == "pobj" and _lemma(site) in w.industrial_sites:
                return not ({_lemma(t) for t in site.subtree} & w.armed_words)
    return False


def accident_verb(verb: Token) -> bool:
    """An intransitive verb of an accident whose subject is no attacker ("a bomber crashed at the airport",
    "the ferry capsized"; "a suicide bomber crashed into the gate" is an attack) and no talks, deal or
    market ("the talks collapsed when rebels attacked a convoy")."""
    w = words()
    if _lemma(verb) not in w.accident_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return False
    subjects = _subject_nouns(verb)
    if subjects and all(_lemma(s) in w.abstract_subjects or s.lower_ in w.abstract_subjects for s in subjects):
        return False  # "the talks collapsed", "the currency plunged": no accident
    return not any(_left_words(s) & w.armed_words for s in subjects)


def _subject_nouns(verb: Token) -> list[Token]:
    """The subjects of ``verb``, a relative pronoun read as the noun its clause is on ("the storm, which
    struck": storm)."""
    out = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return [verb.head if c.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl" else c for c in out]


def accidental(tok: Token) -> bool:
    """The casualty word ``tok`` counts an accident's toll: it is one, its clause's subject is one, or it
    happened "in" or "during" one."""
    if tok.pos_ in NOUN_POS and accident_noun(tok):
        return True
    holders, cur = [tok], tok
    for _ in range(4):  # "left 11 dead and 40 injured": injured, dead, left; "resulted in 9 deaths"
        if cur.dep_ in _CLAUSE_EDGES or cur.head.i == cur.i:
            break
        cur = cur.head
        holders.append(cur)
    holders.append(governing_verb(tok))
    if holders[-1].dep_ in {"advcl", "xcomp"}:  # "the typhoon made landfall, killing 20"
        holders.append(holders[-1].head)
    for holder in holders:
        if any(accident_noun(n) for n in _subject_nouns(holder)) or accident_verb(holder):
            return True
        if _crashed_noun(holder) or _beside_infection(holder):
            return True
        clauses = [c for h in [holder, *(c for c in holder.children if c.dep_ == "conj")] for c in h.children]
        if _lemma(tok) in _CASUALTY and any(c.dep_ == "advcl" and accident_verb(c) for c in clauses):
            return True  # "seven were killed when a plane crashed" ("launched missiles before X crashed" stays);
            # also when the parser hung the clause on a conjunct ("30 killed and dozens injured when a train derailed")
        for c in holder.children:  # "killed in a bus crash"; passive: "passengers killed by the ferry disaster"
            if (c.dep_ == "prep" and c.lower_ in {"in", "during"}) or c.dep_ == "agent":
                if any(p.dep_ == "pobj" and accident_noun(p) and not _nature_doer(p) for p in c.children):
                    return True
    return False


def _beside_infection(verb: Token) -> bool:
    """A verb conjoined with an infection ("it has infected 200 people and killed three"): a germ's dead."""
    w = words()
    near = [verb.head] if verb.dep_ == "conj" else []
    near += [c for c in verb.children if c.dep_ == "conj"]
    return verb.pos_ in {"VERB", "AUX"} and any(_lemma(n) in w.infection_verbs for n in near)


def _crashed_noun(noun: Token) -> bool:
    """A noun the parser made the head of its own accident ("A lorry overturned near X, killing 16" read as
    a lorry, overturned, killing): an accident verb hangs on it as a clause and the noun is no attacker."""
    if noun.pos_ not in NOUN_POS:
        return False
    w = words()
    armed = ({_lemma(noun)} | _left_words(noun)) & w.armed_words
    return not armed and any(c.dep_ == "acl" and c.i > noun.i and accident_verb(c) for c in noun.children)


_FIGHTING = frozenset({"fight", "battle", "combat", "tackle"})


def fights_nature(tok: Token) -> bool:
    """A verb of fighting whose foe is a fire, a flood or an illness ("firefighters battling a wildfire",
    "died fighting the blaze", "battled cancer"): no one is attacked."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _FIGHTING:
        return False
    foes = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    foes += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children]
    return any(accident_noun(f) or _lemma(f) in {"cancer", "illness", "disease", "infection"} for f in foes)


@combine_passes.register("combine.accident_toll.v1")
def accident_toll(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Casualties of an accident or a disaster are no attack: "a stampede at the festival left 11 dead and 40
    injured", "a gas cylinder explosion injured 17", "nine were killed in a bus crash"; nor is fighting a fire
    or a disease ("three firefighters died battling a wildfire")."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _HARM_ROOTS or trig.means:
            continue
        if accidental(trig.token) or fights_nature(trig.token):
            trig.suppressed = True
            trig.notes.append("accident")


def _agents(tok: Token) -> list[Token]:
    """Who does the act of ``tok``: its subject, the agent of its passive, or what compounds its noun."""
    out = [c for c in tok.children if c.dep_ == "nsubj" or (c.dep_ in _MODIFIERS and tok.pos_ in NOUN_POS)]
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and tok.tag_ == "VBN"):
            out += [p for p in c.children if p.dep_ == "pobj"]
    if not out and tok.dep_ in {"relcl", "acl"} and tok.tag_ != "VBN":
        out.append(tok.head)
    return out


@combine_passes.register("combine.animal_agent.v1")
def animal_agent(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An animal that attacks, bites or kills is no party to a conflict: "a leopard attacked two villagers",
    "a farmer was mauled by a bear", "a shark attack"."""
    animals = words().animals
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _HARM_ROOTS:
            continue
        if any(_lemma(a) in animals for a in _agents(trig.token)):
            trig.suppressed = True
            trig.notes.append("animal")


def _ceremony_marks(tok: Token) -> set[str]:
    """Words around a march or procession that say what it is: its modifiers, its subject and theirs, the
    procession it walks in, and whose it is ("a procession of pilgrims")."""
    found = _left_words(tok) | {_lemma(tok)}
    for c in tok.children:
        if c.dep_ in _SUBJECTS:
            found |= {_lemma(c)} | _left_words(c)
        if c.dep_ == "prep" and c.lower_ in {"of", "in", "for"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    found |= {_lemma(p)} | _left_words(p)
    if tok.dep_ in {"dobj", "pobj"}:
        verb = governing_verb(tok)
        found |= {_lemma(c) for c in verb.children if c.dep_ in _SUBJECTS}
    return found


@combine_passes.register("combine.ceremony.v1")
def ceremony(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A funeral, religious or festive procession is no protest unless the sentence says it protests:
    "mourners joined the funeral procession", "pilgrims marched to the shrine" (a march "against" X stays)."""
    w = words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] != "14":
            continue
        if _lemma(tok) not in w.procession_words and tok.pos_ in NOUN_POS:
            continue
        if not _ceremony_marks(tok) & w.ceremony_words:
            continue
        if any(_lemma(t) in w.protest_words or t.lower_ in w.protest_words for t in tok.sent if t.i != tok.i):
            continue
        trig.suppressed = True
        trig.notes.append("ceremony")


def _has_time_or_place(tok: Token) -> bool:
    """The clause of ``tok`` says when or where ("battling the rebels near X on Monday")."""
    for t in tok.subtree:
        if t.ent_type_ in {"DATE", "TIME"}:
            return True
        if t.ent_type_ in PLACE_ENTS and t.head.dep_ == "prep" and t.head.lower_ in LOCATION_PREPS:
            return True
    return False


@combine_passes.register("combine.describing_violence.v1")
def describing_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Whom a group fights, told in a gerund or present relative clause on it with no time or place, says
    what the group is: "a militia battling the jihadists", "a coalition that fights the rebels"."""
    lemmas = words().describing_violence
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] not in _HARM_ROOTS or _lemma(tok) not in lemmas:
            continue
        if tok.tag_ not in {"VBG", "VBZ", "VBP"} or tok.dep_ not in {"acl", "relcl"}:
            continue
        if tok.head.pos_ in NOUN_POS and not _has_time_or_place(tok):
            trig.suppressed = True
            trig.notes.append("description")


def _sequel_of(verb: Token) -> bool:
    """The clause only places the story after the event ("this comes after weeks of protests", "the vote
    follows the arrest of X"): the event is its point, no passing mention."""
    if _lemma(verb) in {"come", "follow"}:
        return True
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    vague = not subjects or all(c.lower_ in {"this", "that", "it", "which"} for c in subjects)
    return vague and _lemma(verb) in {"be", "happen", "occur"}


def _since_clause(tok: Token, code: str) -> bool:
    """``tok`` is an event noun after "since", "after" or "before" that is not the clause's point ("shortly
    after his release, ..."), in a "since" clause ("calmer since it was retaken in 2016"; violence only with
    a year), or in a present perfect relative clause of how long ("students who have protested since March")."""
    if tok.pos_ in NOUN_POS and tok.dep_ == "pobj" and tok.head.lower_ in words().passing_preps:
        # violence and protest after which a toll or a reaction is told are the news ("15 dead after ambush")
        # the clause's verb, not "following" itself ("stays vacant following the resignation of X")
        clause = tok.head.head if tok.head.dep_ == "prep" else tok.head
        return code[:2] not in _TOLD_ROOTS and not _sequel_of(governing_verb(clause))
    verb = governing_verb(tok)
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        # "closed since gunmen attacked it on Monday" may be the news; one dated years back is not
        return code[:2] not in _TOLD_ROOTS or any(_YEAR.match(t.text) and t.ent_type_ == "DATE" for t in verb.subtree)
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    return False


@combine_passes.register("combine.since_background.v1")
def since_background(triggers: list[Trigger], ctx: CombineContext) -> None:
    """What a state dates from is background, even alone: "the town has been calm since it was retaken from
    the rebels in 2016", "backing for the students who have protested since March"."""
    for trig in triggers:
        if not trig.suppressed and _since_clause(trig.token, trig.code):
            trig.suppressed = True
            trig.notes.append("background")


def _published(tok: Token) -> bool:
    """``tok`` releases a thing published, not a person: "released the emails", "the report released on
    Monday", "released them publicly"."""
    w = words()
    things = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        things.append(tok.head)
    if any(_lemma(t) in w.published_things or t.lower_ in w.published_things for t in things):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in w.publishing_adverbs for c in tok.children)


@combine_passes.register("combine.published_not_released.v1")
def published_not_released(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Releasing a report, a video or messages is publishing, no yielding (CAMEO 08): "the ministry released a
    video", "the newspaper released the leaked emails" ("released 12 hostages" stays)."""
    verbs = words().publishing_verbs
    for trig in triggers:
        if trig.suppressed or trig.code[:2] != "08" or _lemma(trig.token) not in verbs:
            continue
        if _published(trig.token):
            trig.suppressed = True
            trig.notes.append("publication")


def _power_given(tok: Token) -> bool:
    """``tok`` is what a power would allow ("would be able to detain", "would allow police to arrest",
    "the power to arrest"), under a modal or in the present."""
    head = tok.head
    if tok.dep_ not in {"xcomp", "acl", "ccomp"} or _lemma(head) not in words().power_words:
        return False
    chain = [head, head.head] if head.dep_ in {"acomp", "dobj", "attr"} else [head]
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for h in chain for c in h.children)
    return modal or any(h.tag_ in {"VBZ", "VBP"} for h in chain)


@combine_passes.register("combine.power_not_act.v1")
def power_not_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A coercive or violent act a law or a rule would allow is a power, not an act: "under the rules, police
    would be able to detain suspects", "the bill allows soldiers to search homes"."""
    for trig in triggers:
        if not trig.suppressed and trig.code[:2] in _HARM_ROOTS and _power_given(trig.token):
            trig.suppressed = True
            trig.notes.append("power")


def _in_name(tok: Token) -> bool:
    """``tok`` is a capitalised word inside a multi-word proper name ("the Popular Mobilisation Forces",
    "the Rapid Support Forces"), not the first word of its sentence."""
    if tok.tag_ not in {"NNP", "NNPS"} or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    return tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper()


@combine_passes.register("combine.name_word.v1")
def name_word(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A trigger word inside an organisation's name is no act: "a convoy of the Popular Mobilisation Forces"
    (no mobilisation), "leaders of the Peace and Reconciliation Council" (no peace made)."""
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "noun" and _in_name(trig.word or trig.token):
            trig.suppressed = True
            trig.notes.append("name")


@combine_passes.register("combine.crowd_damage.v1")
def crowd_damage(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Rioters or protesters who burn or wreck property riot (145, a violent demonstration), no coercion by
    an actor: "rioters set fire to a police station", "protesters torched shops"."""
    crowds = words().crowd_nouns
    for trig in triggers:
        if trig.suppressed or trig.code != "1712":
            continue
        subject = next((c for c in trig.token.children if c.dep_ == "nsubj"), None)
        if subject is not None and _lemma(subject) in crowds:
            trig.code = "145"
            trig.notes.append("crowd")


def _abstract_object(tok: Token) -> bool:
    """The object of ``tok`` is a thing, not people or a force: "fight inflation", "combat corruption"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.pos_ != "NOUN" or obj.ent_type_ or any(c.dep_ == "poss" for c in obj.children):
        return False
    low = _lemma(obj)
    people = lexicon.person_nouns() | lexicon.word_set(lexicon.load("collective_nouns")["nouns"])
    return low not in people and obj.lower_ not in people and not low.endswith(("ist", "ists", "er", "ers"))


@combine_passes.register("combine.figurative_complement.v1")
def figurative_complement(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A vow or threat to fight a thing is no threat of force: "vowed to fight inflation", "pledged to battle
    the drug trade" ("vowed to fight the army" stays a threat)."""
    rule = ctx.config.verbal_violence or {}
    untargeted = rule.get("untargeted", frozenset())
    for trig in triggers:
        if trig.suppressed or trig.code[:2] != "13":
            continue
        for inner in trig.absorbed:
            if _lemma(inner.token) in untargeted and _abstract_object(inner.token):
                trig.suppressed = True
                trig.notes.append("figurative")
                break


@combine_passes.register("combine.bare_participle.v1")
def bare_participle(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A dictionary verb (PETRARCH2's, no frame matched) as a bare past participle on a noun describes it:
    "the airlines affected", "the districts influenced" (no one acting, no one named)."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.frame is not None or not trig.pattern.id.startswith("petrarch2:"):
            continue
        # nothing hangs on it: "coup removed X" (a misparse), "two injured in a blast" (a headline's verb)
        bare = not trig.means and not any(c.dep_ in {"agent", "dobj", "dative", "prep"} for c in tok.children)
        if tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"} and bare:
            trig.suppressed = True
            trig.notes.append("description")

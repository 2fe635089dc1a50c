"""Turn role tokens into participants: mentions, conjuncts, quote speakers, reporters, nominal sources."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..article import Article, Mention, Participant, Quote
from ..mentions import mention_at
from . import frames as fr
from .behind_doers import behind_doer, relative_doers
from .config import CoderConfig
from .constants import PERSONAL_PRONOUNS, PRONOUN_VIA, SKIP_DEPS_IN_PHRASE, VIOLENT_ROOTS, Token
from .force_agents import force_agent_modifiers
from .model import Pattern
from .occurrence import happening_between
from .phrase_targets import conjoined_owners
from .plural_anaphors import listed_antecedents
from .triggers import is_light_verb, speech_verbs


@dataclass
class Slot:
    """A resolved role: the participant record, the mention it came from, and how sure we are."""

    participant: Participant
    mention: Mention | None
    pronoun: bool = False
    head: int | None = None  # the head token of a participant no mention stands for (span_slots)


def _phrase_tokens(tok: Token) -> list[Token]:
    """The token and its noun-phrase dependents (possessors, compounds, "of" phrases, appositions last)."""
    out: list[Token] = [tok]
    stack = [c for c in tok.children if c.dep_ not in SKIP_DEPS_IN_PHRASE]
    while stack:
        c = stack.pop(0)
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ not in SKIP_DEPS_IN_PHRASE)
    out.extend(c for c in tok.children if c.dep_ == "appos")
    return out


def _past_dateline(tok: Token, sent_mentions: list[Mention]) -> Token:
    """The apposition after a dateline place that ``tok`` heads, else ``tok``."""
    if not any(m.via == "dateline" and m.start <= tok.idx < m.end for m in sent_mentions):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), tok)


def mention_for(
    article: Article, tok: Token, sent_mentions: list[Mention], config: CoderConfig | None = None
) -> Mention | None:
    """The actor mention a role token stands for: its own, an apposition's, or one inside its phrase.

    An event noun as subject ("the assassination of X contributed to …") stands for no actor: X is its
    victim, not the agent of the verb. A dateline place the parser made the subject stands for the actor it
    hangs in apposition ("Kuala Lumpur — Foreign ministers of ASEAN signed ...": the ministers).
    """
    tok = _past_dateline(tok, sent_mentions)
    for m in sent_mentions:
        if m.head == tok.i:
            return m
    at = mention_at(article, tok.idx, tok.idx + len(tok.text))
    if at is not None:
        return at
    if config is not None and tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in config.event_nouns:
        return None  # as a subject the event noun is no agent; as an object "the killing of X" still points to X
    inside = [m for t in _phrase_tokens(tok)[1:] for m in sent_mentions if m.head == t.i or (m.start <= t.idx < m.end)]
    # "his Ugandan counterpart": the named nationality, not the possessive pronoun (the pronoun's owner)
    return next((m for m in inside if m.kind != "pronoun"), inside[0] if inside else None)


def slots(
    article: Article, toks: list[Token], sent_mentions: list[Mention], quote: Quote | None, config: CoderConfig
) -> list[Slot]:
    """Resolve role tokens (and their conjuncts) to participants; non-actors are dropped."""
    out: list[Slot] = []
    seen: set[Any] = set()
    for base in toks:
        group = fr.with_conjuncts(base)
        if len(group) > 1 and not fr.coordinated(base):
            named = [
                t for t in group if getattr(mention_for(article, t, sent_mentions, config), "kind", None) == "name"
            ]
            group = named[:1] or group[:1]
        group = group + [
            t for t in conjoined_owners(base, sent_mentions, config.conjoined_modifier_actors) if t not in group
        ]
        for tok in group:
            m = mention_for(article, tok, sent_mentions, config)
            if m is None or m.actor is None or not m.actor.country:
                listed = listed_antecedents(article, tok)  # "the three countries": each listed country
                if listed:
                    out.extend(Slot(p, None, pronoun=True) for p in listed if (p.actor_id or p.country) not in seen)
                    seen.update(p.actor_id or p.country for p in listed)
                    continue
            slot: Slot | None = None
            if (
                quote is not None
                and quote.speaker is not None
                and tok.lower_ in config.speaker_pronouns
                and (m is None or m.actor is None or m.via in PRONOUN_VIA)
            ):
                slot = Slot(quote.speaker, None, pronoun=False)
            elif m is not None and m.actor is not None and (m.kind != "place" or m.actor.country or m.actor.actor_id):
                slot = Slot(Participant.from_mention(m), m, pronoun=m.kind == "pronoun" or (m.via in PRONOUN_VIA))
            elif m is not None and m.kind != "place":
                slot = Slot(Participant(m.text, m.start, m.end), m, pronoun=m.kind == "pronoun")
            elif tok.lower_ in PERSONAL_PRONOUNS:
                slot = Slot(Participant(tok.text, tok.idx, tok.idx + len(tok.text)), None, pronoun=True)
            if slot is None:
                continue
            p = slot.participant
            keys = {(p.start, p.end)} | ({p.actor_id or p.name} if (p.actor_id or p.name) else set())
            if not keys & seen:
                seen.update(keys)
                out.extend(_each_code(slot))
    return out


def people_noun(tok: Token, config: CoderConfig) -> bool:
    """Does a noun name people by its form ("shopkeepers", "students", "activists", "thousands of X")?
    ``span_source_people`` gives the person endings, the group nouns and the number nouns."""
    words = config.span_source_people
    lemma = tok.lemma_.lower()
    if lemma in words.get("not_people", ()) or tok.lower_ in words.get("not_people", ()):
        return False
    if lemma.endswith(tuple(words.get("thing_heads", ()))):  # "floodwaters", "headquarters": things
        return False
    if lemma in words.get("nouns", ()):
        return True
    if lemma in words.get("numbers", ()):
        inner = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in fr.children(p, {"pobj"})]
        return not inner or people_noun(inner[0], config)
    return len(lemma) > 4 and lemma.endswith(tuple(words.get("endings", ())))


def _vehicles(tok: Token, config: CoderConfig) -> bool:
    """A noun phrase of protesters' vehicles ("tractors", "hundreds of tractors", "a convoy of lorries")."""
    vehicles = config.span_source_people.get("vehicles", frozenset())
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in vehicles or tok.lower_ in vehicles:
        return True
    counted = tok.lemma_.lower() in config.span_source_people.get("numbers", frozenset())
    inner = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in fr.children(p, {"pobj"})]
    return counted and any(o.lemma_.lower() in vehicles or o.lower_ in vehicles for o in inner)


def span_slots(
    toks: list[Token], sent_mentions: list[Mention], config: CoderConfig, crowds: bool = False, names: bool = False
) -> list[Slot]:
    """Role tokens that no actor stands for, as participants of their own text: "shopkeepers" in
    "shopkeepers staged a demonstration" (a noun phrase that names people; not a place or a pronoun).
    With ``crowds``, only crowd nouns ("an angry crowd set fire to a bank"); with ``names``, also a proper
    name no mention covers ("Ridley condemned the riots": a speaker the actor base lacks)."""
    out: list[Slot] = []
    crowd_nouns = config.span_source_people.get("crowds", frozenset())
    for base in toks:
        for tok in fr.with_conjuncts(base):
            counted = tok.lemma_.lower() in config.span_source_people.get("numbers", frozenset())  # "thousands"
            named = (
                names
                and tok.pos_ == "PROPN"
                and (tok.ent_type_ in _NAMED_ENTS or not tok.ent_type_ and tok.dep_ == "nsubj")
            )
            driven = not (crowds or names) and _vehicles(tok, config)  # "hundreds of tractors blocked the road"
            if (
                not named
                and not driven
                and (
                    tok.pos_ != "NOUN"
                    or (tok.ent_type_ in _NOT_PEOPLE_ENTS and not counted)
                    or not people_noun(tok, config)
                )
            ):
                continue
            if crowds and tok.lemma_.lower() not in crowd_nouns:
                continue
            if any(m.kind == "place" and m.start <= tok.idx < m.end for m in sent_mentions):
                continue
            if named:  # the name itself, not what a relative clause says of it
                first = min([c.i for c in tok.children if c.dep_ in {"compound", "flat"} and c.i < tok.i] + [tok.i])
                phrase = tok.doc[first : tok.i + 1]
                out.append(Slot(Participant(phrase.text, phrase.start_char, phrase.end_char), None, head=tok.i))
                continue
            words = [t for t in tok.subtree if t.i <= tok.i or t.dep_ == "prep" and t.lower_ == "of"]
            first = min(t.i for t in words)
            last = max(max(t.i for t in x.subtree) if x.dep_ == "prep" else x.i for x in words)
            phrase = tok.doc[first : last + 1]
            if phrase[0].dep_ == "det":
                phrase = phrase[1:]
            out.append(Slot(Participant(phrase.text, phrase.start_char, phrase.end_char), None, head=tok.i))
    return out


#: Named-entity types that are no group of people ("Peshawar staged ..." is a place; "Monday" a date).
_NAMED_ENTS = frozenset({"PERSON", "ORG"})  # a name no actor stands for that may still speak
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})


def code_key(slot: Slot | None) -> Any:
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


def reporter(
    article: Article, tok: Token, slot: Slot, sent_mentions: list[Mention], quote: Quote | None, config: CoderConfig
) -> list[Slot]:
    """An unresolved "we"/"they" subject of reported speech ("X explained that they contacted Y") is X."""
    if slot.participant.text.lower() not in config.reported_pronouns:
        return []
    cur = tok
    while cur.dep_ in {"conj", "xcomp"} and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in speech_verbs():
        return []
    speaker = fr.subject(cur.head)
    if speaker is None:
        return []
    found = [s for s in slots(article, [speaker], sent_mentions, quote, config) if s.participant.name]
    for s in found:
        s.pronoun = True  # still a guess: keep the pronoun's lower confidence
    return found[:1]


def report_source(
    article: Article, tok: Token, sent_mentions: list[Mention], config: CoderConfig
) -> Participant | None:
    """Who reports the event outside a quote: the subject of a governing speech verb ("officials said
    the army killed ..."), or X of "according to X" on the clause."""
    cur = tok
    for _ in range(6):
        for p in fr.children(cur, {"prep"}):
            if p.lower_ == "according":
                objs = [o for t in fr.children(p, {"prep"}) if t.lower_ == "to" for o in fr.children(t, {"pobj"})]
                found = [x for x in slots(article, objs, sent_mentions, None, config) if x.participant.name]
                if found:
                    return found[0].participant
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in speech_verbs():
            speaker = fr.subject(cur.head)
            found = [
                x
                for x in slots(article, [speaker] if speaker is not None else [], sent_mentions, None, config)
                if x.participant.name
            ]
            return found[0].participant if found else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_MEASURE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _weapon_owners(tok: Token) -> list[Token]:
    """The name that owns a compounded weapon of an event noun ("an RSF drone strike", "an ENDF artillery barrage":
    the RSF's, the ENDF's); a place there says where ("a Kharkiv drone strike"), no one's."""
    return [
        d
        for c in tok.children
        if c.dep_ == "compound" and c.pos_ == "NOUN"
        for d in c.children
        if d.dep_ in {"compound", "nmod"} and d.pos_ == "PROPN" and d.ent_type_ not in _PLACE_ENTS | _MEASURE_ENTS
    ]


def nominal_source_tokens(tok: Token, pattern: Pattern, config: CoderConfig) -> tuple[list[Token], list[Token]]:
    """Source and target tokens of a nominal trigger: possessor, by/of phrases, between, light verbs."""
    source: list[Token] = []
    target: list[Token] = []
    poss = fr.children(tok, {"poss"})
    if poss:  # "X's arrest": X is held; "X's arrest of Y": X holds Y (an "of" object takes the patient's place)
        maker = pattern.poss == "source" or (
            pattern.poss == "target" and pattern.of == "target" and fr.prep_objects(tok, "of")
        )
        (source if maker else target).extend(poss)
    for role in pattern.source:
        if not source:
            source.extend(fr.prep_objects(tok, role[5:]) if role.startswith("prep:") else [])
    if not source and "prep:from" in pattern.source and tok.dep_ in {"dobj", "obj"}:
        # the parser may hang "from X" on the verb: "drew condemnation from X", "faced criticism from X"
        source.extend(
            o for p in fr.children(tok.head, {"prep"}) if p.lower_ == "from" for o in fr.children(p, {"pobj"})
        )
    if pattern.of != "none":
        (source if pattern.of == "source" else target).extend(fr.prep_objects(tok, "of"))
    between = fr.prep_objects(tok, "between") or happening_between(tok, config)
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
        mods = [  # "the Kurdish offensive", but not the duration of "a 48-hour strike"
            c
            for c in tok.children
            if c.dep_ in {"compound", "amod", "nmod"}
            and (c.pos_ == "PROPN" or c.ent_type_)
            and c.ent_type_ not in _MEASURE_ENTS
        ]
        source.extend(mods or _weapon_owners(tok) or force_agent_modifiers(tok))
    placed = source and all(c.ent_type_ in _PLACE_ENTS and c.dep_ == "compound" for c in source)
    if placed and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in config.responsibility:
        source = []  # "claimed responsibility for the Mogadishu attack": the place says where, the claimant who
    if not source:
        head = tok.head
        if tok.dep_ in {"dobj", "obj", "attr"} and is_light_verb(head, config):
            s = fr.subject(head)
            source.extend([s] if s is not None else [])
        elif tok.dep_ == "nsubjpass" and is_light_verb(head, config):
            source.extend(fr.role_tokens(head, "agent"))  # "a rally was held by traders": the traders'
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
            elif (doer := behind_doer(head, config.responsibility)) is not None:
                source.append(doer)  # "X was behind a bombing": X's
            elif head.lower_ == "in" and holder.lemma_.lower() in {"be", "remain", "stay"} and _peaceful(pattern):
                s = fr.subject(holder)  # "X is in talks with Y", "remained in negotiations": X's
                source.extend([s] if s is not None else [])
    if not source:
        # "the ambush, (reportedly) carried out by the ADF", "the attack, which was claimed by X": the agent
        # of a light verb that modifies the event noun
        for mod in tok.children:
            if mod.dep_ in {"acl", "relcl"} and is_light_verb(mod, config):
                source.extend(fr.role_tokens(mod, "agent"))
    return source, target


def means_agents(tok: Token, config: CoderConfig, fights: frozenset[int] = frozenset()) -> list[Token]:
    """Who acted, named inside the phrase that says how a violent verb was done: "three militants were killed
    in an operation by security forces" (security forces); the other side of a fight the victims died in
    ("two gunmen were killed in a clash with police": police), where ``fights`` holds that fight noun; else the
    one "behind" what the verb's relative clause tells of ("X was behind a car bomb that killed three": X)."""
    found: list[Token] = []
    for prep in fr.children(tok, {"prep"}):
        if prep.lower_ in config.means_preps - {"by"}:
            for noun in fr.children(prep, {"pobj"}):
                marks = {"by", "with"} if noun.i in fights else {"by"}
                for by in fr.children(noun, {"prep"}):
                    if by.lower_ in marks:
                        found += [o for o in fr.children(by, {"pobj"}) for o in [o, *o.conjuncts]]
                if not found:  # "killed in a police shootout": the force that fought it
                    found += force_agent_modifiers(noun)
    return found or relative_doers(tok, config.responsibility)  # "X was behind a bomb that killed three": X


def _peaceful(pattern: Pattern) -> bool:
    """A pattern whose code is no violence or protest ("in talks", not "in the attack")."""
    return bool(pattern.code) and str(pattern.code)[:2] not in VIOLENT_ROOTS

"""Claims, blame and suspicion of responsibility name the perpetrator of an attack.

"A bomb killed 12 people at a market. The TTP claimed responsibility for the attack." and "... Police said
the TTP was suspected to be behind the blast." make the TTP the source of the bombing, and so do "X claimed
it", "X said its fighters carried out the attack" (or "attacked the convoy", coding/said_acts.py), "officials blamed the attack on X", "X was blamed for
the bombing", "police suspected X of planting the device", "X was responsible". In the attack's own
sentence, the "by" agent of a doing verb names the doer: "a bomb planted by X exploded", "an attack that
police said was carried out by X". A claim replaces only a source that names no one ("gunmen", none); a
named group replaces a generic one too ("suspected jihadists"), never a state's forces. A claimant must be
a resolved actor; "X, which denied involvement" is none. The attack must be an earlier violent event of the
article, at most ``LOOKBACK`` sentences before the claim. Word lists: ``data/lexicon/perpetrators.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.kb import load_kb
from ..actors.redate import event_day
from ..article import Article, Event, Mention, Participant
from ..mentions import mentions_in
from . import frames as fr
from .affiliation import STATE_SECTORS, Words, group_of, is_specific, load_words, replaceable
from .claim_forms import hearsay, noun_forms, state_blamed
from .claimants import claimant as claimant_of
from .claimants import self_named
from .constants import NOUN_POS, VIOLENT_ROOTS, Token
from .group_names import incident_country
from .model import PatternSet
from .retold_doers import give_retold_doers
from .said_acts import own_act, said_act
from .toll_sources import inherit_toll_sources
from .triggers import match_trigger

LOOKBACK = 3  # sentences before the claim where the attack may be told
_REFERRING = frozenset({"it", "this", "that", "them", "these", "those"})  # "claimed it", "carried out this"


def attribute_claims(article: Article, events: list[Event], patterns: PatternSet) -> None:
    """Give the attacks that claims, blame or "by" agents refer to their doer as source (in place)."""
    doc = article.doc
    if doc is None:
        return
    words = load_words()
    inherit_toll_sources(article, events)  # "X carried out an ambush that killed five"
    unlisted: list[int | None] = []  # where the claimants the actor base lacks are named
    for event in events:  # "gunmen believed to belong to X": X
        if _violent_event(event) and not is_specific(event.source):
            group = _group_of_source(article, event, words)
            if group is not None:
                event.source = Participant.from_mention(group)
                if event.target is not None and event.target.start == group.start:
                    event.target = (
                        None  # "members of X kidnapped and killed ...": X, read as the one taken, is the doer
                    )
    for sent in article.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        told = {e.trigger.get("start"): e for e in events if e.sentence_index == sent.index and _violent_event(e)}
        for claimant, attack, anaphoric in _claims(span, patterns, words):
            mention = claimant_of(article, claimant, words)
            mention = _on_attack_day(mention, events, sent.index)
            if mention is None or not _attributor_ok(article, attack, claimant) or state_blamed(attack, mention, words):
                continue
            if own_act(attack, patterns, words) and mention.actor is not None and mention.actor.sector in STATE_SECTORS:
                continue  # "the army said its troops struck the hideout": the army's own act, no claim
            here = told.get(attack.idx) if anaphoric and attack.lemma_.lower() not in words.generic_attacks else None
            earlier = [
                e
                for e in _attacks_before(events, sent.index, attack.idx, mention)
                if here is None or _same_kind(e, here)
            ]
            _attribute(_attacks_of(events, sent.index, attack), earlier, mention)  # "carried out the airstrike"
            unlisted += [mention.start] if mention.actor is None else []
        for doer, noun in _agents(span, patterns, words):
            mention = claimant_of(article, doer, words)
            if mention is not None:
                _drop_weapon_sources(_attacks_of(events, sent.index, noun), noun)
                _attribute(
                    _attacks_of(events, sent.index, noun),
                    _attacks_before(events, sent.index, noun.idx, mention),
                    mention,
                )
    for event in events:  # "the X Commandos claimed it": a group the actor base lacks is of the incident's place
        src = event.source
        if _violent_event(event) and src is not None and src.start in unlisted and not src.country:
            country = incident_country(article, event.sentence_index, LOOKBACK)
            if country is not None:
                event.source = replace(src, country=country, country_basis="place")
    give_retold_doers(events)  # "A bomb exploded. Police blamed X. Three died.": the three killed by X


def _on_attack_day(mention: Mention | None, events: list[Event], sentence: int) -> Mention | None:
    """The claimant in the role it held on the day of the attack it is blamed for, when the text dates it:
    "02/14/2010: Militants torched a school in Swat. Local Taliban were suspected." blames the insurgent
    Taliban of 2010, not the government they became in 2021 (no state's bare blame). The attacks told before
    the claim date it: the claim's own "X claimed the hijacking" carries no date of its own."""
    if mention is None or mention.actor is None:
        return mention
    told = [e for e in events if _violent_event(e) and sentence - LOOKBACK <= e.sentence_index <= sentence]
    before = [e for e in told if e.sentence_index < sentence]  # "X claimed the hijacking" tells it again, undated
    days = [day for e in before or told for day in [event_day(e)] if day is not None]
    kb = load_kb()
    entry = kb.entries.get(mention.actor.actor_id or "")
    if not days or entry is None or not entry.roles:
        return mention
    return replace(mention, actor=entry.at(max(days), kb.sectors))


def _attribute(here: list[Event], earlier: list[Event], mention: Mention) -> None:
    """Make the claimant the source of the attack told here and of the earlier ones the claim points back
    to; an attack told again in the claim ("X claimed the attack") is no more confident than the first
    telling, which stays the story's main event (with its toll), and takes its place when it names none."""
    for event in here + earlier:
        _give(event, mention)
    if here and earlier:
        first = max(earlier, key=lambda e: e.confidence)
        for event in here:
            event.confidence = min(event.confidence, first.confidence)
            if first.location and (not event.location or event.location.get("from") != "text"):
                event.location = dict(first.location)  # the claimed attack took place where it was told


def claimed_attack(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` claims responsibility for the attack ``noun``: "X claimed responsibility for the
    bombing of a hotel" tells the bombing and who did it (an assault by X, not a statement about it);
    "accepted responsibility for the murder" stays an admission."""
    words = load_words()
    if verb.lemma_.lower() not in words.attack_claim_verbs or _negated(verb, words):
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in words.claim_nouns]
    return any(noun in (*fr.prep_objects(n, "for"), *fr.prep_objects(verb, "for")) for n in held)


def _same_kind(a: Event, b: Event) -> bool:
    """Two violent events of one kind (CAMEO code or ACLED sub-event type)."""
    sub_a, sub_b = (a.acled or {}).get("sub_event_type"), (b.acled or {}).get("sub_event_type")
    return (a.cameo or {}).get("code") == (b.cameo or {}).get("code") or (sub_a is not None and sub_a == sub_b)


def _drop_weapon_sources(events: list[Event], noun: Token) -> None:
    """The weapon a "by" agent sent is no doer of its own: "a drone launched by X struck a depot" is X's
    strike, though "a drone" alone stands as the source of "a drone struck a depot"."""
    for event in events:
        src = event.source
        if src is not None and src.start is not None and src.start <= noun.idx < (src.end or src.start + 1):
            event.source = None


def _give(event: Event, mention: Mention) -> None:
    """Make the claimant the event's source when it says more than the source the event has."""
    if replaceable(event.source, mention):
        event.source = Participant.from_mention(mention)


def _group_of_source(article: Article, event: Event, words: Words) -> Mention | None:
    """The group the event's unnamed source belongs to; with no source, the name its subject gives itself ("a
    cell calling itself X mailed a bomb"), the group its subject is tied to, or the group of the subject of a
    belief verb the parser hung the attack on ("gunmen thought to belong to X attacked": "attacked" under "thought")."""
    src, doc = event.source, article.doc
    if doc is None:
        return None
    if src is None:
        trigger = doc.char_span(event.trigger.get("start") or 0, event.trigger.get("end") or 0, "expand")
        verb = trigger.root if trigger is not None and len(trigger) else None
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        named_self = self_named(article, doer, words) if doer is not None else None
        if named_self is not None:  # "a cell calling itself X mailed a parcel bomb": X
            return named_self
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        group = next((g for c in subjects for g in [group_of(article, c, words)] if g is not None), None)
        if group is not None:  # "members of X's military wing shot dead ...", the name misparsed as a possessor
            return group
        if verb is None or verb.dep_ not in ("ccomp", "conj") or verb.head.lemma_.lower() not in words.belief_verbs:
            return None
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return group_of(article, subj, words) if subj is not None else None
    if src.start is None:
        return None
    span = doc.char_span(src.start, src.end or src.start + 1, alignment_mode="expand")
    return group_of(article, span.root, words) if span is not None and len(span) else None


def _claims(span: object, patterns: PatternSet, words: Words) -> list[tuple[Token, Token, bool]]:
    """(claimant, attack, anaphoric) triples of one sentence; the verb stands for the attack when the claim
    names none ("X claimed responsibility", "X was responsible"): the latest one told is meant.
    ``anaphoric``: the attack noun is the object of a doing verb ("X carried out the attack"), which points
    back only when the noun is no event of this sentence."""
    out: list[tuple[Token, Token, bool]] = []
    for tok in span:  # type: ignore[attr-defined]
        for who, verb, attacks in _claim_forms(tok, words) + said_act(tok, patterns, words):
            if who is None or _negated(verb, words) or hearsay(verb, words):
                continue
            anaphoric = _doing(verb, words) and verb.lemma_.lower() not in words.claim_verbs
            for attack in attacks:
                if attack is not verb and _other_attacks(attack, words):
                    continue  # "blamed for previous attacks", "a string of bombings": not this one
                if attack is verb or _attack_word(attack, patterns, words):
                    out.append((who, attack, anaphoric))
    return out


def _attack_word(tok: Token, patterns: PatternSet, words: Words) -> bool:
    """A word a claim can be about: "it", a violent noun, a doing verb, an attack noun of any kind
    ("claimed responsibility for the incident"), or the weapon a doing verb placed ("X admitted planting
    the device": the blast it set off)."""
    if tok.lower_ in _REFERRING or _violent(tok, patterns) or _doing(tok, words):
        return True
    if tok.lemma_.lower() in words.weapon_nouns and tok.dep_ in ("dobj", "obj") and _doing(tok.head, words):
        return True
    return tok.pos_ in NOUN_POS and tok.lemma_.lower() in words.generic_attacks


def _other_attacks(noun: Token, words: Words) -> bool:
    """Attacks other than the one told: "previous attacks", "a series of bombings"."""
    if any(c.lemma_.lower() in words.other_attacks for c in noun.children if c.dep_ in ("amod", "det", "nummod")):
        return True
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder is not None and holder.lemma_.lower() in words.other_attacks


def _attributor_ok(article: Article, attack: Token, claimant: Token) -> bool:
    """Blame or suspicion names the doer when the state, an untyped official or the attacked place's people say
    it ("residents blamed X"), or no one is named ("was blamed on X"); "a TV station's manager attributed the
    bombing to X" is a third party's accusation."""
    verb = claimant.head if claimant.dep_ in ("dobj", "nsubjpass") else attack.head
    while verb.dep_ in ("prep", "pobj", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in {*load_words().blame_attack, *load_words().blame_doer}:
        return True
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.lemma_.lower() in load_words().local_witnesses:  # "residents blamed X": they saw it
        return True
    doc = who.doc
    start, end = doc[who.left_edge.i].idx, doc[who.right_edge.i].idx + len(doc[who.right_edge.i].text)
    found = [m.actor.sector for m in mentions_in(article, start, end) if m.actor is not None and m.actor.sector]
    # "investigators", "officials", "police", "the interior ministry": the state; "the manager of X Media": not
    return not found or found[0] in STATE_SECTORS | {"IGO"}


def _claim_forms(tok: Token, words: Words) -> list[tuple[Token | None, Token, list[Token]]]:
    """The claim forms ``tok`` heads, as (claimant, verb, attacks) triples."""
    lemma = tok.lemma_.lower()
    more = noun_forms(tok, words)
    if more:
        return more
    if lemma in words.claim_nouns and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in words.claim_verbs:
        verb = tok.head
        attacks = fr.prep_objects(tok, "for") or fr.prep_objects(verb, "for") or [verb]
        return [(_subject(verb), verb, attacks)]
    if tok.lower_ == "behind" and tok.dep_ == "prep":
        return [(_subject(tok.head), tok.head, [c for c in tok.children if c.dep_ == "pobj"])]
    if lemma in words.responsible_words and tok.dep_ in ("acomp", "oprd", "ccomp", "xcomp"):
        verb = tok.head
        # "X is responsible", "police held X responsible", "X was believed responsible" (the passive's subject)
        who = _subject(verb) if tok.dep_ == "acomp" else _first(verb, ("dobj",)) or _first(verb, ("nsubjpass",))
        return [(who, verb, fr.prep_objects(tok, "for") or [verb])]
    if lemma in words.suspicion_nouns and tok.dep_ in ("dobj", "obj"):  # "the blast bore the hallmarks of X"
        attack = _subject(tok.head)
        return [(o, tok.head, [attack]) for o in fr.prep_objects(tok, "of")] if attack is not None else []
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    relative = tok.head if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in NOUN_POS else None
    if _doing(tok, words) and not _first(tok, ("auxpass",)):
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj") and _referring(c)]
        if relative is not None and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "that") for c in tok.children
        ):
            objects += _noun_chain(relative)  # "the attack (on a base in X), which X claimed"
        return [(_subject(tok), tok, objects)] if objects else []
    out: list[tuple[Token | None, Token, list[Token]]] = []
    objs = [o for o in [_first(tok, ("dobj", "nsubjpass"))] if o is not None] or _noun_chain(relative)
    if lemma in words.blame_attack and objs:  # "blamed the attack on X", "an attack blamed on X"
        out += [(o, tok, objs) for o in fr.prep_objects(tok, words.blame_attack[lemma])]
    if lemma in words.blame_doer and objs:  # "blamed X for the attack", "X was suspected of planting the bomb"
        more = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c not in objs]  # "a group, the X Front,"
        doer = next((o for o in objs + more if o.pos_ == "PROPN"), objs[0])
        holders = [tok, *objs, *more]  # "suspected the X group of carrying out": "of" may hang on the object
        preps = [
            p
            for h in holders
            for p in h.children
            if p.dep_ == "prep"
            and p.lower_ in words.blame_doer[lemma]
            and not _in_name(p, h)
            and not (h is not tok and _name_part(p, h))
            and not _name_tail(p, doer)
        ]
        attacks = [c for p in preps for c in p.children if c.dep_ in ("pobj", "pcomp")]
        out += [(doer, tok, attacks)] if attacks else [(doer, tok, [tok])] if _bare(tok, words, doer) else []
    return out


def _name_tail(prep: Token, doer: Token) -> bool:
    """A preposition that goes on with the doer's proper name though the parser hung it on the verb: "sources
    suspected the Islamic State in the Greater Sahara" (a capitalised place or name at once after the doer)."""
    if prep.dep_ != "prep" or doer.pos_ != "PROPN" or prep.i != doer.right_edge.i + 1:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "PROPN" and o.text[:1].isupper() for o in objects)


def _name_part(prep: Token, holder: Token) -> bool:
    """A preposition of a name the doer heads: "the Cooperative for the Development of Congo was blamed"
    (a proper noun whose preposition takes capitalised proper nouns only), no act named."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return holder.pos_ == "PROPN" and bool(objects) and all(o.pos_ == "PROPN" and o.text[:1].isupper() for o in objects)


def _in_name(prep: Token, holder: Token) -> bool:
    """A preposition inside the name it hangs on ("the Islamic State of Iraq was suspected"), no act named."""
    return holder.ent_type_ != "" and prep.ent_type_ == holder.ent_type_ and prep.ent_iob_ == "I"


def _bare(verb: Token, words: Words, doer: Token | None = None) -> bool:
    """Blame or suspicion that names no act ("Hamas was suspected.", "officials blamed the ADF."): about the
    attack just told, when nothing else follows the verb (no clause, no "that", no reason; the rest of the
    doer's name is none)."""
    after = [c for c in verb.children if c.i > verb.i and not (doer is not None and _name_tail(c, doer))]
    return not any(
        c.dep_ in ("prep", "ccomp", "xcomp", "advcl", "mark", "dative") and not _conceded(c, words) for c in after
    )


def _conceded(clause: Token, words: Words) -> bool:
    """A clause that concedes ("..., although no group claimed responsibility"), which leaves the blame bare; a
    denial conceded ("X was blamed, though it denied it") leaves the blame in doubt."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() in words.deny_verbs:
        return False
    return any(c.dep_ == "mark" and c.lower_ in words.concessive_marks for c in clause.children)


def _noun_chain(noun: Token | None) -> list[Token]:
    """A noun a relative clause hangs on and the nouns it is the object of ("an attack on a base in Balad,
    which ...": Balad, base, attack); the caller keeps the attack."""
    out: list[Token] = []
    while noun is not None and noun.pos_ in NOUN_POS and len(out) < 4:
        out.append(noun)
        prep = noun.head if noun.dep_ == "pobj" else None
        noun = prep.head if prep is not None and prep.dep_ == "prep" and prep.head.i != prep.i else None
    return out


def _agents(span: object, patterns: PatternSet, words: Words) -> list[tuple[Token, Token]]:
    """(doer, attack or weapon noun) pairs of "by" agents of doing verbs: "a bomb planted by X", "the
    attack was carried out by X", "an attack that police said was carried out by X"."""
    out: list[tuple[Token, Token]] = []
    for tok in span:  # type: ignore[attr-defined]
        if tok.dep_ != "agent" or not _doing(tok.head, words) or _negated(tok.head, words):
            continue
        noun = _noun_of(tok.head)
        if noun is None or not (
            _violent(noun, patterns)
            or noun.lemma_.lower() in words.weapon_nouns
            or noun.lower_ in _REFERRING
            or (noun.pos_ in NOUN_POS and noun.lemma_.lower() in words.generic_attacks)  # "claimed by X"
        ):
            continue
        out.extend((doer, noun) for doer in tok.children if doer.dep_ == "pobj")
    return out


def _noun_of(verb: Token) -> Token | None:
    """The noun a participle or passive clause tells of: its passive subject, else the noun its
    ``acl``/``relcl`` hangs on (through a reporting verb: "an attack that police said was carried out")."""
    subj = _first(verb, ("nsubjpass",))
    if subj is not None and subj.lower_ not in ("that", "which", "who"):
        return subj
    tok = verb
    for _ in range(3):
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in NOUN_POS:
            return tok.head
        if tok.dep_ != "ccomp":
            return None
        tok = tok.head
    return None


def _attacks_of(events: list[Event], sentence: int, noun: Token) -> list[Event]:
    """Violent events of the sentence whose trigger is ``noun`` or governs it ("a bomb planted by X
    exploded": the explosion)."""
    heads = {noun.i, *(a.i for a in noun.ancestors)}
    doc = noun.doc
    out = []
    for e in events:
        start = e.trigger.get("start") if isinstance(e.trigger, dict) else None
        if e.sentence_index != sentence or start is None or not _violent_event(e):
            continue
        span = doc.char_span(start, e.trigger.get("end") or start + 1, alignment_mode="expand")
        if span is not None and len(span) and span.root.i in heads:
            out.append(e)
    return out


def _subject(verb: Token) -> Token | None:
    who = fr.subject(verb)
    if who is None and verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        who = fr.subject(verb.head)
    return who


def _first(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _negated(verb: Token, words: Words) -> bool:
    """A claim said not to be one: "did not claim", "denied carrying out the attack"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    tok = verb
    while tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in words.deny_verbs:
            return True
    return False


def _referring(tok: Token) -> bool:
    """An object that points back to a told attack: "it", "the attack", "this bombing"."""
    if tok.lower_ in _REFERRING:
        return True
    return tok.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _doing(tok: Token, words: Words) -> bool:
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return (f"{lemma} {particle}" if particle else lemma) in words.doing_verbs


def _violent(tok: Token, patterns: PatternSet) -> bool:
    if tok.pos_ not in NOUN_POS:
        return False
    trig = match_trigger(tok, patterns)
    return trig is not None and trig.code is not None and trig.code[:2] in VIOLENT_ROOTS - {"14"}


def _violent_event(e: Event) -> bool:
    return ((e.cameo or {}).get("root") or "") in VIOLENT_ROOTS - {"14"} and not getattr(e, "background", False)


def _attacks_before(events: list[Event], sentence: int, char: int, claimant: Mention | None = None) -> list[Event]:
    """The latest violent event before ``char`` (within ``LOOKBACK`` sentences) whose source names no one,
    with the unnamed ones of the sentences just before it that tell the same incident ("a bomb killed two;
    three were wounded. X claimed responsibility"); none when the latest has a named source. A state's
    forces' act is passed over when the claimant is no state ("the attackers were shot by police. X claimed
    the attack": X's attack is the one before)."""
    outsider = claimant is None or claimant.actor is None or claimant.actor.sector not in STATE_SECTORS
    told = []
    for e in events:
        start = e.trigger.get("start") if isinstance(e.trigger, dict) else None
        if start is None or start >= char or not sentence - LOOKBACK <= e.sentence_index <= sentence:
            continue
        if _violent_event(e):
            told.append((start, e))
    told.sort(key=lambda x: x[0], reverse=True)
    found: list[Event] = []
    for _, e in told:
        if not replaceable(e.source, None):
            if outsider and e.source is not None and e.source.sector in STATE_SECTORS:
                continue
            break  # an attack with its own maker: the claim is not about what came before it
        if found and found[-1].sentence_index - e.sentence_index > 1:
            break
        found.append(e)
    return found

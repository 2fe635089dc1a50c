"""Dependency-frame helpers: does a trigger's frame match, and which tokens fill its roles.

Everything here works on spaCy tokens only (no article, no mentions), so it can be tested on a parse.
Roles are named as in the pattern files: ``nsubj``, ``agent``, ``dobj``, ``nsubjpass``, ``dative``, ``held_of``,
``prep:<p>``, ``ccomp_subj``, ``xcomp_obj``, ``subj_owner``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .angry_crowds import named_word
from .carried_loads import object_words
from .chained_phrases import chained_phrase
from .conjoined_objects import frame_prep_objects, role_prep_fallback
from .controlled_subjects import controlled_subject
from .dated_complements import dated_infinitives
from .datelines import dateline_date
from .fronted_subjects import fronted_subject
from .model import Frame, Pattern
from .own_speakers import frame_subjects
from .tallied import tallied_after

Token = Any

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
# Dependencies through which a verb without its own subject takes its governor's subject.
_INHERIT_SUBJECT = frozenset({"xcomp", "advcl", "conj", "acomp", "pcomp", "ccomp"})
_OBJ_DEPS = frozenset({"dobj", "obj", "oprd", "attr"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_CURRENCY = frozenset(
    {"$", "€", "£", "¥", "usd", "dollar", "dollars", "euro", "euros", "rupee", "rupees", "pound", "pounds"}
)


def forms(tok: Token) -> set[str]:
    """The lowercased lemma and text of a token."""
    return {tok.lemma_.lower(), tok.lower_}


def phrase(tok: Token) -> str:
    """The token's head phrase in lowercase: compounds and modifiers before it, then the token."""
    words = [c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    return " ".join(words + [tok.lower_])


def word_matches(tok: Token, words: Iterable[str]) -> bool:
    """Does ``tok`` (by lemma, text or phrase) match one of ``words``? ``any`` matches any token and
    ``country-name`` a country's name ("suspended Madagascar"), whatever entity type the parser gave it, and
    ``place-name`` a named place ("captured Pinga"), ``angry-crowd`` a plural told as angry (see angry_crowds)."""
    words = tuple(words)
    if "any" in words or named_word(tok, phrase(tok), words):
        return True
    own, texts = forms(tok), (phrase(tok), chained_phrase(tok))  # "water purification equipment": see chained_phrases
    return any(w in own or (" " in w and any(t.endswith(w) for t in texts)) for w in words)


def with_conjuncts(tok: Token) -> list[Token]:
    """The token followed by the tokens conjoined with it ("Asif and the NSC"). In a list "A, the B, C
    and D" the parser may hang "the B" on A as an apposition and C, D on it: that is a list too."""
    out = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
    for ap in (c for c in tok.children if c.dep_ == "appos" and c.i > tok.i):
        chain = [ap, *[c for c in ap.conjuncts if c.i > ap.i]]
        if len(chain) > 1 and any(x.dep_ == "cc" for t in chain for x in t.children):
            out += chain
    return out


def coordinated(tok: Token) -> bool:
    """Is there a coordinator ("and", "or") in the token's conjunct chain? Without one, "the minister,
    Khawaja Asif," is an apposition that the parser took for a conjunction."""
    chain = with_conjuncts(tok)
    return any(c.dep_ in {"cc", "preconj"} for t in chain for c in t.children)


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    deps = set(deps)
    return [c for c in tok.children if c.dep_ in deps]


def objects(tok: Token) -> list[Token]:
    """Direct objects of a verb (the passive subject of a passive one)."""
    objs = children(tok, _OBJ_DEPS)
    return objs or children(tok, {"nsubjpass"})


def _reduced_passive_object(tok: Token) -> list[Token]:
    """The noun a headline's bare past participle modifies ("body found"), or the head of that noun's "of"
    phrase, since the parser hangs the participle on the nearest noun ("body of a trader found": body)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in {"NOUN", "PROPN"} or tok.head.i > tok.i:
        return []
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return [noun.head.head]
    return [noun]


# Nouns of a stretch of time or a run of acts whose "of" object is what happened in it: "died in two days of
#   fighting", "killed during hours of clashes", "wounded in a spate of attacks".
_SPAN_NOUNS = frozenset(
    {
        "day",
        "days",
        "night",
        "nights",
        "hour",
        "hours",
        "week",
        "weeks",
        "month",
        "months",
        "spate",
        "wave",
        "round",
        "series",
        "bout",
        "surge",
        "flare-up",
        "outbreak",
    }
)


def spanned(objs: list[Token]) -> list[Token]:
    """The "of" objects of span nouns among a preposition's objects ("in two days of fighting": fighting)."""
    return [
        o
        for x in objs
        if x.lower_ in _SPAN_NOUNS
        for p in children(x, {"prep"})
        if p.lower_ == "of"
        for o in children(p, {"pobj"})
    ]


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` attached to the token or to its direct object."""
    out: list[Token] = []
    objs = children(tok, _OBJ_DEPS)
    # "suspended part of its aid to X": the "of" object of an object may hold the preposition
    holders = [
        *[tok, *(a for a in children(tok, {"advmod"}) if a.lower_ == "away")],  # "broke away from X": on "away"
        *spanned([tok]),  # "two days of fighting between A and B": the fighting's phrases
        *objs,
        *[o for x in objs for p in children(x, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})],
    ]
    for holder in holders:
        for p in holder.children:
            if p.dep_ in {"prep", "agent", "dative", "prt"} and p.lower_ == prep:
                found = children(p, {"pobj", "pcomp"})
                out.extend(found)
                out.extend(spanned(found))
            if prep == "outside" and p.dep_ == "prep" and p.lower_ == "in":  # "in front of the ministry"
                fronts = [f for f in children(p, {"pobj"}) if f.lower_ == "front"]
                out.extend(
                    o for f in fronts for q in children(f, {"prep"}) if q.lower_ == "of" for o in children(q, {"pobj"})
                )
        if not out and holder is tok and prep in ("to", "for"):
            out.extend(c for c in holder.children if c.dep_ == "dative" and c.lower_ not in {"to", "for"})
    return out


def complements(tok: Token) -> list[Token]:
    """Complement verbs: "threatened to attack", "vowed not to allow", "demanded that they leave"."""
    comps = children(tok, _COMPLEMENT_DEPS) + (children(tok, {"acl"}) if tok.pos_ == "NOUN" else dated_infinitives(tok))
    for c in list(comps):
        if c.dep_ == "xcomp" and c.pos_ in {"AUX", "VERB"}:
            comps += children(c, _COMPLEMENT_DEPS)
    return comps


def subject(tok: Token, depth: int = 0) -> Token | None:
    """The active subject of a verb, inherited from its governor for xcomp/advcl/conj/acl/relcl."""
    if depth > 5:
        return None
    subj = children(tok, {"nsubj", "csubj", "expl"})
    if len(subj) > 1 and dateline_date(subj[0]):
        subj = subj[1:]  # "07/23/1999: ELN rebels kidnapped ...": the date before the colon is no subject
    if subj:
        # two subjects are one noun phrase the parser split ("Old rivals X and Y have ..."): its head is nearest the verb
        s = subj[-1] if len(subj) > 1 and subj[-1].i < tok.i and subj[-1].pos_ == "PROPN" else subj[0]
        if s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return tok.head
        return s
    if children(tok, {"nsubjpass"}) or _passive_complement(tok):
        return None
    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
        raised = children(tok.head, {"nsubjpass"})
        if raised and raised[0].lower_ not in RELATIVE_PRONOUNS:
            return raised[0]  # "X is expected / was forced to withdraw": X withdraws
    if tok.dep_ == "relcl":
        return tok.head
    if tok.dep_ in {"acl", "advcl"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.tag_ == "VBG":
        return tok.head  # an active participle on a noun: "the president, urging X to ...": the president urges
    if (
        tok.dep_ == "acl"
        and tok.head.dep_ == "ROOT"
        and tok.head.pos_ in {"NOUN", "PROPN"}
        and children(tok, {"dobj", "ccomp"})
    ):
        return tok.head  # no finite verb but this one, with its object or its reported clause: "JNIM militants
        #   killed 15 civilians", "The IAEA reported on Monday that Iran had ..."
    if _after_aside(tok):
        return tok.head  # "The minister, visiting X, called on Y": the parser hung the verb on its subject
    hung = _time_object_subject(tok) or fronted_subject(tok) or controlled_subject(tok)  # "prompted X to": X
    if hung is not None:
        return hung  # "..., a day after an attack on a post killed four": the attack, not the sentence's speaker
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        poss = children(tok.head, {"poss"})
        return poss[0] if poss else None
    if tok.dep_ in _INHERIT_SUBJECT and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.pos_ in {"VERB", "AUX"}:
            return None
        return subject(tok.head, depth + 1)
    return None


def _passive_complement(tok: Token) -> bool:
    """A passive participle the parser hung on "be" as its complement, with the by-phrase of who did it ("a girl
    was gang-raped by gunmen": "raped" acomp of "was"): the subject of "be" is the one acted on."""
    return (
        tok.dep_ == "acomp" and tok.tag_ == "VBN" and tok.head.lemma_.lower() == "be" and bool(children(tok, {"agent"}))
    )


_TIME_PREPS = frozenset({"after", "before", "since", "until"})


def _time_object_subject(tok: Token) -> Token | None:
    """The subject of a finite clause the parser read as the object of "after" / "before" ("the army said, a
    day after an attack on a checkpoint killed four soldiers": "attack" the object of "after", "killed" an
    adverbial clause of "said" with no subject of its own). The noun phrase must end right before the verb."""
    if tok.dep_ != "advcl" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPS and t.right_edge.i == tok.i - 1:
            return t
    return None


def _after_aside(tok: Token) -> bool:
    """A past-tense verb hung as ``acl`` on the sentence's root noun right after a comma that closes an
    aside on that noun ("The envoy, in Lima for talks, urged ..."): the noun is its subject."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(head.i < tok.i - 1 and before is not None and before.text == "," and before.head.i == head.i)


def role_tokens(tok: Token, role: str) -> list[Token]:
    """Tokens that fill ``role`` of a verb trigger (without conjuncts)."""
    if role == "nsubj":
        s = subject(tok)
        return [s] if s is not None else []
    if role == "subj_owner":  # "our thoughts are with X": the owner of the subject
        s = subject(tok)
        return children(s, {"poss"}) if s is not None else []
    if role == "agent":
        return [o for a in children(tok, {"agent"}) for o in children(a, {"pobj"})]
    if role == "dobj":
        return children(tok, _OBJ_DEPS - {"attr"})
    if role == "nsubjpass":
        subj = children(tok, {"nsubjpass"}) or (children(tok.head, {"nsubj"}) if _passive_complement(tok) else [])
        if subj and subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return [tok.head]  # "Lam, who is supported by Beijing"
        return subj
    if role == "dative":
        return [d for d in children(tok, {"dative", "iobj"}) if d.pos_ != "ADP"]
    if role == "held_of":  # "body of a trader found", "a trader's body found": the trader
        held = _reduced_passive_object(tok)
        of = [o for h in held for p in children(h, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
        return of or [o for h in held for o in children(h, {"poss"})]
    if role.startswith("prep:"):  # or "A and B near X", "drills in waters near X": X
        return prep_objects(tok, role[5:]) or role_prep_fallback(tok, role[5:])
    if role == "ccomp_subj":
        return [s for c in children(tok, {"ccomp", "xcomp"}) for s in children(c, {"nsubj"})]
    if role == "xcomp_obj":  # or the complement of its object: "reaffirmed its commitment to defend X": X
        out: list[Token] = []
        for c in complements(tok) or [a for o in children(tok, {"dobj"}) for a in children(o, {"acl"})]:
            out += children(c, {"dobj"}) or children(c, {"nsubj"})
        return out[:1]
    return []


def first_role(tok: Token, roles: Iterable[str]) -> tuple[str | None, list[Token]]:
    """The first role in ``roles`` that the trigger fills, and its tokens."""
    for role in roles:
        found = role_tokens(tok, role)
        if found:
            return role, found
    return None, []


def has_money(tok: Token) -> bool:
    """A MONEY entity or currency word among the trigger's objects."""
    for obj in objects(tok) + [o for p in children(tok, {"prep", "prt"}) for o in children(p, {"pobj"})]:
        for t in obj.subtree:
            if t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY or t.is_currency:
                return True
    return False


#: Entity types whose words are names, never the words of a ``text`` condition (a town called Tank).
_NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON"})


def _is_name(tok: Token) -> bool:
    """A place or person name, or a capitalised proper noun in a sentence that is not in title case. The case of a
    sentence is read on its common words when it has some: an incident note full of names ("near Tank (Tank,
    Khyber Pakhtunkhwa)") is no headline, and its Tank is the town."""
    if tok.ent_type_ in _NAME_ENTS:
        return True
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3 and t.i != tok.sent.start]
    words = [t for t in words if t.pos_ != "PROPN"] or words
    return sum(t.is_title for t in words) * 2 < len(words)


def negated_verb(tok: Token) -> bool:
    """Is the verb itself negated ("will not be tolerated", "never tolerated") or no longer done ("can no
    longer tolerate")?"""
    return any(
        c.dep_ == "neg" or c.lower_ == "never" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        for c in tok.children
        if c.dep_ in {"neg", "advmod"}
    )


def frame_matches(tok: Token, frame: Frame, containers: frozenset[str] = frozenset()) -> bool:
    """Do all the frame's conditions hold for trigger ``tok``? ``containers``: object heads that defer to
    the noun they are of ("tons of food")."""
    # a frame that asks for marks in the text also reads a headline's bare participle on its noun
    # ("the tortured body of a trader found": the body is what was found); others keep to the verb's objects
    held = objects(tok) or (_reduced_passive_object(tok) if frame.text is not None else [])
    if frame.dobj is not None and not any(
        word_matches(w, frame.dobj) for o in held for w in object_words(o, containers)
    ):
        return False
    for prep, words in frame.prep:
        objs = frame_prep_objects(prep_objects(tok, prep), tok, prep, words is not None)  # or "A and B near X": X
        if not objs or (
            words is not None and not any(word_matches(w, words) for o in objs for w in object_words(o, containers))
        ):  # "set fire to dozens of homes": the homes
            return False
    comps = complements(tok)
    if frame.xcomp is not None and not any(
        (forms(c) & set(frame.xcomp)) or ("any" in frame.xcomp and c.pos_ in {"VERB", "AUX"}) for c in comps
    ):
        return False
    if frame.negated_xcomp and not any(children(c, {"neg"}) for c in comps):
        return False
    if frame.negated and not negated_verb(tok):
        return False
    if frame.subj is not None and not any(
        word_matches(w, frame.subj) for s in frame_subjects(tok) for w in object_words(s, containers)
    ):
        return False
    if frame.xcomp_subject and not any(children(c, {"nsubj"}) for c in comps):
        return False
    if frame.comp_subj is not None and not any(
        word_matches(w, frame.comp_subj)
        for c in comps
        for s in children(c, {"nsubj"})
        for w in object_words(s, containers)
    ):
        return False
    if frame.text is not None:
        # a name is no word of the frame: "stormed a school in Tank" has no tank in it
        held = _reduced_passive_object(tok)  # "tortured body of X found": the body's words count
        words = held[0].subtree if held else tok.subtree
        text = " " + " ".join("_" if _is_name(t) else t.lower_ for t in words) + " "
        if not any(f" {p} " in text for p in frame.text):
            return False
    if frame.money and not has_money(tok):
        return False
    if frame.tallied and not tallied_after(tok):
        return False
    if (frame.before or frame.after or frame.mutual) and not petrarch_words_match(tok, frame):
        return False
    return True


def extras_match(tok: Token, pattern: Pattern) -> bool:
    """Are the other words of a multi-word pattern there ("call on", "air strike", "take into custody")?"""
    if not pattern.extra:
        return True
    doc = tok.doc
    if pattern.kind == "verb":
        # The particle is a dependent right after the verb or its object ("called on X", "took X into custody",
        # "set a fuel tanker ablaze"); the rest may be its own dependents.
        reach = max([tok.i + 4] + [o.right_edge.i + 2 for o in tok.children if o.dep_ == "dobj" and o.i > tok.i])
        first = [t for t in doc[tok.i + 1 : min(len(doc), reach)] if t.head.i == tok.i and t.lower_ == pattern.extra[0]]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            not first
            and nxt is not None
            and nxt.lower_ == pattern.extra[0]
            and nxt.dep_ == "quantmod"
            and any(a.i == tok.i for a in nxt.ancestors)
        ):
            first = [nxt]  # "handed over 300 kg": the parser read the particle as "more than"
        if (
            not first
            and nxt is not None
            and nxt.lower_ == pattern.extra[0]
            and nxt.dep_ == "mark"
            and nxt.head.head.i == tok.i
        ):
            first = [nxt]  # "called for the killing to be investigated": "for" marks the verb's clause
        if not first or any(o.ent_type_ in _TIME_ENTS for o in first[0].children if o.dep_ == "pobj"):
            return False  # "called on Monday" is no "call on"
        rest = {t.lower_ for t in first[0].subtree} | {t.lower_ for t in doc[tok.i + 1 : min(len(doc), tok.i + 6)]}
        return all(w in rest for w in pattern.extra[1:])
    else:
        window = doc[max(0, tok.i - len(pattern.extra) - 2) : tok.i]
        near = {t.lower_ for t in window} | {t.lemma_.lower() for t in window}
    return all(w in near for w in pattern.extra)


# PETRARCH2 word conditions of a converted pattern (coding/petrarch_frames.py writes them)
_WINDOW = 12  # how far (in tokens) before or after the trigger a pattern's words are looked for


def _word_at(tok: Any, alts: tuple[str, ...]) -> bool:
    """PETRARCH matches the words of a pattern as written (no plural of a singular)."""
    return tok.lower_ in alts


def _in_order(toks: list[Any], seq: tuple[tuple[str, ...], ...]) -> bool:
    """Do the words of ``seq`` occur in ``toks`` in this order (other words may come between)?
    A multi-word alternative ("diplomatic ties") must match consecutive tokens."""
    i = 0
    for alts in seq:
        while i < len(toks):
            hit = next((a for a in alts if _phrase_at(toks, i, a)), None)
            i += 1
            if hit is not None:
                i += len(hit.split()) - 1
                break
        else:
            return False
    return True


def _phrase_at(toks: list[Any], i: int, phrase: str) -> bool:
    words = phrase.split()
    return i + len(words) <= len(toks) and all(_word_at(toks[i + k], (w,)) for k, w in enumerate(words))


def _conjoined_subject(tok: Any) -> bool:
    subj = subject(tok)
    return subj is not None and len(with_conjuncts(subj)) > 1


def petrarch_words_match(tok: Any, frame: Any) -> bool:
    """A frame's PETRARCH word conditions: ``before`` words in order before the trigger (the closest
    last), ``after`` words in order after it, ``mutual``: the subject is conjoined."""
    sent = tok.sent
    if frame.mutual and not _conjoined_subject(tok):
        return False
    if frame.before:
        toks = [t for t in sent if tok.i - _WINDOW <= t.i < tok.i and not t.is_punct]
        if not _in_order(toks, frame.before):
            return False
    if frame.after:
        toks = [t for t in sent if tok.i < t.i <= tok.i + _WINDOW and not t.is_punct]
        if not _in_order(toks, frame.after):
            return False
    return True


# ----------------------------------------------------------------------------- whole patterns, with words


def governing_verb(tok: Token) -> Token:
    """The nearest verb at or above ``tok``, three steps up at most (itself, or the verb its noun hangs on):
    "left 11 dead and 40 injured": left."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur

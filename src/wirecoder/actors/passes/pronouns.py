"""Pronouns: he/she (the person last talked about), they (a group), it (a state or organisation that is
the subject of the clause), we (the speaker's side, inside a quote)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...article import Actor
from ...coding import lexicon
from ..coref import (
    FIRST_PERSON_SINGULAR,
    GROUP_PRONOUNS,
    IT_PRONOUNS,
    PERSON_PRONOUNS,
    SPEAKER_PRONOUNS,
    UNRESOLVED_PRONOUNS,
    Candidate,
    copy_actor,
    group_antecedent,
    person_antecedent,
    subject_of,
)
from ..sectors import sector_group, sector_named
from ..state import Found, ResolutionState
from ..syntax import speaker_verbs


def pronoun(s: ResolutionState, tok: Any) -> None:
    """The mention of the pronoun ``tok`` and, when a rule finds it, its antecedent's actor."""
    word = tok.lower_
    if word in IT_PRONOUNS:
        it = _participle_object(s, tok) or _it_antecedent(s, tok) or _opening_it(s, tok)
        if it is not None:  # an unresolved "it" is usually a thing: no mention at all
            g = s.add(tok.i, tok.i, "pronoun")
            g.derived, g.is_group = True, True
            g.mention.actor, g.mention.via = copy_actor(it.mention.actor), "coref"
        return
    if word not in PERSON_PRONOUNS | GROUP_PRONOUNS | SPEAKER_PRONOUNS:
        return
    kind_person = word in PERSON_PRONOUNS
    f = s.add(tok.i, tok.i, "pronoun")
    f.derived = True
    f.is_person, f.is_group = kind_person, not kind_person
    # "They [TTP]": the bracketed name says who
    doc = s.doc
    if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "[" and doc[tok.i + 3].text == "]":
        named = s.named_at(tok.i + 2)
        if named is not None and named.mention.actor is not None:
            f.mention.actor, f.mention.via = copy_actor(named.mention.actor), "bracket"
            f.derived = False
            named.consumed = False
            return
    actor = _antecedent_actor(s, f, tok, word, kind_person)
    if actor is not None:
        f.mention.actor, f.mention.via = copy_actor(actor), "coref"


def _antecedent_actor(s: ResolutionState, f: Found, tok: Any, word: str, kind_person: bool) -> Actor | None:
    cands = s.candidates_besides(f)
    if kind_person:
        ante = person_antecedent(f.mention, subject_of(tok) and tok.i == _sentence_first(s, tok), cands)
        return ante.mention.actor if ante else None
    if word in UNRESOLVED_PRONOUNS:
        return _fought_them(s, f, tok, cands)
    if word in GROUP_PRONOUNS:
        clause = _clause_subject(s, tok)
        if clause is not None:  # "the rebels lost their base": the subject of the pronoun's own clause
            return clause.mention.actor if clause.is_group and not clause.is_person else None
        plural = [c for c in cands if not _singular_nominal(s, c)]  # "the ministry" is "it", not "they"
        ante = group_antecedent(f.mention, plural, sector_group("not_they"))
        return ante.mention.actor if ante else None
    return _speaker_side(s, tok, cands, word in FIRST_PERSON_SINGULAR)


def _fought_them(s: ResolutionState, f: Found, tok: Any, cands: list[Candidate]) -> Actor | None:
    """The group an object "them" of a verb of force stands for ("Security forces battled them", "troops
    fired on them", "killed nine of them"; lexicon ``fought_them``): the group last told of, never one in the
    verb's own subject.
    None for any other "them" (as often things as actors)."""
    words = lexicon.load("fought_them")
    verb = tok.head
    share = verb.head if tok.dep_ == "pobj" and verb.lower_ in lexicon.word_set(words.get("partitive_preps")) else None
    if share is not None and share.like_num and share.dep_ in ("dobj", "obj") and share.i < verb.i:
        tok, verb = share, share.head  # "killed nine of them": the count's verb acts on them
        if verb.lemma_.lower() not in lexicon.word_set(words.get("object_verbs")):
            return None
        told = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if told or (verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")):
            return None  # "militants attacked a post and soldiers killed four of them": a doer of its own
    elif tok.dep_ == "pobj" and verb.lower_ in lexicon.word_set(words.get("preps")):
        verb = verb.head
        if verb.lemma_.lower() not in lexicon.word_set(words.get("prep_verbs")):
            return None
    elif tok.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in lexicon.word_set(words.get("object_verbs")):
        return None
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "surrounded the town and fought them": the subject of the first verb
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inside = range(subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else range(0)
    others = [c for c in cands if c.mention.head is None or c.mention.head not in inside]
    plural = [c for c in others if not _singular_nominal(s, c)]
    ante = group_antecedent(f.mention, plural, sector_group("not_they"))
    return ante.mention.actor if ante else None


def _singular_nominal(s: ResolutionState, c: Candidate) -> bool:
    """A described group whose noun is singular ("the foreign ministry", "the Interior Ministry")."""
    if c.mention.kind != "nominal" or c.mention.head is None:
        return False
    head = s.doc[c.mention.head]
    return head.tag_ in ("NN", "NNP") and not head.lower_.endswith("s")


def _it_antecedent(s: ResolutionState, tok: Any) -> Found | None:
    """ "Pakistan said it would respond", "the TTP denied its involvement": the state or organisation that
    is the (singular) subject of the pronoun's clause or of a clause above it; never a person, a place,
    a plural or another pronoun."""
    verb = tok.head if subject_of(tok) else tok
    for level in range(4):
        if subject_of(tok) and level == 0:
            if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
                return None  # "when it comes to": a dummy subject
            verb = verb.head
        else:
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is not None and subj.i != tok.i:
            found = s.with_head(subj.i) or s.named_at(subj.i)
            if (
                found is not None
                and found.mention.actor is not None
                and not found.is_person
                and found.mention.kind not in ("place", "pronoun", "demonym")
                and subj.tag_ not in ("NNS", "NNPS")
            ):
                return found
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _participle_object(s: ResolutionState, tok: Any) -> Found | None:
    """ "Sudan cut ties with the UAE, accusing it of arming the RSF": the object "it" of a participle hung on a
    clause is that clause's own object (the last state or organisation named in it after its verb), not its
    subject, who does the accusing."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    main = verb.head
    objects = [
        found for i in range(main.i + 1, verb.i) if (found := s.with_head(i)) is not None and s.doc[i].head.i != verb.i
    ]
    for found in reversed(objects):
        if found.mention.actor is not None and not found.is_person and found.mention.kind not in ("pronoun",):
            return None if s.doc[found.mention.head].tag_ in ("NNS", "NNPS") else found
    return None


def _opening_it(s: ResolutionState, tok: Any) -> Found | None:
    """ "The Israeli military said it had targeted depots. It accused the group of ...": a sentence-opening "It"
    that is the subject of the sentence's main verb (not one of a dummy "it", lexicon ``opening_it``) is the
    state or organisation that was the main subject of the sentence before; never a person, a place or a
    plural."""
    sent = tok.sent
    verb = sent.root
    if tok.i != sent.start or tok.dep_ != "nsubj" or tok.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in _dummy_verbs() or sent.start == 0:
        return None
    before = s.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS"):
        return None
    found = s.with_head(subject.i)
    if found is None or found.mention.actor is None or found.is_person:
        return None
    return None if found.mention.kind in ("place", "demonym") else found


@cache
def _dummy_verbs() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("opening_it").get("dummy_verbs"))


def _clause_subject(s: ResolutionState, tok: Any) -> Found | None:
    """For a non-subject pronoun, the mention that is the subject of its clause (if any)."""
    if subject_of(tok):
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == tok.i or subj.i > tok.i:
        return None
    found = s.with_head(subj.i) or s.named_at(subj.i)
    if found is None or found.mention.actor is None or found.mention.kind == "pronoun":
        return None
    return found


def _sentence_first(s: ResolutionState, tok: Any) -> int:
    first: int = tok.sent.start
    while first < tok.i and (s.doc[first].is_punct or s.doc[first].is_space):
        first += 1
    return first


def _speaker_side(s: ResolutionState, tok: Any, cands: list[Candidate], myself: bool = False) -> Actor | None:
    """We/our inside a quote: the speaker's country government or organisation, when the speaker is known;
    I/my (``myself``): the speaking person."""
    if tok.i not in s.quote_tokens:
        return None
    speaker = None
    verbs = speaker_verbs()
    for t in tok.sent:
        if t.i in s.quote_tokens or t.lemma_ not in verbs:
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i not in s.quote_tokens), None)
        if subj is not None:
            speaker = s.with_head(subj.i) or s.named_at(subj.i)
    if speaker is None and myself:  # 'X gave his account on Twitter: "I offered ..."': the clause's subject
        subj = next((c for c in tok.sent if c.dep_ == "nsubj" and c.i not in s.quote_tokens), None)
        speaker = (s.with_head(subj.i) or s.named_at(subj.i)) if subj is not None else None
    if speaker is None or speaker.mention.actor is None:
        return None
    a = speaker.mention.actor
    if myself:
        return a if speaker.is_person or speaker.label == "PERSON" else None
    if speaker.is_person:
        if a.country and a.sector in sector_group("speaks_for_state"):
            return s.country_actor(a.country, sector_named("government"))
        return None
    return a

"""Plain statements as events, and which of a sentence's events is its main one.

"X said (that) Y ..." where the sentence has no other event is the statement (CAMEO 010).

A reporting verb is no event of its own: "police said gunmen killed three" is the killing, reported by the
police. Where the reported words are no event but speak of another actor ("the French president said
Germany was an indispensable partner"), the statement is the sentence's act, as CAMEO codes it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from . import frames as fr
from .alleged import ACCUSATION, according_to, alleged, alleged_words, quoted_speaker
from .belief_clauses import believed_clause
from .config import CoderConfig
from .election_results import election_result
from .judged_acts import JUDGED_ACT, judged_act
from .lexicon import load, person_nouns, word_set
from .model import Pattern
from .own_statements import OWN_STATEMENT, named_speaker, own_statement, own_statement_words
from .reported_judgements import unjudged
from .roles import span_slots
from .sports_speakers import harmed, speaking
from .triggers import Trigger

#: The pattern id of a statement coded for want of any other event in its sentence.
STATEMENT = "statement-clause"

#: The statements coded though their codes are otherwise suppressed (config ``suppress_codes``).
SPOKEN = frozenset({STATEMENT, OWN_STATEMENT})

#: The ``via`` of "the country" read as the reporting official's own state (actors/passes/nominals.py): a
#: statement about it is about the speaker's side, no other actor.
SPEAKER_STATE = "speaker-state"

#: Patterns whose event needs a named speaker speaking of another named actor (:func:`other_actor`).
SPOKEN_OF = frozenset({STATEMENT, ACCUSATION})
_PEOPLE = frozenset({"people", "person", "persons"})
_QUOTE_MARKS = frozenset('"“”«»')


def statement_triggers(span: Any, config: CoderConfig) -> list[Trigger]:
    """The reporting verbs (``statement_verbs``) of a sentence with a reported clause about a noun phrase,
    aimed at the clause's subject, else its object; none in a sentence that quotes (a quote's words are
    coded for what they do, not as a statement). A clause that alleges a wrongdoing or denies the speaker's
    role (coding/alleged.py) is that accusation or denial, quoted or not, before or after its verb."""
    if not config.statement_code:
        return []
    quoted = any(ch in _QUOTE_MARKS for ch in span.text)
    out: list[Trigger] = []
    for tok in span:
        by = according_to(tok)
        if by is not None:  # "according to X, Y had violated the truce": X's accusation
            claim = alleged(tok.head, config.event_nouns)
            if claim is not None and claim[2] is not None:
                out.append(_alleging(tok, claim, source=by))
            continue
        claiming = tok.lemma_.lower() in alleged_words().claim_verbs  # "X claimed Y had rigged the count"
        if tok.pos_ not in {"VERB", "AUX"} or not (claiming or tok.lemma_.lower() in config.statement_verbs):
            continue
        quoter = quoted_speaker(tok)  # "quoted the chief as saying ...": the chief speaks
        if (fr.subject(tok) is None and quoter is None) or any(c.dep_ == "neg" for c in tok.children):
            continue
        if speaking(tok) and not harmed(tok):
            continue  # "supporters of the club said the owners had betrayed them": sports talk
        said = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
        if said is None:
            continue
        claim = alleged(said, config.event_nouns)
        if claim is not None:
            if claim[0] == ACCUSATION and claim[2] is None:  # '"They lied," X said of the army': the army
                claim = (claim[0], claim[1], _spoken_about(tok))
            out.append(_alleging(tok, claim, source=quoter))
            continue
        judged = judged_act(said, config.event_nouns)
        if judged is not None and quoter is None:  # "X said the attack was a deliberate attempt to ...": X criticizes
            pattern = Pattern(
                id=JUDGED_ACT, kind="verb", head=tok.lemma_.lower(), extra=(), code=judged[0], origin="wirecoder"
            )
            out.append(Trigger(tok, pattern, None, judged[0], None, target_from=judged[1]))
            continue
        if quoter is not None:
            continue  # a statement needs its own speaker here
        if quoted or said.i < tok.i or claiming:
            continue  # "Y ..., an official said": the reporter's attribution of the sentence, no act of its own
        if election_result(said):
            continue  # "the commission said X had won 54 percent": a result reported, no act
        if _reported_speech(said, config):
            continue  # "the Kremlin said Putin had told Erdogan ...": the reported speaker's words are the act
        addressee = _addressee(tok)  # "told Erdogan that Russia was ready": words to Erdogan
        about = [addressee] if addressee is not None else []
        about = about or [t for t in fr.children(said, {"nsubj", "nsubjpass"}) or fr.objects(said) if _spoken_of(t)]
        believed = None if about else believed_clause(said)  # "said he hoped Rwanda would ...": about Rwanda
        if believed is not None:
            about = [t for t in fr.children(believed, {"nsubj", "nsubjpass"}) or fr.objects(believed) if _spoken_of(t)]
        code = config.statement_code
        if not about or tok.lemma_.lower() in own_statement_words().admission_verbs:
            own = own_statement(tok, said, code)  # "said it was monitoring ...", "acknowledged that ..."
            if own is not None:
                out.append(own)
                continue
        if not about:
            continue
        pattern = Pattern(id=STATEMENT, kind="verb", head=tok.lemma_.lower(), extra=(), code=code, origin="wirecoder")
        out.append(Trigger(tok, pattern, None, code, None, target_from=about[0]))
    return out


def _alleging(tok: Any, claim: tuple[str, str, Any], source: Any = None) -> Trigger:
    """The trigger of an accusation or denial read from a reported clause (coding/alleged.py)."""
    pid, code, accused = claim
    pattern = Pattern(id=pid, kind="verb", head=tok.lemma_.lower(), extra=(), code=code, origin="wirecoder")
    return Trigger(tok, pattern, None, code, None, target_from=accused, source_from=source)


@cache
def _audiences() -> frozenset[str]:
    return word_set(load("addressed_audiences")["audiences"])


def _addressee(tok: Any) -> Any:
    """The one a reporting verb speaks to, as its object ("told Erdogan that ...", "assured Kyiv that ..."):
    a noun phrase a statement can be about and no mere audience ("told reporters"), else None."""
    found = [
        t
        for t in fr.children(tok, {"dobj", "dative", "iobj"})
        if _spoken_of(t) and t.lemma_.lower() not in _audiences() and t.lower_ not in _audiences()
    ]
    return found[0] if found else None


def _reported_speech(said: Any, config: CoderConfig) -> bool:
    """Is the reported clause itself a report by a speaker of its own, with words of its own ("said Putin had
    told Erdogan that ...")?"""
    if said.lemma_.lower() not in config.statement_verbs or fr.subject(said) is None:
        return False
    return any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} for c in said.children)


def _spoken_of(tok: Any) -> bool:
    """A noun phrase a statement can be about: not a count of people ("police said two people died": a
    report of deaths, not words about anyone), nor what a pronoun owns ("Kenya said its troops would help":
    the speaker's own side, no other actor)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return False
    counted = any(c.dep_ == "nummod" for c in tok.children)
    people = _PEOPLE | person_nouns()
    return not (counted and (tok.lemma_.lower() in people or tok.lower_ in people))


def unnamed_accused(trig: Trigger) -> bool:
    """Is the verbal act an accusation whose accused the sentence does not name (a pronoun, an agentless
    passive: coding/alleged.py)? The GUIDE gives it no target."""
    return trig.pattern.id == ACCUSATION and trig.target_from is None


def _spoken_about(tok: Any) -> Any:
    """Y of "X said of Y" / "X said about Y" (a noun phrase on the reporting verb), else None."""
    for prep in fr.children(tok, {"prep"}):
        if prep.lower_ in {"of", "about"}:
            found = [o for o in fr.children(prep, {"pobj"}) if o.pos_ in {"NOUN", "PROPN"}]
            if found:
                return found[0]
    return None


def unspoken(trig: Trigger, sources: list[Any], targets: list[Any]) -> bool:
    """Is the verbal act no event: a statement or allegation with no named speaker on another named actor, or
    a judgement reported by an outlet, not judged by an actor (coding/reported_judgements.py)?"""
    if trig.pattern.id in {OWN_STATEMENT, JUDGED_ACT}:  # words of the speaker itself, or a judged act: named
        return not named_speaker(sources)
    if unnamed_accused(trig):  # '"They rigged it," X said': X accuses, if the text names X
        return not any(s.participant.name or _named_mention(s) for s in sources)  # no one the text names
    return (trig.pattern.id in SPOKEN_OF and not other_actor(sources, targets, trig.pattern.id)) or unjudged(
        trig, sources
    )


def other_actor(sources: list[Any], targets: list[Any], pattern_id: str = STATEMENT) -> bool:
    """Does a named speaker speak of another named actor ("the French president said Germany ...", "the
    opposition leader said the government ...")? Speakers without a name, pronouns, and words about the
    speaker itself are not statements event data records; an accusation may come from a pronoun that
    stands for a named speaker ('"Y violated the truce," he said').
    """
    if pattern_id == ACCUSATION:  # a wrongdoing alleged: told of anyone, by anyone the text names
        src = [s.participant for s in sources if s.participant.name or _named_mention(s)]
        tgt = [t.participant for t in targets if (t.participant.name or _named_mention(t)) and not t.pronoun]
    else:
        src = [s.participant for s in sources if s.participant.name and (pattern_id != STATEMENT or not s.pronoun)]
        tgt = [
            t.participant
            for t in targets
            if t.participant.name and not t.pronoun and getattr(t.mention, "via", None) != SPEAKER_STATE
        ]
    return any((a.actor_id or a.name or a.text) != (b.actor_id or b.name or b.text) for a in src for b in tgt)


def accused_span(trig: Trigger, mentions: list[Any], config: CoderConfig) -> list[Any]:
    """The accused of an alleged wrongdoing that no actor stands for, as its own text: "claimed the ruling
    coalition had rigged the count" (a noun that names people or a body, or a name)."""
    if trig.pattern.id != ACCUSATION or trig.target_from is None:
        return []
    return span_slots([trig.target_from], mentions, config, names=True)


def speaker_named(trig: Trigger, sources: list[Any], config: CoderConfig) -> bool:
    """A verbal act's source the actor base lacks, told by a name or a noun ("allegations made by the
    broadcaster NTV", "criticism from the interior minister"): enough for the act to be an event."""
    roots = alleged_words().named_speaker_roots & config.speaker_span_roots
    return trig.code[:2] in roots and any(_named_mention(s) and not s.pronoun for s in sources)


def unplaced_name(slot: Any, span: Any) -> bool:
    """A participant told by a name no actor stands for that the tagger reads as a person or a body (a speaker
    the actor base lacks, an outlet): it takes the country of its sentence's places or of the story, as a noun
    phrase of people does ("Cross-LoC" or a bare word does not)."""
    m = slot.mention
    if m is None or m.actor is not None or m.kind not in {"name", "acronym"} or slot.pronoun or m.head is None:
        return False
    return bool(m.via == "outlet" or span.doc[m.head].ent_type_ in {"PERSON", "ORG", "NORP"})


def _named_mention(slot: Any) -> bool:
    """A participant the actor base lacks, told by a name or a noun ("Odinga", "the ruling coalition")."""
    if slot.mention is None:
        return slot.head is not None  # a span the text names (roles.span_slots)
    return bool(slot.mention.kind in {"name", "nominal", "acronym"})

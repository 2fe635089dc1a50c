"""Event nouns told as happening: "protests continued across the country", "the shooting took place near a
school", "weeks of protests". Such a noun is an event even when no actor stands near it (the text says it
took place), as a held rally is; see ``occurrence_verbs`` in the coder config."""

from __future__ import annotations

from functools import cache

from .config import CoderConfig
from .constants import Token
from .lexicon import load, word_set
from .modality import forecast_clause
from .protest_riots import violence_at_protest

_SUBJECTS = {"nsubj", "nsubjpass"}
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "agent", "auxpass"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
VIOLENT = frozenset({"18", "19"})


def _first_conjunct(tok: Token) -> Token:
    """The first of conjoined nouns ("protests and riots continued": "protests" holds the verb)."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head
    return tok


def _occurrence_verb(verb: Token, config: CoderConfig) -> bool:
    """An aspect or occurrence verb ("continued", "erupted", "spread"; "took place", "broke out")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "protests could turn violent", "clashes may erupt": not told as happening
    if forecast_clause(verb):
        return False  # "analysts expect the fighting to intensify": a forecast
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "dobj", "obj", "acomp", "oprd"}}
    if words & figurative_objects():
        return False  # "the shooting hit the headlines"
    occurs = config.occurrence_verbs
    # the small model lemmatises some forms wrongly ("raged": "rag"), so the form itself may be listed
    return lemma in occurs or verb.lower_ in occurs or any(f"{lemma} {w}" in occurs for w in words)


def happening_verb(tok: Token, config: CoderConfig) -> Token | None:
    """The occurrence verb that tells the event noun ``tok``, its subject, as happening ("clashes broke out",
    "fighting erupted"), or None."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or not _occurrence_verb(verb, config):
        return None
    return verb


def happening_between(tok: Token, config: CoderConfig) -> list[Token]:
    """The sides of an event noun told as happening between them, the "between" phrase hung on its occurrence
    verb ("clashes erupted between police and protesters", "fighting broke out between two militias")."""
    verb = happening_verb(tok, config)
    if verb is None:
        return []
    return [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children if o.dep_ == "pobj"
    ]


@cache
def figurative_objects() -> frozenset[str]:
    """Objects that make "hit", "rock" or "grip" a figure of speech (lexicon aftermath, ``figurative_objects``)."""
    return word_set(load("aftermath").get("figurative_objects"))


def told_as_happening(tok: Token, config: CoderConfig, code: str) -> bool:
    """Whether the event noun ``tok`` (of CAMEO ``code``) is the subject of an occurrence verb or counted
    over a span of time ("two weeks of protests"), so that it took place whoever did it."""
    root = code[:2]
    if root not in config.occurrence_roots:
        return False
    if tok.lemma_.lower() in config.occurrence_spans:  # found on "weeks of protests"
        return _counted_span(tok, config)
    head = _first_conjunct(tok)
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in config.occurrence_report_verbs:
        # "heavy fighting was reported around X"; "no clashes were reported" and "fighting was reported to have
        #   stopped" (the report is of something else) tell none
        denied = any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in head.children)
        return not denied and not any(c.dep_ in {"xcomp", "ccomp"} for c in head.head.children)
    if head.dep_ in _SUBJECTS and head.head.pos_ in {"VERB", "AUX"}:
        # "the mall where the shooting happened" describes a place: no event of its own
        return head.head.dep_ != "relcl" and _occurrence_verb(head.head, config)
    if root == "14" and violence_at_protest(
        head
    ):  # "chaos broke out at an opposition rally", "violence marred the march"
        return True
    if head.dep_ in {"dobj", "obj"} and head.head.pos_ == "VERB":  # "X, Y report new border clashes"
        return head.head.lemma_.lower() in config.occurrence_report_verbs
    if head.dep_ == "pobj" and _casualty_phrase(head.head):
        return root in VIOLENT  # "ten deaths in border clashes", "toll rises to 19 in a market bombing"
    if told_as_cause(head, config, code):  # "a curfew was imposed after rioting", not "after the attack"
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        span = head.head.head
        return span.pos_ == "NOUN" and span.lemma_.lower() in config.occurrence_spans and _counted_span(span, config)
    return False


def told_as_cause(tok: Token, config: CoderConfig, code: str) -> bool:
    """Whether the event noun ``tok`` (of CAMEO ``code``) is told afresh as the cause of what followed ("a
    curfew was imposed after rioting", "shops stayed shut following riots"): it took place."""
    if not code.startswith(tuple(config.occurrence_cause_codes)) or tok.dep_ not in {"pobj", "pcomp"}:
        return False
    if tok.pos_ in {"VERB", "AUX"} and (tok.tag_ != "VBG" or any(c.dep_ in _ARGS for c in tok.children)):
        return False  # a bare gerund is the act's noun ("after rioting"); "after killing two men" is a clause
    return tok.head.lower_ in config.occurrence_cause_preps and _undetermined(tok)


def _undetermined(tok: Token) -> bool:
    """A noun told afresh: no definite or demonstrative determiner and no possessor ("after clashes", "after
    a riot", not "after the riots", "after their protest")."""
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in tok.children)


def _casualty_phrase(prep: Token) -> bool:
    """Is ``prep`` the "in" / "after" of a casualty count ("ten deaths in", "two dead after", "the toll rises
    to 19 in": the preposition on the count's word, or on the verb whose subject is the toll)?"""
    words = load("aftermath")
    if prep.lower_ not in word_set(words.get("casualty_preps")):
        return False
    heads = word_set(words.get("casualty_heads"))
    holder = prep.head
    if holder.lower_ in heads or holder.lemma_.lower() in heads:
        return True
    if holder.pos_ == "NUM" and holder.head.lower_ == "to":  # "rises to 19 in ..." read with "in" on the 19
        holder = holder.head.head
    subj = [c for c in holder.children if c.dep_ in _SUBJECTS]
    return holder.pos_ in {"VERB", "AUX"} and any(s.lemma_.lower() in heads for s in subj)


def _counted_span(span: Token, config: CoderConfig) -> bool:
    """A span of time with an "of" phrase that is no time frame of another act ("followed weeks of protests",
    not "for the first time in sixteen weeks of protests, police fired")."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in span.children):
        return False
    return not (span.dep_ == "pobj" and span.head.lower_ in config.occurrence_frame_preps)

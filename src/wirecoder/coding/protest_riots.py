"""Violence by unarmed people at a protest, or on one, is a violent demonstration: "youths threw petrol bombs
at police during a protest against power outages" and "activists of a student wing attacked a rally of a
rival students' group" are ACLED's Riots / Violent demonstration, not a mob's violence nor an attack on
civilians (but members of two communities pelting each other with stones during a procession fight one
another: a mob's violence, kept). The doers are people by their head noun (youths, students, activists, members), with no mark of
an armed side ("gang members", "armed supporters") and not resolved to one ("TTP members"); police or gunmen
firing on a rally are left as typed.

Words: ``data/lexicon/protest_riots.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article
from .lexicon import load, word_set

_VIOLENT = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
_ARMED = frozenset({"MIL", "REB", "INS", "SEP", "PMIL", "COP", "SPY", "UAF", "CRM", "MILGOV"})
_RETYPED = frozenset({("Riots", "Mob violence"), ("Violence against civilians", "Attack")})
# what a protest told as violent, or violence told at a protest, may have been typed as without its doers
_TOLD_VIOLENT = frozenset(
    {
        ("Protests", "Peaceful protest"),
        ("Battles", "Armed clash"),
        ("Riots", "Mob violence"),
        ("Violence against civilians", "Attack"),
    }
)


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("protest_riots")
    keys = ("protests", "preps", "doers", "armed_marks", "violence_nouns", "marring_verbs", "turning_verbs")
    return {key: word_set(data.get(key)) for key in (*keys, "turning_words", "degenerating_verbs")}


def _at_protest(verb: Any) -> bool:
    """The act's object is a protest, or a "during"/"at" on it names one."""
    w = _words()
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in w["protests"]:
            return True
        if child.dep_ == "prep" and child.lower_ in w["preps"]:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in w["protests"] for g in child.children):
                return True
    return False


def _unarmed_doers(verb: Any) -> bool:
    w = _words()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in w["doers"]:
        return False
    return not any(t.lemma_.lower() in w["armed_marks"] for t in subject.subtree)


def riots_at_protests(article: Article) -> None:
    """Retype an attack or a mob's violence done by unarmed people at or on a protest as a violent
    demonstration."""
    for event, verb in _unarmed_events(article, _RETYPED):  # "TTP members attacked a rally": an armed side's, kept
        if verb is None or verb.pos_ != "VERB" or not _at_protest(verb) or not _unarmed_doers(verb):
            continue
        if _on_each_other(verb):
            continue  # two sides fighting each other at a procession: a communal fight, kept as typed
        event.acled = dict(_VIOLENT)


def _on_each_other(verb: Any) -> bool:
    """The act's object is "each other" or "one another" (``reciprocals``)."""
    words = word_set(load("protest_riots").get("reciprocals"))
    objs = (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > verb.doc[c.i].sent.start)
    return any(f"{verb.doc[c.i - 1].lower_} {c.lower_}" in words for c in objs)


def _unarmed_events(article: Article, types: Any) -> list[tuple[Any, Any]]:
    """(event, its trigger token or None) for each event of one of the ACLED ``types`` whose source is no armed
    side."""
    doc = article.doc
    if doc is None:
        return []
    by_start = {t.idx: t for t in doc}
    found = []
    for event in article.events:
        acled = event.acled or {}
        if (acled.get("event_type"), acled.get("sub_event_type")) not in types:
            continue
        if event.source is not None and event.source.sector in _ARMED:
            continue
        start = (event.trigger or {}).get("start")
        found.append((event, by_start.get(int(start)) if start is not None else None))
    return found


def _violence_noun(tok: Any) -> bool:
    return tok.pos_ in {"NOUN", "PROPN", "VERB"} and (
        tok.lemma_.lower() in _words()["violence_nouns"] or tok.lower_ in _words()["violence_nouns"]
    )


def _protest_noun(tok: Any) -> bool:
    if tok.lower_ in {"in", "ins"} and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "sit":
        return True  # the tokenizer splits "sit-in": its head is "in"
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in _words()["protests"]


def _violent_protest_tokens(doc: Any) -> set[int]:
    """The protest nouns told as violent and the violence nouns told at a protest, by token index."""
    w = _words()
    out: set[int] = set()
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        at = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in w["preps"]
            for g in c.children
            if g.dep_ == "pobj"
        ]
        into = [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"
        ]
        marks = {c.lower_ for c in verb.children if c.dep_ in {"acomp", "oprd", "attr"}}
        violent_subj = [s for s in subjects if _violence_noun(s)]
        if violent_subj and any(_protest_noun(g) for g in at):  # "violence erupted during a demonstration"
            out.update(s.i for s in violent_subj)
            out.update(g.i for g in at if _protest_noun(g))
        if violent_subj and lemma in w["marring_verbs"]:  # "violence marred the march"
            out.update(o.i for o in _marred(verb) if _protest_noun(o))
        protest_subj = [s for s in subjects if _protest_noun(s)]
        if protest_subj and lemma in w["turning_verbs"] and marks & w["turning_words"]:  # "the protest turned violent"
            out.update(s.i for s in protest_subj)
        if protest_subj and lemma in w["degenerating_verbs"] and any(_violence_noun(g) for g in into):
            out.update(s.i for s in protest_subj)  # "the march degenerated into violence"
    return out


def violent_protests(article: Article) -> None:
    """Retype a protest told as violent, or violence told at a protest, with no armed side named, as a violent
    demonstration: "violence erupted during a demonstration", "the protest turned violent"."""
    doc = article.doc
    told = _violent_protest_tokens(doc) if doc is not None else set()
    if not told:
        return
    # "clashes between the army and rebels broke out at the rally": the armed sides' battle stays one
    for event, tok in _unarmed_events(article, _TOLD_VIOLENT):
        if tok is not None and tok.i in told:
            event.acled = dict(_VIOLENT)


def _marred(verb: Any) -> list[Any]:
    """The objects of a marring verb; the small model reads some as adverbial ("violence marred a march by
    X": "march" an npadvmod)."""
    return [c for c in verb.children if c.dep_ in {"dobj", "obj", "npadvmod"}]


def violence_at_protest(tok: Any) -> bool:
    """Is ``tok`` a protest noun that violence is told at ("chaos broke out at an opposition rally"), or that
    violence marred ("clashes marred the rally")? It took place, whoever held it (coding/occurrence.py)."""
    if not _protest_noun(tok):
        return False
    verb = tok.head
    if tok.dep_ in {"dobj", "obj", "npadvmod"} and verb.lemma_.lower() in _words()["marring_verbs"]:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return False  # "violence could mar the rally": not told as happening
        return tok in _marred(verb) and any(
            c.dep_ in {"nsubj", "nsubjpass"} and _violence_noun(c) for c in verb.children
        )
    if tok.dep_ != "pobj" or tok.head.lower_ not in _words()["preps"]:
        return False
    verb = tok.head.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _violence_noun(c) for c in verb.children)

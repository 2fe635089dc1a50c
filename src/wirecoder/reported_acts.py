"""An act told before "..., X said" read as a relative clause of its doer: in "Islamist militants killed 20 people in
a village, a local official said" the small parser makes "militants" a second subject of "said" and "killed" a
participle on it ("militants (who were) killed"), so the killing has no doer. When a speech verb has two subjects
and the first carries a past form with an object of its own right after it, that form is the reported act (a
complement of the speech verb) and the noun its subject, as the parser reads "Gunmen killed 20 people, a local
official said". And in "The rebels attacked the town, the army said, killing four soldiers" the parser hangs the
participle on "said", so the army kills: a trailing participle on a speech verb that reports an act told before it
is that act's, unless it is an act a speaker goes on to do ("..., the ministry said, urging calm"; lexicon
speaker_conjuncts). Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead


def reattach_reported_acts(doc: Any) -> Any:
    """``doc`` with each reported act misread as its doer's relative clause hung back on the speech verb, and
    each participle of the act hung on the speech verb hung on the act."""
    for sent in list(doc.sents):
        found = _misread(sent.root)
        if found is not None:
            noun, verb = found
            rehead(doc, {verb.i: sent.root.i, noun.i: verb.i}, {verb.i: "ccomp", noun.i: "nsubj"})
    moves = {}
    for tok in doc:
        for participle, act in _trailing_participles(tok):
            moves[participle.i] = act.i
    if moves:
        rehead(doc, moves)
    return doc


def _trailing_participles(said: Any) -> list[tuple[Any, Any]]:
    """(participle, the act it goes with) for each participle hung on ``said`` after it when ``said`` reports
    an act told before it: "The rebels attacked the town, the army said, killing four soldiers"."""
    from .coding.triggers import speech_verbs  # the coder's speech-verb lemmas (imported when first needed)
    from .speaker_conjuncts import speaker_acts

    if said.pos_ != "VERB" or said.lemma_.lower() not in speech_verbs():
        return []
    if said.dep_ == "parataxis" and said.head.i < said.i:  # "Rebels attacked X, the army said, killing ..."
        act = said.head
    else:  # "The rebels attacked X, the army said, ...", the act read as what "said" reports
        act = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i and c.pos_ == "VERB"), None)
    if act is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in act.children):
        return []
    found = []
    for c in said.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < said.i:
            continue
        lemma = c.lemma_.lower()
        if lemma in speech_verbs() or lemma in speaker_acts() or any(d.dep_ in {"nsubj", "mark"} for d in c.children):
            continue
        found.append((c, act))
    return found


def _misread(root: Any) -> tuple[Any, Any] | None:
    """(the doer, its act) of a speech verb with two subjects whose first carries the act, or None."""
    from .coding.triggers import speech_verbs  # the coder's speech-verb lemmas (imported when first needed)

    if root.lemma_.lower() not in speech_verbs() or root.pos_ != "VERB":
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i > root.i:
        return None
    noun = subjects[0]
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1), None)
    if verb is None or verb.tag_ not in {"VBD", "VBN"}:
        return None
    if not any(c.dep_ in {"dobj", "obj"} for c in verb.children) or any(
        c.dep_ in {"agent", "nsubjpass", "auxpass"} for c in verb.children
    ):
        return None  # "militants killed in the raid": a passive, no act of theirs
    return noun, verb

"""An act told before "..., X said" read as a relative clause of its doer: in "Islamist militants killed 20 people in
a village, a local official said" the small parser makes "militants" a second subject of "said" and "killed" a
participle on it ("militants (who were) killed"), so the killing has no doer. When a speech verb has two subjects
and the first carries a past form with an object of its own right after it, that form is the reported act (a
complement of the speech verb) and the noun its subject, as the parser reads "Gunmen killed 20 people, a local
official said". Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead


def reattach_reported_acts(doc: Any) -> Any:
    """``doc`` with each reported act misread as its doer's relative clause hung back on the speech verb."""
    for sent in list(doc.sents):
        found = _misread(sent.root)
        if found is not None:
            noun, verb = found
            rehead(doc, {verb.i: sent.root.i, noun.i: verb.i}, {verb.i: "ccomp", noun.i: "nsubj"})
    return doc


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

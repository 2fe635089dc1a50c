"""Election acts that are no concession or backing: a candidate ending their own run ("ended her bid for the
nomination", "dropped out ahead of the debate"), resigning a post to take another ("resigned to become
ambassador"), picking a running mate ("was chosen as his running mate"), beating candidates at the polls
("won the seats, ousting the incumbents") and declaring a result ("declared the incumbent the winner"). Words:
the lexicon ``candidacies`` (``data/lexicon/candidacies.yaml``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@cache
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = load("candidacies")
    return {k: word_set(v) for k, v in data.items() if isinstance(v, list)}


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _own_run(noun: Token) -> bool:
    """``noun`` is a run for office: a run noun with no "of" phrase ("campaign of attacks" is none)."""
    w = _words()
    if _lemma(noun) not in w["run_nouns"]:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _run_ended(tok: Token) -> bool:
    """``tok`` ends its subject's own run: "ended his campaign", "the end of her bid", a bare
    "dropped out" in a sentence about a race."""
    w = _words()
    lemma = _lemma(tok)
    if lemma in w["ending_verbs"]:
        return any(c.dep_ in {"dobj", "nsubjpass"} and _own_run(c) for c in tok.children)
    if lemma in w["ending_nouns"]:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(_own_run(g) for g in c.children) for c in tok.children)
    if lemma in w["dropping_verbs"] and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        # "dropped out of the race" names what was left: a withdrawal, kept
        if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in tok.children):
            return False
        return any(t.lower_ in w["race_words"] for t in tok.sent)
    return False


def _career_move(tok: Token) -> bool:
    """``tok`` leaves a post to take another: "resigned to become ambassador", "quit to run for governor"."""
    w = _words()
    if _lemma(tok) not in w["leaving_verbs"]:
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.tag_ == "VB"
        and _lemma(c) in w["career_verbs"]
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


def _candidate_picked(tok: Token) -> bool:
    """``tok`` picks someone as a candidate or running mate: "was chosen as his running mate"."""
    w = _words()
    if _lemma(tok) not in w["picking_verbs"]:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(_lemma(g) in w["candidate_nouns"] for g in prep.subtree):
            return True
    return False


def _candidate_beaten(tok: Token) -> bool:
    """``tok`` beats candidates at the polls: "won the seats, ousting pro-government candidates"."""
    w = _words()
    if _lemma(tok) not in w["ousting_verbs"]:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in w["beaten_nouns"] for c in tok.children)


def _result_declared(tok: Token) -> bool:
    """``tok`` declares an election result: "declared the incumbent the winner", "was proclaimed winner"."""
    w = _words()
    if _lemma(tok) not in w["result_verbs"]:
        return False
    said = [c for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass", "prep", "punct", "cc", "conj"}]
    return any(t.lower_ in w["winner_nouns"] for c in said for t in c.subtree)


@combine_passes.register("combine.candidacy_act.v1")
def candidacy_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A run for office ended, a career move, a candidate picked or beaten is no event of its own."""
    for trig in triggers:
        if trig.suppressed:
            continue
        tok, root = trig.token, trig.code[:2]
        if root == "08" and (_run_ended(tok) or _career_move(tok)):
            trig.suppressed = True
            trig.notes.append("candidacy")
        elif (root == "05" and (_candidate_picked(tok) or _result_declared(tok))) or (
            root == "17" and _candidate_beaten(tok)
        ):
            trig.suppressed = True
            trig.notes.append("candidacy")

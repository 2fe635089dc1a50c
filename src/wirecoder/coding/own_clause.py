"""Whether a word belongs to another clause of its sentence than a verb's: in "Sixty-seven people were killed;
four of the attackers were also killed", the "also" is the second clause's and says nothing of the first, which
retells the attack's toll (coding/aftermath.py)."""

from __future__ import annotations

from .constants import Token

_CLAUSE_LINKS = frozenset({"conj", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _clause_verb(word: Token) -> Token | None:
    """The nearest verb over ``word`` (itself when it is one)."""
    return next((t for t in (word, *word.ancestors) if t.pos_ in {"VERB", "AUX"}), None)


def in_other_clause(word: Token, verb: Token) -> bool:
    """``word`` hangs on a verb other than ``verb`` joined to it as a clause of its own (with its own subject)."""
    other = _clause_verb(word)
    if other is None or other.i == verb.i:
        return False
    joined = (_linked(other) and other.head.i == verb.i) or (_linked(verb) and verb.head.i == other.i)
    return joined and any(c.dep_ in _SUBJECTS for c in other.children)


def _linked(clause: Token) -> bool:
    """A clause joined to its head as a clause of its own: a conjunct, or one set off by a semicolon (which the
    parse may hang on the other as its complement)."""
    if clause.dep_ in _CLAUSE_LINKS:
        return True
    low, high = sorted((clause.i, clause.head.i))
    return clause.dep_ == "ccomp" and any(t.text == ";" for t in clause.doc[low:high])

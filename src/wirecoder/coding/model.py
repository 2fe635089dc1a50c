"""The pattern set's types: frames, patterns and the set a coder runs with (``coding/patterns.py`` loads them)."""

from __future__ import annotations

from dataclasses import dataclass

from .config import CoderConfig
from .transforms import Transform


@dataclass(frozen=True)
class Frame:
    """Conditions on a trigger's dependents, and the coding they give when all hold."""

    id: str
    code: str | None
    mode: str | None = None
    source: tuple[str, ...] | None = None
    target: tuple[str, ...] | None = None
    dobj: tuple[str, ...] | None = None  # ("any",) = any object
    prep: tuple[tuple[str, tuple[str, ...] | None], ...] = ()  # (preposition, words or None = any object)
    xcomp: tuple[str, ...] | None = None
    text: tuple[str, ...] | None = None
    money: bool = False
    negated_xcomp: bool = False
    negated: bool = False  # the trigger itself is negated ("will not be tolerated", "can no longer tolerate")
    subj: tuple[str, ...] | None = None  # words the subject (active or passive) must match ("the motion failed")
    xcomp_subject: bool = False  # the complement has a subject of its own ("wants X to V", not "wants to V")
    # words the complement's own subject must match: "allow inspectors to visit X" (the parser makes the
    # inspectors the subject of "visit", not the object of "allow")
    comp_subj: tuple[str, ...] | None = None
    # PETRARCH word patterns: words (each position a tuple of alternatives) that must come, in this order,
    # before / after the trigger in its sentence; ``mutual``: the subject is conjoined ("A and B agreed")
    # and its members act on each other; ``reverse``: the code of the target -> source event (032:033).
    before: tuple[tuple[str, ...], ...] = ()
    after: tuple[tuple[str, ...], ...] = ()
    mutual: bool = False
    reverse: str | None = None
    skip: int = 0  # actors in the verb phrase to pass over before the target (PETRARCH's "^ +")
    # the note closes, after the trigger, on a tally line of one dead or more ("... were found. 2 fatalities.")
    tallied: bool = False


@dataclass(frozen=True)
class Pattern:
    """One lemma of a pattern entry: what a trigger word codes to, and where to find its actors."""

    id: str
    kind: str  # "verb" | "noun"
    head: str  # the head word ("call" of "call on", "strike" of "air strike")
    extra: tuple[str, ...]  # other words that must accompany the head (particles, modifiers)
    code: str | None
    origin: str  # "wirecoder" | "petrarch2"
    mode: str | None = None
    pos: tuple[str, ...] = ("VERB",)
    source: tuple[str, ...] = ("nsubj", "agent")
    target: tuple[str, ...] = ("dobj", "nsubjpass")
    frames: tuple[Frame, ...] = ()
    of: str = "target"
    poss: str = "source"
    reverse: str | None = None  # the code of a target -> source event coded with it (PETRARCH's 042:043)


@dataclass
class PatternSet:
    name: str
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    config: CoderConfig
    transforms: tuple[Transform, ...] = ()  # PETRARCH2's verb transformations (coding/transforms.py)

    def candidates(self, kind: str, word: str) -> list[Pattern]:
        """Patterns whose head is ``word`` (a lemma or lowercased form), phrasal ones first."""
        table = self.verbs if kind == "verb" else self.nouns
        return table.get(word, [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())

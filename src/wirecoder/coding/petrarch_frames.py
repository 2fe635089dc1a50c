"""PETRARCH2 verb patterns as wirecoder dependency frames (shared by the packaged conversion in
``scripts/convert_petrarch_verbs.py`` and by any run-time conversion of another PETRARCH verb dictionary).

``pattern_frame("* (AGAINST +)", synsets)`` -> ``{"prep": {"against": "any"}, "target": ["prep:against"]}``.
PETRARCH2 patterns (openeventdata/petrarch2, MIT; format in its dictionaries.rst): ``*`` is the verb,
``{...}`` a noun phrase, ``(PREP ...)`` a prepositional phrase, ``&NAME`` a synset, ``A_B`` adjacent words,
``+``/``$``/``^`` the target, source and an unnamed actor.
"""

from __future__ import annotations

import re
from typing import Any

TERM_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
PREPOSITIONS = frozenset(
    "of in on to with against for from into at over about by toward towards under upon "
    "through across between among near behind within without after before".split()
)
PARTICLES = frozenset("off down up out back away".split())
MARKERS = frozenset("+$^%")


def _alternatives(words: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """Words of a phrase (each a WORD or an &SYNSET) as lowercase alternatives; None when untranslatable."""
    combos = [""]
    for w in words:
        if w.startswith("&"):
            alts = synsets.get(w[1:].rstrip("_"))
            if not alts:
                return None
        elif re.fullmatch(r"[A-Z][A-Z'\-]*", w):
            alts = [w.lower()]
        else:
            return None
        flat: list[str] = []
        for a in alts:  # a synset may list another synset ("+&TIETYPES")
            flat += synsets.get(a[1:].upper().rstrip("_"), []) if a.startswith("&") else [a]
        combos = [f"{c} {a}".strip() for c in combos for a in flat if not a.startswith("&")][:200]
    return combos


def phrase_alternatives(term: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """A noun term (WORD, &SYNSET, {NOUN PHRASE}, WORD_WORD) as lowercase alternatives; None when it
    cannot be translated."""
    term = term.strip()
    if term.startswith("{") and term.endswith("}"):
        return _alternatives(term[1:-1].replace("_", " ").split(), synsets)
    return _alternatives([w for w in term.split("_") if w], synsets)


def _paren_term(term: str, frame: dict[str, Any], synsets: dict[str, list[str]]) -> str | None:
    """``(PREP [NOUN])``, ``(PREP +)``, ``(PREP $)`` into ``frame``; else why it cannot be converted."""
    parts = term[1:-1].split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]+", parts[0]) or "prep" in frame:
        return "second preposition or odd parenthesis"
    prep = parts[0].lower()
    objs: Any = "any"
    rest = parts[1].strip() if len(parts) == 2 else ""
    if rest == "+":
        frame["target"] = [f"prep:{prep}"]
    elif rest == "$":
        frame["source"] = [f"prep:{prep}"]
    elif rest and rest != "^":
        if any(c in rest for c in MARKERS):
            return "actor marker inside a phrase"
        objs = phrase_alternatives(rest, synsets)
        if objs is None:
            return "untranslatable word"
    frame["prep"] = {prep: objs}
    return None


def _bare_prep(prep: str, after: list[str], frame: dict[str, Any], synsets: dict[str, list[str]]) -> str | None:
    """``* PREP NOUN``: a bare preposition and the words ``after`` it into ``frame``; else why not."""
    rest = [t for t in after if not t.startswith("(")]
    if len(rest) != len(after) or any(t in MARKERS for t in rest):
        return "bare preposition followed by a phrase"
    objs = phrase_alternatives("_".join(t.strip("{}").replace(" ", "_") for t in rest), synsets) if rest else "any"
    if objs is None:
        return "untranslatable word"
    frame["prep"] = {prep: objs}
    return None


def pattern_frame(
    pattern: str, synsets: dict[str, list[str]], stats: dict[str, int] | None = None
) -> dict[str, Any] | None:
    """One PETRARCH2 pattern as a dependency frame, or None (the reason is counted in ``stats``).

    Converted: ``* NOUN``, ``* {NOUN PHRASE}``, ``* &SYNSET``, ``* A_B``, ``* (PREP [NOUN])``, ``* PREP NOUN``
    (a bare preposition), ``* PARTICLE NOUN`` (the particle as a text condition), ``* NOUN PREP``,
    ``(PREP +)`` (the preposition's object is the target), ``(PREP ^)``/``(PREP $)`` and a trailing bare
    marker (the actor position is not a condition).
    """

    def drop(why: str) -> None:
        if stats is not None:
            stats[why] = stats.get(why, 0) + 1

    if "*" not in pattern:
        drop("no verb position")
        return None
    pre, post = pattern.split("*", 1)
    if pre.strip():
        drop("words before the verb")
        return None
    if "~" in post or "%" in post:
        drop("transformation or compound-actor marker")
        return None
    terms = TERM_RE.findall(post.strip())
    while terms and terms[-1] in MARKERS - {"$"}:
        terms.pop()  # "* HELP +": where the target stands, not a condition
    frame: dict[str, Any] = {}
    i = 0
    while i < len(terms):
        term = terms[i]
        if term.startswith("("):
            why = _paren_term(term, frame, synsets)
            if why is not None:
                drop(why)
                return None
            i += 1
            continue
        if term in MARKERS:
            drop("actor marker before a word")
            return None
        low = term.lower()
        if low in PARTICLES and "text" not in frame and i + 1 < len(terms):
            frame["text"] = [low]  # "* DOWN HEADQUARTERS": shut down the headquarters
            i += 1
            continue
        if low in PREPOSITIONS and "prep" not in frame:
            why = _bare_prep(low, terms[i + 1 :], frame, synsets)
            if why is not None:
                drop(why)
                return None
            break
        if "dobj" in frame:
            drop("two object phrases")
            return None
        words = phrase_alternatives(term, synsets)
        if words is None:
            drop("untranslatable word")
            return None
        frame["dobj"] = words
        i += 1
    if not frame or set(frame) <= {"text", "target", "source"}:
        drop("nothing to match")
        return None
    return frame


# ----------------------------------------------------------------------------- matching word patterns


def _sequence_terms(text: str, synsets: dict[str, list[str]]) -> list[list[str]] | None:
    """Plain words, A_B phrases, {NOUN PHRASE}s and &SYNSETs of a pattern part as a word sequence
    (each position a list of alternatives); markers and parentheses are skipped. None if untranslatable."""
    out: list[list[str]] = []
    for term in TERM_RE.findall(text.replace("(", " ").replace(")", " ")):
        if term in MARKERS or term == "~":
            continue
        alts = phrase_alternatives(term.strip("_"), synsets)
        if alts is None:
            return None
        out.append(alts)
    return out


def _marker_preps(post: str) -> dict[str, list[str]]:
    """Roles named by markers after a preposition: "(AGAINST +)"/"AGAINST +" -> target prep:against,
    "(FROM $)"/"FROM $" -> source prep:from."""
    roles: dict[str, list[str]] = {}
    for prep, marker in re.findall(r"\(?\b([A-Z]+)\s+([+$])", post):
        if prep.lower() in PREPOSITIONS:
            roles.setdefault("target" if marker == "+" else "source", []).append(f"prep:{prep.lower()}")
    return roles


def petrarch_frame(
    pattern: str, synsets: dict[str, list[str]], stats: dict[str, int] | None = None, dependency: bool = True
) -> dict[str, Any] | None:
    """A PETRARCH2 pattern as a frame, words before the verb included: the dependency frame of
    ``pattern_frame`` where the part after the verb has one, else that part as an ``after`` word
    sequence; words before the verb as ``before``; ``%`` as ``mutual``; ``+`` before the verb makes the
    subject the target. None (counted in ``stats``) when a word cannot be translated. With
    ``dependency`` False the part after the verb is always a word sequence (PETRARCH's own reading)."""

    def drop(why: str) -> None:
        if stats is not None:
            stats[why] = stats.get(why, 0) + 1

    text = re.sub(r"_?\*_?", " * ", pattern, count=1)
    if "*" not in text:
        drop("no verb position")
        return None
    if "~" in text:
        drop("transformation marker")
        return None
    pre, post = text.split("*", 1)
    frame: dict[str, Any] = {}
    if "%" in pre:
        frame["mutual"] = True
    before = _sequence_terms(pre, synsets)
    if before is None:
        drop("untranslatable word")
        return None
    if before:
        frame["before"] = before
    roles = _marker_preps(post)
    skipped = re.search(r"((?:\^\s*)+)\+", post)  # "IN ^ +": the target is the actor after the next one
    if skipped and "target" not in roles:
        frame["skip"] = skipped.group(1).count("^")
    if "+" in pre.split():
        roles.setdefault("target", []).insert(0, "nsubj")
    quiet: dict[str, int] = {}
    structured = (
        pattern_frame("* " + post.replace("%", " ").strip(), synsets, quiet)
        if dependency and post.strip(" %")
        else None
    )
    if structured is not None:
        frame.update(structured)
    elif post.strip(" %$+^"):
        after = _sequence_terms(post, synsets)
        if after is None:
            drop("untranslatable word")
            return None
        if after:
            frame["after"] = after
    for role, values in roles.items():
        frame[role] = list(dict.fromkeys(frame.get(role, []) + values))
    if not set(frame) - {"source", "target"}:
        drop("nothing to match")
        return None
    return frame

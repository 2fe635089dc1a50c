"""Convert PETRARCH2's CAMEO verb dictionary into wirecoder's pattern format (dependency frames).

Reads ../shared/reference/petrarch2/CAMEO.2.0.txt (openeventdata/petrarch2, MIT; format in
dictionaries.rst) and writes src/wirecoder/data/patterns/cameo.v1/verbs.petrarch.yaml: one entry per
verb lemma with its default CAMEO code and the patterns that translate into dependency frames:

  - * NOUN            -> {dobj: [noun]}            (also {NOUN PHRASE} and &SYNSET)
  - * (PREP NOUN)     -> {prep: {prep: [noun]}}
  - * (PREP)          -> {prep: {prep: any}}
  - * NOUN (PREP X)   -> both conditions

Pre-verb patterns, patterns with actor/agent markers ($ + ^ %), bare multi-word sequences and
transformations (~) need constituency structure and are dropped. Hand-written patterns in verbs.yaml
take precedence over these at load time.

Usage: python scripts/convert_petrarch_verbs.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wirecoder" / "data" / "patterns" / "cameo.v1" / "verbs.petrarch.yaml"
CAMEO = ROOT / "src" / "wirecoder" / "data" / "ontology" / "cameo.csv"

HEADER = """\
# Verb patterns converted from PETRARCH2's CAMEO.2.0.txt by scripts/convert_petrarch_verbs.py.
# Source: openeventdata/petrarch2 @ 676801c, dictionaries/CAMEO.2.0.txt.
# The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted,
# free of charge, to any person obtaining a copy of this software and associated documentation files
# (the "Software"), to deal in the Software without restriction ... (full text in NOTICE).
# Do not edit by hand: add or override patterns in verbs.yaml instead.
"""

HEAD_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB_RE = re.compile(r"^([A-Z+_'\-]+)\s*(\{[^}]*\})?\s*(\[([^\]]+)\])?")
PAT_RE = re.compile(r"^-\s+(.*?)\[([^\]]+)\]\s*(#\s*(\S+))?")
TERM_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def _code(raw: str, known: set[str]) -> str | None:
    code = raw.strip().split(":")[0].strip()
    if code in ("---", ""):
        return None
    return code if code in known else "?"


PREPOSITIONS = frozenset("of in on to with against for from into at over about by toward towards under upon "
                         "through across between among near behind within without after before".split())
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


def _words(term: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """A noun term (WORD, &SYNSET, {NOUN PHRASE}, WORD_WORD) as lowercase alternatives; None when it
    cannot be translated."""
    term = term.strip()
    if term.startswith("{") and term.endswith("}"):
        return _alternatives(term[1:-1].replace("_", " ").split(), synsets)
    return _alternatives([w for w in term.split("_") if w], synsets)


def _frame(pattern: str, synsets: dict[str, list[str]], stats: dict[str, int] | None = None) -> dict[str, Any] | None:
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
            parts = term[1:-1].split(None, 1)
            if not parts or not re.fullmatch(r"[A-Z]+", parts[0]) or "prep" in frame:
                drop("second preposition or odd parenthesis")
                return None
            prep = parts[0].lower()
            objs: Any = "any"
            rest = parts[1].strip() if len(parts) == 2 else ""
            if rest == "+":
                frame["target"] = [f"prep:{prep}"]
            elif rest == "$":
                frame["source"] = [f"prep:{prep}"]
            elif rest and rest != "^":
                if any(c in rest for c in MARKERS):
                    drop("actor marker inside a phrase")
                    return None
                objs = _words(rest, synsets)
                if objs is None:
                    drop("untranslatable word")
                    return None
            frame["prep"] = {prep: objs}
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
            rest = [t for t in terms[i + 1:] if not t.startswith("(")]
            if len(rest) != len(terms) - i - 1 or any(t in MARKERS for t in rest):
                drop("bare preposition followed by a phrase")
                return None
            objs = _words("_".join(t.strip("{}").replace(" ", "_") for t in rest), synsets) if rest else "any"
            if objs is None:
                drop("untranslatable word")
                return None
            frame["prep"] = {low: objs}
            break
        if "dobj" in frame:
            drop("two object phrases")
            return None
        words = _words(term, synsets)
        if words is None:
            drop("untranslatable word")
            return None
        frame["dobj"] = words
        i += 1
    if not frame or set(frame) <= {"text", "target", "source"}:
        drop("nothing to match")
        return None
    return frame


def _lemma(raw: str) -> str | None:
    """'ACCUSE' -> 'accuse', '+ASK_FOR' -> 'ask for'; pre-compound verbs ('WIRE_+TAP') -> None."""
    if "_" in raw and not raw.startswith("+"):
        return None if "+" in raw else raw.replace("_", " ").lower()
    return raw.lstrip("+").replace("_", " ").lower().strip() or None


def convert(shared: Path, stats: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """The verb entries of CAMEO.2.0.txt; ``stats`` (if given) counts patterns: converted, and dropped by reason."""
    stats = {} if stats is None else stats
    known = {line.split(",")[0] for line in CAMEO.read_text(encoding="utf-8").splitlines()[2:]}
    lines = (shared / "reference" / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    entries: dict[str, dict[str, Any]] = {}
    block_verbs: list[str] = []
    block_code: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("-") else raw.rstrip()
        if not line.strip():
            current = None if not raw.strip() else current
            continue
        if line.startswith("&"):
            current = line[1:].strip().rstrip("_")
            synsets[current] = []
            continue
        if current is not None and line.startswith("+"):
            synsets[current].append(line[1:].strip().replace("_", " ").lower())
            continue
        head = HEAD_RE.match(line)
        if head:
            current, block_verbs = None, []
            block_code = _code(head.group(2), known)
            continue
        if line.startswith("~"):
            continue
        pat = PAT_RE.match(line)
        if pat and block_verbs:
            stats["patterns"] = stats.get("patterns", 0) + 1
            frame = _frame(pat.group(1), synsets, stats)
            code = _code(pat.group(2), known)
            if frame is None:
                continue
            if code == "?":
                stats["code not in CAMEO"] = stats.get("code not in CAMEO", 0) + 1
                continue
            stats["converted"] = stats.get("converted", 0) + 1
            frame["code"] = code
            named = (pat.group(4) or "").lower().replace("_", " ")
            targets = [named] if named in block_verbs else block_verbs
            for lemma in targets:
                frames = entries[lemma]["frames"]
                if frame not in frames:
                    frames.append(dict(frame))
            continue
        verb = VERB_RE.match(line.strip())
        if verb and not line.startswith("-"):
            lemma = _lemma(verb.group(1))
            if lemma is None or lemma in entries:
                continue
            code = _code(verb.group(4), known) if verb.group(4) else block_code
            if code == "?":
                code = None
            entries[lemma] = {"id": f"petrarch2:{lemma.replace(' ', '_')}", "lemmas": [lemma], "code": code, "frames": []}
            block_verbs.append(lemma)
    out = []
    for entry in entries.values():
        if entry["code"] is None and not any(f["code"] for f in entry["frames"]):
            continue
        # Most specific first: frames with both conditions, then prepositions, then objects.
        entry["frames"].sort(key=lambda f: -(("dobj" in f) + ("prep" in f)))
        if not entry["frames"]:
            del entry["frames"]
        out.append(entry)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    stats: dict[str, int] = {}
    entries = convert(args.shared, stats)
    total = stats.pop("patterns", 0)
    done = stats.pop("converted", 0)
    print(f"{len(entries)} verbs; {done}/{total} patterns converted ({done / max(total, 1):.1%})", file=sys.stderr)
    for why, n in sorted(stats.items(), key=lambda kv: -kv[1]):
        print(f"  dropped: {n:5d}  {why}", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"verbs": entries}, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)
    OUT.write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()

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


def _words(term: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """A noun term as a list of lowercase alternatives; None when it cannot be translated."""
    term = term.strip()
    if term.startswith("{") and term.endswith("}"):
        inner = term[1:-1].split()
        if any(w.startswith("&") or not re.fullmatch(r"[A-Z'\-]+", w) for w in inner):
            return None
        return [" ".join(inner).lower()]
    if term.startswith("&"):
        return synsets.get(term[1:].rstrip("_"))
    if re.fullmatch(r"[A-Z][A-Z'\-]+", term):
        return [term.lower()]
    return None


def _frame(pattern: str, synsets: dict[str, list[str]]) -> dict[str, Any] | None:
    if "*" not in pattern:
        return None
    pre, post = pattern.split("*", 1)
    if pre.strip() or any(c in post for c in "$+^%~"):
        return None
    terms = TERM_RE.findall(post.strip())
    frame: dict[str, Any] = {}
    for term in terms:
        if term.startswith("("):
            parts = term[1:-1].split(None, 1)
            if not parts or not re.fullmatch(r"[A-Z]+", parts[0]) or "prep" in frame:
                return None
            objs: Any = "any"
            if len(parts) == 2:
                objs = _words(parts[1], synsets)
                if objs is None:
                    return None
            frame["prep"] = {parts[0].lower(): objs}
        else:
            if "dobj" in frame:
                return None
            words = _words(term, synsets)
            if words is None:
                return None
            frame["dobj"] = words
    return frame or None


def _lemma(raw: str) -> str | None:
    """'ACCUSE' -> 'accuse', '+ASK_FOR' -> 'ask for'; pre-compound verbs ('WIRE_+TAP') -> None."""
    if "_" in raw and not raw.startswith("+"):
        return None if "+" in raw else raw.replace("_", " ").lower()
    return raw.lstrip("+").replace("_", " ").lower().strip() or None


def convert(shared: Path) -> list[dict[str, Any]]:
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
            frame = _frame(pat.group(1), synsets)
            code = _code(pat.group(2), known)
            if frame is None or code == "?":
                continue
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
    entries = convert(args.shared)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"verbs": entries}, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)
    OUT.write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()

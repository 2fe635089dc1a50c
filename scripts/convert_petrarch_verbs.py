"""Convert PETRARCH2's CAMEO verb dictionary into wirecoder's pattern format (dependency frames).

Reads ../shared/reference/petrarch2/CAMEO.2.0.txt (openeventdata/petrarch2, MIT; format in
dictionaries.rst) and writes src/wirecoder/data/patterns/cameo.v1/verbs.petrarch.yaml: one entry per
verb lemma with its default CAMEO code and the patterns that translate into dependency frames
(``wirecoder.coding.petrarch_frames.pattern_frame`` documents which shapes convert):

  - * NOUN / {NOUN PHRASE} / &SYNSET / A_B  -> {dobj: [...]}   (synsets expanded, also inside phrases)
  - * (PREP NOUN) / * PREP NOUN / * (PREP)  -> {prep: {prep: [...] | any}}
  - * PARTICLE NOUN ("* DOWN HEADQUARTERS")  -> {dobj: [...], text: [particle]}
  - * (PREP +)                              -> {prep: {prep: any}, target: [prep:prep]}
  - [---]                                    -> a frame with code null ("no event")
  - [:xxx] (a paired code with only the reverse event) -> code xxx with the subject as target and the
    "from"/"by" party as source ("X received assurances from Y": Y -> X 030).
  - [xxx:yyy] (a paired code)                -> code xxx, reverse yyy: the coder adds the event yyy from
    the target back to the source ("X held talks with Y": X -> Y and Y -> X).

Dropped, and counted on stderr: words before the verb (they need the subject's wording), two object
phrases or two prepositional phrases, actor markers before a word. Hand-written patterns in verbs.yaml
take precedence over these at load time.

Transformations (``~ a (b . ATTACK) SAY = a b 112``: "A said B attacked someone" is A accusing B) are
written to ``transforms:``: each names the upper verb's lemmas (the verbs of its block with its code:
SAY -> say, state, tell, explain ...), the lower event's code family (ATTACK, coded 190 -> root "19";
a code not ending in 0 is matched exactly), the roles (``a`` the upper subject, ``b`` a variable, ``_``
absent, ``.`` anyone) and the resulting code (``Q``: the lower event's own code, i.e. no change).
``wirecoder.coding.transforms`` applies them.

Usage: python scripts/convert_petrarch_verbs.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from wirecoder.coding.petrarch_frames import pattern_frame

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
TRANS_RE = re.compile(r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)")


def _code(raw: str, known: set[str]) -> str | None:
    code = raw.strip().split(":")[0].strip()
    if code in ("---", ""):
        return None
    return code if code in known else "?"


def _reverse_only(raw: str, known: set[str]) -> str | None:
    """The code of a PETRARCH "[:xxx]" pattern (TABARI's paired codes "forward:reverse" with no forward
    event): the event runs from the other party to the verb's subject. None for any other code."""
    forward, sep, reverse = raw.strip().partition(":")
    reverse = reverse.strip()
    if not sep or forward.strip() or reverse not in known:
        return None
    return reverse


def _paired(raw: str, known: set[str]) -> str | None:
    """The reverse code of a PETRARCH paired code "[043:042]": the event from the target back to the
    source ("X received Y's envoy": X hosts, 043, and Y visits, 042). None for any other code."""
    forward, sep, reverse = raw.strip().partition(":")
    forward, reverse = forward.strip(), reverse.strip()
    if not sep or forward not in known or reverse not in known:
        return None
    return reverse


def _lemma(raw: str) -> str | None:
    """'ACCUSE' -> 'accuse', '+ASK_FOR' -> 'ask for'; pre-compound verbs ('WIRE_+TAP') -> None."""
    if "_" in raw and not raw.startswith("+"):
        return None if "+" in raw else raw.replace("_", " ").lower()
    return raw.lstrip("+").replace("_", " ").lower().strip() or None


def _family(code: str | None) -> str | None:
    """The codes a transformation's lower verb stands for: "190" -> "19" (the root and all below it)."""
    if not code:
        return None
    return code[:2] if code.endswith("0") else code


def transforms(
    shared: Path, entries: dict[str, dict[str, Any]], blocks: dict[str, list[str]], lines: list[str] | None = None
) -> list[dict[str, Any]]:
    """The ``~`` transformation lines of CAMEO.2.0.txt as data; see the module docstring.

    ``entries``: lemma -> entry (for default codes); ``blocks``: lemma -> the lemmas of its block."""
    if lines is None:
        lines = (
            (shared / "reference" / "petrarch2" / "CAMEO.2.0.txt")
            .read_text(encoding="utf-8", errors="replace")
            .splitlines()
        )
    out: list[dict[str, Any]] = []
    for raw in lines:
        m = TRANS_RE.match(raw.split("#", 1)[0].strip())
        if not m:
            continue
        upper_src, low_src, low_tgt, low_verb, upper_verb, src, tgt, code = m.groups()
        upper, lower = _lemma(upper_verb), _lemma(low_verb)
        if upper not in entries or lower not in entries:
            continue
        upper_code = entries[upper]["code"]
        lemmas = [x for x in blocks.get(upper, [upper]) if entries[x]["code"] == upper_code] or [upper]
        out.append(
            {
                "id": f"petrarch2:~{upper}:{lower}:{low_src}",
                "upper": lemmas,
                "lower": _family(entries[lower]["code"]),
                "lower_source": low_src,
                "lower_target": low_tgt,
                "source": src,
                "target": tgt,
                "code": None if code == "Q" else code,
            }
        )
    return out


def convert(
    shared: Path,
    stats: dict[str, int] | None = None,
    blocks: dict[str, list[str]] | None = None,
    raw_entries: dict[str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The verb entries of CAMEO.2.0.txt; ``stats`` (if given) counts patterns: converted, and dropped by reason."""
    stats = {} if stats is None else stats
    known = {line.split(",")[0] for line in CAMEO.read_text(encoding="utf-8").splitlines()[2:]}
    lines = (
        (shared / "reference" / "petrarch2" / "CAMEO.2.0.txt")
        .read_text(encoding="utf-8", errors="replace")
        .splitlines()
    )
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
            frame = pattern_frame(pat.group(1), synsets, stats)
            code = _code(pat.group(2), known)
            reverse = _reverse_only(pat.group(2), known)
            paired = _paired(pat.group(2), known)
            if frame is None:
                continue
            if reverse is not None:
                # "[:030]": only the event from the other party to the subject ("X received assurances
                # from Y" is Y assuring X; "X died in an air strike" is X the target of 195).
                code = reverse
                frame.setdefault("source", ["prep:from", "agent", "prep:by"])
                frame["target"] = ["nsubj", "nsubjpass"]
                stats["reverse"] = stats.get("reverse", 0) + 1
            if code == "?":
                stats["code not in CAMEO"] = stats.get("code not in CAMEO", 0) + 1
                continue
            stats["converted"] = stats.get("converted", 0) + 1
            frame["code"] = code
            if paired is not None:
                frame["reverse"] = paired
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
            entries[lemma] = {
                "id": f"petrarch2:{lemma.replace(' ', '_')}",
                "lemmas": [lemma],
                "code": code,
                "frames": [],
            }
            block_verbs.append(lemma)
            if blocks is not None:
                blocks[lemma] = block_verbs
    if raw_entries is not None:
        raw_entries.update(entries)
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
    blocks: dict[str, list[str]] = {}
    raw: dict[str, dict[str, Any]] = {}
    entries = convert(args.shared, stats, blocks, raw)
    rules = transforms(args.shared, raw, blocks)
    total = stats.pop("patterns", 0)
    done = stats.pop("converted", 0)
    reverse = stats.pop("reverse", 0)
    print(f"{len(entries)} verbs; {done}/{total} patterns converted ({done / max(total, 1):.1%})", file=sys.stderr)
    print(f"  {reverse} of them with a reverse-only code [:xxx] (the subject is the target)", file=sys.stderr)
    for why, n in sorted(stats.items(), key=lambda kv: -kv[1]):
        print(f"  dropped: {n:5d}  {why}", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    print(f"{len(rules)} transformations", file=sys.stderr)
    body = yaml.safe_dump(
        {"verbs": entries, "transforms": rules}, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None
    )
    OUT.write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()

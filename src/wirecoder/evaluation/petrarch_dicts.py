"""PETRARCH2's PETR.Validate.* dictionaries, read in place and converted at run time.

PETRARCH2's unit tests are meant to be coded with their own small dictionaries (fictional actors:
Arnor, Gondor ...). This module reads them where they lie (beside the unit-test file, never copied
into the repository) and converts them:

- ``PETR.Validate.actors.txt`` -> actor entries in the format of the KB's ``actors.yaml``, written
  as an overlay file into a temporary directory and passed as ``Settings.actors_overlay``. Each
  dictionary code becomes the entry's ``cameo``; dated codes (``[HOBGOV 19950601-19990815]``) become
  dated roles; the sector comes from the code's first role chunk (GOV for a bare country code).
- ``PETR.Validate.agents.txt`` and ``PETR.Validate.verbs.txt`` are parsed (``read_agents``,
  ``read_verbs``) but cannot be injected: the KB has no agent overlay and a pattern set can only be a
  packaged directory whose codes are validated against CAMEO (the test verbs use WEIS codes such as
  903). The unit tests are therefore coded with the packaged agent nouns and patterns; see
  docs/evaluation.md for what injection would need.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..settings import Settings

ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
VERBS_FILE = "PETR.Validate.verbs.txt"

_COMMENT_BLOCK = re.compile(r"<!\s*--.*?-->", re.S)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


@dataclass
class PetrActor:
    """One actor of a PETRARCH actor dictionary."""

    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    code: str | None = None  # the undated code
    dated: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)  # (code, from, until)


def _phrase(word: str) -> str:
    """PETRARCH phrase -> plain text: '_' joins words, a trailing '_' (no-suffix marker) goes."""
    return re.sub(r"\s+", " ", word.replace("_", " ")).strip()


def _date(text: str) -> dt.date:
    """PETRARCH dates: YYYYMMDD or YYMMDD (two-digit years below 30 are 20xx)."""
    digits = text.strip()
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy < 30 else 1900 + yy}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"'{text}' is not a PETRARCH date")
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def _parse_code(block: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    """'HOBGOV 19950601 - 19990815' -> ('HOBGOV', from, until-exclusive); '<d' is before, '>d' after."""
    text = block.strip()
    m = re.match(r"([^\s<>]*)\s*(.*)$", text)
    code_raw, rest = (m.group(1), m.group(2).strip()) if m else ("", text)
    code = code_raw.split("/")[0].strip().upper() or None
    if not rest:
        return code, None, None
    if rest.startswith("<"):
        return code, None, _date(rest[1:])
    if rest.startswith(">"):
        return code, _date(rest[1:]) + dt.timedelta(days=1), None
    parts = [p for p in re.split(r"\s*-\s*", rest) if p]
    if len(parts) != 2:
        raise ValueError(f"cannot read the date restriction '{rest}'")
    return code, _date(parts[0]), _date(parts[1]) + dt.timedelta(days=1)


def read_actors(path: str | Path) -> list[PetrActor]:
    """The entries of a PETRARCH actor dictionary, with synonyms and (dated) codes."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8", errors="replace")
    # blank out comment blocks but keep line numbers
    raw = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), raw)
    actors: list[PetrActor] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        current = actors[-1] if actors else None
        stripped = line.strip()
        codes = _CODE_BLOCK.findall(stripped)
        head = _CODE_BLOCK.sub("", stripped).strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataError(str(path), "a synonym (+) before any actor", lineno)
            current.synonyms.append(_phrase(head[1:]))
            continue
        if line[0].isspace() and not head and codes:
            if current is None:
                raise DataError(str(path), "a code block before any actor", lineno)
            target = current
        elif head:
            target = PetrActor(_phrase(head), lineno)
            actors.append(target)
        else:
            continue
        for block in codes:
            try:
                code, start, end = _parse_code(block)
            except ValueError as exc:
                raise DataError(str(path), str(exc), lineno) from exc
            if start is None and end is None:
                target.code = code
            elif code:
                target.dated.append((code, start, end))
    return actors


def _sector(code: str | None, sectors: set[str]) -> str:
    """The KB sector of a CAMEO actor code: its first chunk after the country that is a KB sector."""
    if code:
        for i in range(0, len(code) - 2, 3):
            chunk = code[i:i + 3]
            if chunk in sectors and (i > 0 or chunk in ("IGO", "NGO")):
                return chunk
    return "GOV"


def overlay_entries(actors: list[PetrActor], countries: set[str], sectors: set[str]) -> list[dict[str, Any]]:
    """PETRARCH actors as entries of the KB's overlay format (``actors.yaml``)."""
    entries: list[dict[str, Any]] = []
    used: set[str] = set()
    for a in actors:
        codes = [c for c in [a.code, *(d[0] for d in a.dated)] if c]
        if not codes:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", a.name.lower()).strip("-") or "actor"
        ident, n = f"petr-{slug}", 2
        while ident in used:
            ident, n = f"petr-{slug}-{n}", n + 1
        used.add(ident)
        main = a.code or codes[0]
        entry: dict[str, Any] = {
            "id": ident,
            "name": a.name.title(),
            "type": "org",
            "sector": _sector(main, sectors),
            "cameo": main,
            "aliases": list(dict.fromkeys([a.name, *a.synonyms])),
        }
        if main[:3] in countries:
            entry["country"] = main[:3]
        roles = []
        for code, start, end in a.dated:
            role: dict[str, Any] = {"sector": _sector(code, sectors), "cameo": code}
            if code[:3] in countries:
                role["country"] = code[:3]
            if start:
                role["from"] = start.isoformat()
            if end:
                role["until"] = end.isoformat()
            roles.append(role)
        if roles:
            entry["roles"] = roles
        entries.append(entry)
    return entries


def read_agents(path: str | Path) -> list[tuple[str, str]]:
    """(noun phrase, code) of a PETRARCH agent dictionary: '~GOV' is a suffix, 'NGO~' a prefix."""
    out: list[tuple[str, str]] = []
    raw = _COMMENT_BLOCK.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("!"):
            continue
        codes = _CODE_BLOCK.findall(line)
        head = re.sub(r"\{[^}]*\}", "", _CODE_BLOCK.sub("", line)).strip()
        if codes and head:
            out.append((_phrase(head), codes[0].strip()))
    return out


def read_verbs(path: str | Path) -> dict[str, dict[str, Any]]:
    """Verbs of a PETRARCH verb dictionary: lemma -> {code, patterns: [(pattern text, code)]}."""
    verbs: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    raw = _COMMENT_BLOCK.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            current = {"code": m.group(2).split(":")[0].strip(), "patterns": []}
            verbs[_phrase(m.group(1)).lower()] = current
            continue
        p = re.match(r"^-\s+(.*?)\[([^\]]+)\]", line)
        if p and current is not None:
            current["patterns"].append((p.group(1).strip(), p.group(2).strip()))
    return verbs


def write_overlay(gold_dir: str | Path, out_dir: str | Path | None = None) -> Path:
    """Convert ``PETR.Validate.actors.txt`` in ``gold_dir`` into an overlay YAML file; returns its path."""
    from ..actors.kb import DATA_DIR, load_countries, load_sectors

    source = Path(gold_dir) / ACTORS_FILE
    if not source.exists():
        raise DataError(str(source), "PETRARCH2's validation actor dictionary is missing")
    countries = set(load_countries(DATA_DIR / "countries.csv"))
    sectors = set(load_sectors(DATA_DIR / "sectors.yaml"))
    entries = overlay_entries(read_actors(source), countries, sectors)
    target = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="wirecoder-petr-"))
    target.mkdir(parents=True, exist_ok=True)
    path = target / "petr_validate_actors.yaml"
    header = (f"# Converted at run time from {source} (openeventdata/petrarch2, MIT) by "
              "wirecoder.evaluation.petrarch_dicts. Not part of the package.\n")
    path.write_text(header + yaml.safe_dump(entries, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def validate_settings(settings: Settings, gold_dir: str | Path) -> Settings:
    """``settings`` with the PETR.Validate actors loaded as the actor overlay."""
    return replace(settings, actors_overlay=write_overlay(gold_dir))

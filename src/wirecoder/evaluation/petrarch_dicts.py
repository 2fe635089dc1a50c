"""PETRARCH2's PETR.Validate.* dictionaries, read in place and converted at run time.

PETRARCH2's unit tests are meant to be coded with their own small dictionaries (fictional actors:
Arnor, Gondor ...). This module reads them where they lie (beside the unit-test file, never copied
into the repository) and converts them into a temporary directory:

- ``PETR.Validate.actors.txt`` -> actor entries in the format of the KB's ``actors.yaml``, written
  as an overlay file and passed as ``Settings.actors_overlay``. Each dictionary code becomes the
  entry's ``cameo``; dated codes (``[HOBGOV 19950601-19990815]``) become dated roles; the sector comes
  from the code's first role chunk (GOV for a bare country code).
- ``PETR.Validate.verbs.txt`` -> a pattern set in the format of ``data/patterns/cameo.v1`` (its
  ``verbs.petrarch.yaml``; the packaged ``config.yaml``; no hand-written verbs or nouns), passed as
  ``Settings.patterns`` by its directory path. Only what has a dependency-frame equivalent converts:
  a block's default code, ``* NOUN``, ``* {NOUN PHRASE}``, ``* (PREP NOUN)``, ``* PREP NOUN``,
  synsets, particles (``* DOWN``); pre-verb patterns and actor markers ($ + ^ %) are dropped and
  counted. Codes that are not CAMEO (the test dictionary keeps WEIS-era codes like 903) become the
  set's ``local_codes``.
- ``PETR.Validate.discards.txt`` -> the pattern set's ``discard_sentences`` / ``discard_stories``.
- ``PETR.Validate.agents.txt`` -> the overlay's ``agents`` (with ``replace_agents``): each agent noun
  keeps its PETRARCH code (``~GOV``, ``NGO~``), which the resolver composes with the owner's code
  ("Calenardhon government" -> CAL + ~GOV = CALGOV).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..coding.registry import PETRARCH2_RULES
from ..errors import DataError
from ..settings import Settings

if TYPE_CHECKING:
    from ..pipeline import Pipeline

ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
VERBS_FILE = "PETR.Validate.verbs.txt"
DISCARDS_FILE = "PETR.Validate.discards.txt"

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


def petrarch_date(text: str) -> dt.date:
    """PETRARCH dates: YYYYMMDD or YYMMDD (two-digit years below 30 are 20xx)."""
    digits = text.strip()
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy < 30 else 1900 + yy}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"'{text}' is not a PETRARCH date")
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def parse_code(block: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    """'HOBGOV 19950601 - 19990815' -> ('HOBGOV', from, until-exclusive); '<d' is before, '>d' after."""
    text = block.strip()
    m = re.match(r"([^\s<>]*)\s*(.*)$", text)
    code_raw, rest = (m.group(1), m.group(2).strip()) if m else ("", text)
    code = "/".join(c.strip() for c in code_raw.upper().split("/") if c.strip()) or None  # ELR/GAL: two actors
    if not rest:
        return code, None, None
    if rest.startswith("<"):
        return code, None, petrarch_date(rest[1:])
    if rest.startswith(">"):
        return code, petrarch_date(rest[1:]) + dt.timedelta(days=1), None
    parts = [p for p in re.split(r"\s*-\s*", rest) if p]
    if len(parts) != 2:
        raise ValueError(f"cannot read the date restriction '{rest}'")
    return code, petrarch_date(parts[0]), petrarch_date(parts[1]) + dt.timedelta(days=1)


def with_dates(role: dict[str, Any], start: dt.date | None, end: dt.date | None) -> dict[str, Any]:
    """``role`` with the KB's ``from``/``until`` (exclusive) keys for a dated code's bounds, where it has them."""
    if start:
        role["from"] = start.isoformat()
    if end:
        role["until"] = end.isoformat()
    return role


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
                code, start, end = parse_code(block)
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
            chunk = code[i : i + 3]
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
            roles.append(with_dates(role, start, end))
        if roles:
            entry["roles"] = roles
        entries.append(entry)
    return entries


def read_agents(path: str | Path) -> list[tuple[str, str]]:
    """(noun phrase, code) of a PETRARCH agent dictionary: '~GOV' is a suffix, 'NGO~' a prefix.

    ``!NAME! = A, B`` substitution sets are expanded (each item replaces the marker); explicit plurals
    (``GOOSE {GEESE}``) are listed as phrases of their own (regular plurals come from the lemmatiser)."""
    out: list[tuple[str, str]] = []
    raw = _COMMENT_BLOCK.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    subs: dict[str, list[str]] = {}
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        sub = re.match(r"^!([^!]+)!\s*=\s*(.*)$", line)
        if sub:
            subs[sub.group(1).upper()] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        if not line or line.startswith("!") and "[" not in line:
            continue
        codes = _CODE_BLOCK.findall(line)
        plural = re.search(r"\{([^}]*)\}", line)
        head = re.sub(r"\{[^}]*\}", "", _CODE_BLOCK.sub("", line)).strip()
        if not codes or not head:
            continue
        code = codes[0].strip()
        forms = [head] + ([p for p in plural.group(1).split() if p] if plural else [])
        for form in forms:
            marker = re.search(r"!([^!]+)!", form)
            variants = (
                [form[: marker.start()] + w + form[marker.end() :] for w in subs.get(marker.group(1).upper(), [])]
                if marker
                else [form]
            )
            out += [(_phrase(v), code) for v in variants if "!" not in v]
    return out


def read_discards(path: str | Path) -> tuple[list[str], list[str]]:
    """The phrases of a PETRARCH discards dictionary, lower-case: (sentence discards, story discards);
    a leading '+' marks a story discard."""
    sentences: list[str] = []
    stories: list[str] = []
    raw = _COMMENT_BLOCK.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    for line in raw.splitlines():
        text = line.split("#", 1)[0].split(";", 1)[0].strip()
        if not text:
            continue
        story = text.startswith("+")
        phrase = _phrase(text.lstrip("+")).lower()
        if phrase:
            (stories if story else sentences).append(phrase)
    return sentences, stories


# Last words of agent phrases that name a body of people rather than one person.
_GROUP_WORDS = frozenset(
    "government ministry ministries police troops forces force media press judiciary parliament congress court "
    "service services group groups organisation organization organisations organizations body community "
    "corporation movement party newspaper union opposition authority authorities military army navy wing "
    "officials militia council committee agency administration regime cabinet".split()
)


def agent_items(agents: list[tuple[str, str]], sectors: set[str]) -> list[dict[str, Any]]:
    """PETRARCH agents as overlay ``agents`` items (the ``agents.yaml`` format with a ``code``)."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for phrase, code in agents:
        noun = re.sub(r"\s*-\s*", "-", phrase.lower()).strip()
        code = code.replace(" ", "").upper()
        if not noun or noun in seen or not re.fullmatch(r"~[A-Z0-9]+|[A-Z0-9]+~", code):
            continue
        seen.add(noun)
        chunks = code.strip("~")
        sector = next((chunks[i : i + 3] for i in range(0, len(chunks) - 2, 3) if chunks[i : i + 3] in sectors), "CVL")
        kind = "group" if noun.split()[-1] in _GROUP_WORDS else "person"
        items.append({"noun": noun, "sector": sector, "kind": kind, "code": code})
    return items


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


@dataclass
class VerbConversion:
    """The PETR.Validate verbs as pattern-set entries, and what could not be converted."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    patterns: int = 0
    converted: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    local_codes: set[str] = field(default_factory=set)  # the dictionary's own codes outside CAMEO

    def drop(self, why: str) -> None:
        self.dropped[why] = self.dropped.get(why, 0) + 1


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` blocks: name -> lower-case phrases (nested synsets expanded once)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text[1:].split()[0].rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current is not None:
            sets[current].append(text[1:].strip())
        elif text:
            current = None
    out: dict[str, list[str]] = {}
    for name, phrases in sets.items():
        words: list[str] = []
        for ph in phrases:
            if ph.startswith("&"):
                words += [w for w in sets.get(ph[1:].rstrip("_"), []) if not w.startswith("&")]
            else:
                words.append(ph)
        out[name] = [_phrase(w).lower() for w in words if w]
    return out


def _verb_lemma(text: str) -> str | None:
    """'BREAK {BROKE BROKEN}' -> 'break'; '+CORDON_OFF {...}' -> 'cordon off'; 'WIRE_+TAP' -> 'wire tap'."""
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text).strip()
    if not head:
        return None
    words = [w.lstrip("+") for w in head.split("_") if w.strip("+")]
    if not words or not all(re.fullmatch(r"[A-Za-z'\-]+", w) for w in words):
        return None
    return " ".join(words).lower()


_NO_EVENT = ("---", "")


_LOCAL_CODE = re.compile(r"\d{2,4}[A-Z]?")


def _codes(block: str | None, known: set[str], local: set[str] | None = None) -> tuple[str | None, str | None, bool]:
    """'032:033' -> ('032', '033', True); '---' -> (None, None, True): no event; a code that is not
    CAMEO -> (None, None, False), unless ``local`` collects the dictionary's own codes (added to it).
    A reverse code that is not CAMEO is left out."""
    if block is None:
        return None, None, False
    parts = [p.strip().upper() for p in block.split(":")]
    code = parts[0]
    if code in _NO_EVENT:
        return None, None, True
    if code not in known and local is not None and _LOCAL_CODE.fullmatch(code):
        local.add(code)
    elif code not in known:
        return None, None, False
    reverse = parts[1] if len(parts) > 1 and parts[1] in known else None
    return code, reverse, True


def _weight(frame: dict[str, Any]) -> int:
    """How specific a frame is (more conditions first, as PETRARCH prefers the longest pattern): its
    words before and after the verb (a position counts the words of its shortest alternative)."""
    n = sum(min(len(a.split()) for a in alts) for k in ("before", "after") for alts in frame.get(k, ()) if alts)
    n += sum(1 for k in ("dobj", "prep", "text", "mutual") if k in frame)
    return n


def convert_verbs(path: str | Path, known_codes: set[str], local_codes: bool = False) -> VerbConversion:
    """The verb blocks of a PETRARCH verb dictionary as pattern-set entries (``verbs.petrarch.yaml``).

    Each pattern becomes a frame (``coding.petrarch_frames.petrarch_frame``: dependency conditions where
    they exist, else PETRARCH's own word order before and after the verb); ``[032:033]`` codes keep their
    reverse code; ``[---]`` is a frame that codes no event. A verb listed with its own code
    (``DOWNPLAY [014]`` in a block) gets an entry of its own with the block's patterns. With
    ``local_codes``, codes outside CAMEO (the test dictionary's 903) are kept and listed in
    ``local_codes`` (the pattern set's config key of that name), else dropped."""
    from ..coding.petrarch_frames import petrarch_frame

    raw = _COMMENT_BLOCK.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    lines = raw.splitlines()
    synsets = _synsets(lines)
    result = VerbConversion()
    local = result.local_codes if local_codes else None
    blocks: list[tuple[str, str | None, list[str], list[tuple[str, str]]]] = []
    in_synset = False
    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", text)
        if m:
            blocks.append((m.group(1), m.group(2).strip(), [], []))
            continue
        if text.lstrip().startswith("&"):
            in_synset = True
            continue
        if in_synset and text.startswith("+"):
            continue
        in_synset = False
        if not blocks or not text.strip():
            continue
        p = re.match(r"^-\s+(.*?)\[([^\]]+)\]", text)
        if p:
            blocks[-1][3].append((p.group(1).strip(), p.group(2).strip()))
        elif not text.startswith("-"):
            blocks[-1][2].append(text)
    used: set[str] = set()
    for name, block_code, verbs, patterns in blocks:
        default, default_rev, ok = _codes(block_code, known_codes, local)
        if not ok:
            result.drop("block code not CAMEO")
        frames: list[dict[str, Any]] = []
        for pattern, pcode in patterns:
            result.patterns += 1
            code, reverse, ok = _codes(pcode, known_codes, local)
            if not ok:
                result.drop("code not CAMEO")
                continue
            stats: dict[str, int] = {}
            frame = petrarch_frame(pattern, synsets, stats, dependency=False)
            if frame is None:
                for why in stats:
                    result.drop(why)
                continue
            result.converted += 1
            frame["code"] = code
            if reverse:
                frame["reverse"] = reverse
            if frame not in frames:
                frames.append(frame)
        frames.sort(key=lambda f: -_weight(f))
        groups: dict[tuple[str | None, str | None], list[str]] = {}
        for verb in verbs:
            lemma = _verb_lemma(verb)
            if not lemma:
                continue
            own = _CODE_BLOCK.search(verb)
            codes = _codes(own.group(1), known_codes, local)[:2] if own else (default, default_rev)
            groups.setdefault(codes, [])
            if lemma not in groups[codes]:
                groups[codes].append(lemma)
        for (code, reverse), lemmas in groups.items():
            if code is None and not frames:
                continue
            base = f"petr-validate:{name.lower().strip('_')}"
            ident, n = base, 2
            while ident in used:
                ident, n = f"{base}-{n}", n + 1
            used.add(ident)
            entry: dict[str, Any] = {"id": ident, "lemmas": lemmas, "code": code}
            if reverse:
                entry["reverse"] = reverse
            if frames:
                entry["frames"] = [dict(f, id=f"{ident}#{i}") for i, f in enumerate(frames, 1)]
            result.entries.append(entry)
    return result


def write_pattern_set(gold_dir: str | Path, out_dir: str | Path) -> tuple[Path, VerbConversion]:
    """A pattern-set directory from ``PETR.Validate.verbs.txt`` (with the packaged coder config)."""
    from ..coding.ontology import load_ontology
    from ..coding.patterns import patterns_dir

    source = Path(gold_dir) / VERBS_FILE
    if not source.exists():
        raise DataError(str(source), "PETRARCH2's validation verb dictionary is missing")
    conversion = convert_verbs(source, set(load_ontology().cameo), local_codes=True)
    target = Path(out_dir) / "petr-validate.v1"
    target.mkdir(parents=True, exist_ok=True)
    header = (
        f"# Converted at run time from {source} (openeventdata/petrarch2, MIT) by "
        "wirecoder.evaluation.petrarch_dicts. Not part of the package.\n"
    )
    (target / "verbs.petrarch.yaml").write_text(
        header + yaml.safe_dump({"verbs": conversion.entries}, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    (target / "verbs.yaml").write_text("verbs: []\n", encoding="utf-8")
    (target / "nouns.yaml").write_text("nouns: []\n", encoding="utf-8")
    config = (patterns_dir("cameo.v1") / "config.yaml").read_text(encoding="utf-8")
    if (Path(gold_dir) / DISCARDS_FILE).exists():
        sentences, stories = read_discards(Path(gold_dir) / DISCARDS_FILE)
        config += (
            "\n# PETRARCH discards ("
            + DISCARDS_FILE
            + ")\n"
            + yaml.safe_dump({"discard_sentences": sentences, "discard_stories": stories}, allow_unicode=True)
        )
    config = re.sub(
        r"^future_as_intent:.*$", "future_as_intent: false  # PETRARCH codes the act, not a promise", config, flags=re.M
    )
    if conversion.local_codes:
        config += "\n# The dictionary's own codes outside CAMEO (coded with no PLOVER type)\n" + yaml.safe_dump(
            {"local_codes": sorted(conversion.local_codes)}
        )
    config = _as_petrarch2_reads(config)
    (target / "config.yaml").write_text(config, encoding="utf-8")
    return target, conversion


def _as_petrarch2_reads(config: str) -> str:
    """The config text with PETRARCH2's reading of words and its rule lists (``PETRARCH2_RULES``) in place
    of the pattern set's own."""
    reading = {"verbs_as_written_first": True, "conjoined_modifier_actors": True}
    for key in [*reading, *PETRARCH2_RULES]:
        # the key's line and its indented or commented continuation lines
        config = re.sub(rf"^{key}:.*\n(?:[ \t#].*\n|\n(?=[ \t]))*", "", config, flags=re.M)
    rules = {key: list(names) for key, names in PETRARCH2_RULES.items()}
    return (
        config
        + "\n# Read words as PETRARCH2 does, and its rules (CoderConfig, coding/registry.py)\n"
        + yaml.safe_dump({**reading, **rules}, sort_keys=False)
    )


def write_overlay(gold_dir: str | Path, out_dir: str | Path | None = None) -> Path:
    """Convert ``PETR.Validate.actors.txt`` (and ``PETR.Validate.agents.txt``, which then replaces the
    packaged agent nouns) in ``gold_dir`` into an overlay YAML file; returns its path."""
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
    header = (
        f"# Converted at run time from {source} (openeventdata/petrarch2, MIT) by "
        "wirecoder.evaluation.petrarch_dicts. Not part of the package.\n"
    )
    data: dict[str, Any] = {"actors": entries}
    if (Path(gold_dir) / AGENTS_FILE).exists():
        data["agents"] = agent_items(read_agents(Path(gold_dir) / AGENTS_FILE), sectors)
        data["replace_agents"] = True
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def validate_settings(settings: Settings, gold_dir: str | Path, out_dir: str | Path, verbs: bool = True) -> Settings:
    """``settings`` with the PETR.Validate actors as the actor overlay and (``verbs``) its verbs as the
    pattern set, both converted into ``out_dir``."""
    changed = replace(settings, actors_overlay=write_overlay(gold_dir, out_dir))
    if verbs:
        patterns, _ = write_pattern_set(gold_dir, out_dir)
        # Settings.patterns names a packaged set; an absolute directory path resolves to itself.
        changed = replace(changed, patterns=str(patterns))
    return changed


def validate_pipeline(settings: Settings, gold_dir: str | Path, verbs: bool = True) -> Pipeline:
    """A pipeline that knows the PETR.Validate dictionaries. The converted files live in a temporary
    directory only while the pipeline is built (the stages load their knowledge then)."""
    from ..pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="wirecoder-petr-") as tmp:
        return Pipeline(validate_settings(settings, gold_dir, tmp, verbs))

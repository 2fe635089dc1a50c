"""Boilerplate removal over paragraphs: a scored classifier driven by ``data/boilerplate/rules.yaml``.

Each paragraph gets a score from cue phrases of furniture categories (call-to-action, donation,
comment form, credits, ...) and general features (addressing the reader, an imperative opening, no
final punctuation, shortness, position near the end, link-ish tokens), less the story cues it holds
(reporting verbs, quotations). Paragraphs at or over the threshold are removed; so is the trailing run
of furniture once the story has ended (a lower threshold there, and headings that introduce removed
paragraphs). Inside the body the classifier is conservative: story cues weigh heavily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..article import Removed
from ..errors import DataError
from ..yamlfiles import data_path, parse_yaml, read_text

RULES_DIR = data_path("boilerplate")
DEFAULT_RULES = "boilerplate.v1"
LIST_HEADINGS = frozenset({"related", "navigation", "call-to-action"})  # reasons whose heading may head a list

_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")
_READER = re.compile(r"(?<!\w)(you|your|yours|our|we|us)(?!\w)", re.IGNORECASE)
_LINKISH = re.compile(r"https?://|www\.|\S+@\S+\.\w+|(?<!\w)@\w{2,}|»|\s\|\s")
_FINAL = re.compile(r"[.!?…][”\"’')\]]*$|[”\"]$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class Category:
    name: str
    weight: float
    cues: tuple[re.Pattern[str], ...]
    strong: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Rules:
    """Boilerplate rules loaded from a YAML file (see the file's header for the format)."""

    version: str
    categories: tuple[Category, ...]
    story: tuple[re.Pattern[str], ...]
    features: dict[str, float]
    thresholds: dict[str, float]
    imperative_verbs: frozenset[str]
    imperative_next: frozenset[str]


@dataclass
class Verdict:
    """Why a paragraph is boilerplate (``reason``) and how sure (``score``)."""

    score: float
    reason: str | None
    strong: bool = False
    furniture: bool = False  # has a positive furniture signal (cue, reader address, imperative, link)
    cues: list[str] = field(default_factory=list)


def _compile(cue: object, path: Path, text: str) -> re.Pattern[str]:
    if not isinstance(cue, str) or not cue:
        raise DataError(str(path), f"a cue must be a non-empty string (quote it if it holds ': '), not {cue!r}")
    pattern = cue
    if not cue.startswith("^"):
        pattern = r"(?<!\w)" + pattern
    if cue[-1:].isalnum() or cue.endswith(")") or cue.endswith("?"):
        pattern = pattern + r"(?!\w)"
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        line = next((i + 1 for i, row in enumerate(text.splitlines()) if cue in row), None)
        raise DataError(str(path), f"bad regular expression {cue!r}: {exc}", line) from None


def _need(mapping: Any, key: str, kind: type, path: Path) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise DataError(str(path), f"missing key '{key}'")
    value = mapping[key]
    if kind is float and isinstance(value, int):
        value = float(value)
    if not isinstance(value, kind):
        raise DataError(str(path), f"'{key}' must be a {kind.__name__}, not {type(value).__name__}")
    return value


def load_rules(path: str | Path | None = None) -> Rules:
    """Load and validate a rules file (default: the packaged ``rules.yaml``); raise ``DataError``."""
    path = Path(path) if path else RULES_DIR / "rules.yaml"
    text = read_text(path)
    data = parse_yaml(text, path)
    categories = []
    for name, spec in _need(data, "categories", dict, path).items():
        cues = [_compile(c, path, text) for c in _need(spec, "cues", list, path)]
        strong = [_compile(c, path, text) for c in spec.get("strong", []) or []]
        categories.append(Category(name, _need(spec, "weight", float, path), tuple(cues), tuple(strong)))
    features = {k: float(v) for k, v in _need(data, "features", dict, path).items()}
    thresholds = {k: float(v) for k, v in _need(data, "thresholds", dict, path).items()}
    for key in ("remove", "tail", "heading_words", "short_words", "long_words", "end_share"):
        if key not in thresholds:
            raise DataError(str(path), f"thresholds: missing key '{key}'")
    return Rules(
        version=str(_need(data, "version", str, path)),
        categories=tuple(categories),
        story=tuple(_compile(c, path, text) for c in _need(data, "story", list, path)),
        features=features,
        thresholds=thresholds,
        imperative_verbs=frozenset(str(v).lower() for v in _need(data, "imperative_verbs", list, path)),
        imperative_next=frozenset(str(v).lower() for v in _need(data, "imperative_next", list, path)),
    )


@lru_cache(maxsize=4)
def packaged_rules(name: str = DEFAULT_RULES) -> Rules:
    """The packaged rules called ``name`` (loaded once per process)."""
    rules = load_rules(RULES_DIR / "rules.yaml")
    if rules.version != name:
        raise DataError(str(RULES_DIR / "rules.yaml"), f"rules '{name}' not found (have '{rules.version}')")
    return rules


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_heading(text: str, rules: Rules, colon: bool = False) -> bool:
    """A short single line without final punctuation (``colon``: or ending in a colon)."""
    n = len(words(text))
    body = text[:-1] if colon and text.endswith(":") else text
    return "\n" not in text and 0 < n <= rules.thresholds["heading_words"] and not _FINAL.search(body)


def is_headline(text: str, rules: Rules) -> bool:
    """A single line that reads like a linked headline: not long, no final full stop."""
    n = len(words(text))
    return "\n" not in text and 0 < n <= rules.thresholds["short_words"] + 4 and not _FINAL.search(text)


def score_paragraph(text: str, position: float, rules: Rules) -> Verdict:
    """Score one paragraph; ``position`` is its index over the number of paragraphs (0..1)."""
    f, t = rules.features, rules.thresholds
    ws = words(text)
    n = len(ws)
    long = n > t["long_words"]
    score, reason, best, strong = 0.0, None, 0.0, False
    cues: list[str] = []
    for cat in rules.categories:
        hits = [p for p in cat.cues + cat.strong if p.search(text)]
        if not hits:
            continue
        cues.extend(p.pattern for p in hits)
        gain = cat.weight + f.get("extra_cue", 0.5) * (len(hits) - 1)
        score += gain
        if any(p.search(text) for p in cat.strong) and not long:
            strong, gain = True, gain + 100
        if gain > best:
            best, reason = gain, cat.name
    unquoted = _QUOTED.sub(" ", text)
    reader = len(_READER.findall(unquoted))
    imperative = n >= 2 and ws[0].lower() in rules.imperative_verbs and ws[1].lower() in rules.imperative_next
    linkish = bool(_LINKISH.search(text))
    score += min(reader * f["reader_address"], f["reader_address_max"])
    score += f["imperative_start"] if imperative else 0.0
    score += f["linkish"] if linkish else 0.0
    score += f["no_final_punct"] if not _FINAL.search(text) else 0.0
    score += f["short"] if n <= t["short_words"] else 0.0
    score += f["near_end"] if position >= 1 - t["end_share"] else 0.0
    score += f["long"] if long else 0.0
    story = sum(1 for p in rules.story if p.search(text))
    score += max(story * f["story"], f["story_max"])
    furniture = bool(cues) or imperative or linkish or (reader >= 2 and not long)
    return Verdict(round(score, 3), reason, strong, furniture, cues)


def classify(paragraphs: list[str], rules: Rules) -> list[Verdict | None]:
    """For each paragraph, its ``Verdict`` when it is boilerplate, else None."""
    n = len(paragraphs)
    t = rules.thresholds
    verdicts = [score_paragraph(p, i / max(n - 1, 1), rules) for i, p in enumerate(paragraphs)]
    out: list[Verdict | None] = [v if (v.strong or v.score >= t["remove"]) else None for v in verdicts]
    # The trailing run of furniture once the story has ended.
    i = n - 1
    while i > 0:
        v = verdicts[i]
        if out[i] is None:
            if v.furniture and v.score >= t["tail"]:
                out[i] = v
            elif is_heading(paragraphs[i], rules) and i + 1 < n and out[i + 1] is not None:
                out[i] = Verdict(v.score, v.reason)
            else:
                break
        current = out[i]
        if current is not None and current.reason is None:
            after = out[i + 1] if i + 1 < n else None
            current.reason = after.reason if after is not None else "trailing-furniture"
        i -= 1
    _extend_link_lists(paragraphs, out, rules)
    for verdict in out:
        if verdict is not None and verdict.reason is None:
            verdict.reason = "furniture"
    return out


def _extend_link_lists(paragraphs: list[str], out: list[Verdict | None], rules: Rules) -> None:
    """After a "Related stories:" / "Read more" heading, the headlines listed under it go too."""
    for i, verdict in enumerate(out):
        if verdict is None or verdict.reason not in LIST_HEADINGS or not is_heading(paragraphs[i], rules, colon=True):
            continue
        j = i + 1
        while j < len(paragraphs) and out[j] is None and is_headline(paragraphs[j], rules):
            out[j] = Verdict(verdict.score, verdict.reason)
            j += 1


def leading_menu(paragraphs: list[str], min_run: int = 3, max_words: int = 3) -> int:
    """Length of a run of menu items at the very start ("Home", "World", "Politics", ...), else 0."""
    run = 0
    for text in paragraphs:
        if "\n" in text or len(words(text)) > max_words or _FINAL.search(text):
            break
        run += 1
    return run if run >= min_run else 0


def strip_boilerplate(paragraphs: list[str], rules: Rules) -> tuple[list[str], list[Removed]]:
    """The paragraphs that are story text, and the removed ones with their reasons."""
    kept: list[str] = []
    removed: list[Removed] = []
    for text, verdict in zip(paragraphs, classify(paragraphs, rules), strict=True):
        if verdict is None:
            kept.append(text)
        else:
            removed.append(Removed(text, verdict.reason or "furniture"))
    return kept, removed

"""Loading the word lists under ``data/lexicon/`` (number words, quantity kinds, modality cues, speech verbs,
place prepositions, time words).

Each list is one YAML file with a ``version``; :func:`load` reads it once per process, checks the keys
that the code relies on, and raises :class:`~wirecoder.errors.DataError` (file and line) otherwise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ..errors import DataError
from ..yamlfiles import SafeLoader, data_path, read_yaml
from .lexicon_keys import REQUIRED  # the keys each list must have, checked on load

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"

# The list (or mapping) whose named subsets a lexicon's ``subsets`` are.
SUBSETS_OF = {"speech_verbs": "verbs", "place_prepositions": "prepositions", "force_nouns": "nouns"}


_Lists = TypeVar("_Lists")


def _line_of(text: str, key: str) -> int | None:
    """The 1-based line where ``key:`` is first written, for error messages."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return None


@cache
def load(name: str, directory: Path = LEXICON_DIR) -> dict[str, Any]:
    """The lexicon ``name`` (``data/lexicon/<name>.yaml``), validated. Cached: treat it as read-only."""
    path = directory / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(str(path), f"cannot read lexicon '{name}': {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=SafeLoader)  # noqa: S506 - libyaml's safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(str(path), f"not valid YAML: {exc}", mark.line + 1 if mark else None) from exc
    if not isinstance(data, dict):
        raise DataError(str(path), "expected a mapping of lists at the top level")
    if not isinstance(data.get("version"), int):
        raise DataError(str(path), "missing an integer 'version' key", 1)
    for key, kind in REQUIRED.get(name, {}).items():
        if key not in data:
            raise DataError(str(path), f"missing the key '{key}' (a {kind.__name__})")
        if not isinstance(data[key], kind):
            raise DataError(
                str(path), f"'{key}' must be a {kind.__name__}, not {type(data[key]).__name__}", _line_of(text, key)
            )
    return data


@cache
def subset(name: str, key: str) -> frozenset[str]:
    """The named subset ``key`` of lexicon ``name`` (``subsets: {key: [...]}``), lower-case; every member
    must be in the lexicon's main list, so that one list holds every word and rules pick from it."""
    data = load(name)
    path = LEXICON_DIR / f"{name}.yaml"
    subsets = data.get("subsets") or {}
    if key not in subsets or not isinstance(subsets[key], list):
        raise DataError(str(path), f"no subset '{key}' (a list) under 'subsets'")
    odd = [v for v in [*subsets[key], *data[SUBSETS_OF[name]]] if not isinstance(v, str)]
    if odd:  # YAML reads a bare on/off/yes/no as a boolean
        raise DataError(str(path), f'\'{odd[0]}\' is not a word: quote it ("on", "off")')
    members = word_set(subsets[key])
    outside = sorted(members - word_set(data[SUBSETS_OF[name]]))
    if outside:
        raise DataError(str(path), f"subset '{key}': {', '.join(outside)} not in '{SUBSETS_OF[name]}'")
    return members


def word_set(values: Any) -> frozenset[str]:
    """Lower-case strings of a list from a lexicon (numbers and booleans YAML may produce become text)."""
    return frozenset(str(v).lower() for v in values or ())


def word_lists(name: str, lists: type[_Lists]) -> _Lists:
    """Lexicon ``name`` read into ``lists``, a dataclass whose every field is a word set of the same key."""
    data = load(name)
    return lists(**{k: word_set(data.get(k)) for k in lists.__dataclass_fields__})  # type: ignore[attr-defined]


@cache
def person_nouns() -> frozenset[str]:
    """Nouns of one person ("policeman", "commander", "shopkeeper"): the actor base's agent nouns and the
    casualty words of ``quantity_kinds``, less the ``collective_nouns`` ("army", "crowd", "government")."""
    agents = read_yaml(data_path("actors", "agents.yaml"))
    nouns = {str(a["noun"]).lower() for a in agents if isinstance(a, dict) and "noun" in a}
    kinds = load("quantity_kinds")
    nouns |= {str(w).lower() for words in kinds["group_nouns"].values() for w in words}
    nouns |= {str(w).lower() for w in kinds.get("person_nouns", ())}  # "a girl", "a shepherd"
    return frozenset(nouns - word_set(load("collective_nouns")["nouns"]))

"""The one reader of the package's data files: YAML (optionally with each mapping's line) and CSV with comments.

Every loader of ``data/`` goes through here, so a broken file always fails the same way: a ``DataError``
naming the file and, where there is one, the line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

#: The package's data files (ontologies, patterns, actors, places, lexicons).
DATA_DIR = Path(__file__).resolve().parent / "data"

#: libyaml's parser when PyYAML was built with it (4x faster on the actor and pattern files, same data);
#: the pure-Python one otherwise. Construction (what YAML types mean) is the same Python code in both.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(SafeLoader):  # type: ignore[valid-type,misc]  # a base class chosen at run time
    """A safe YAML loader that records the (1-based) line of each mapping as ``__line__``."""


def _mapping_with_line(loader: LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def data_path(*parts: str) -> Path:
    """A packaged data file: ``data_path("actors", "countries.csv")``."""
    return DATA_DIR.joinpath(*parts)


def read_text(path: Path) -> str:
    """The file's text (UTF-8), or a ``DataError`` saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(str(path), f"cannot read: {exc.strerror or exc}") from None


def read_word_list(path: Path) -> list[str]:
    """The words of a one-word-a-line list (``#`` comments, blank lines skipped); empty when the file is absent."""
    if not path.exists():
        return []
    return [w for w in (line.split("#", 1)[0].strip() for line in read_text(path).splitlines()) if w]


def parse_yaml(text: str, path: Path, *, lines: bool = False) -> Any:
    """The YAML document in ``text`` (read from ``path``); with ``lines``, mappings carry ``__line__``.

    Without ``lines`` the pure-Python parser reads it: it accepts a few flow forms (``[tags:]``) that
    libyaml rejects, so a validator can then say what is wrong instead of a bare syntax error."""
    try:
        return yaml.load(text, Loader=LineLoader if lines else yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(str(path), f"not valid YAML: {exc}", mark.line + 1 if mark else None) from None


def read_yaml(path: Path, *, lines: bool = False) -> Any:
    """The YAML document at ``path``; with ``lines``, every mapping carries its line as ``__line__``."""
    return parse_yaml(read_text(path), path, lines=lines)


def read_csv(path: Path, required: Iterable[str] = ()) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV file, each with its 1-based line; lines starting with ``#`` and blank lines are
    comments. The header must name every column in ``required``."""
    numbered = [(n, line) for n, line in enumerate(read_text(path).splitlines(), 1) if line and line[0] != "#"]
    reader = csv.DictReader(line for _, line in numbered)
    missing = sorted(set(required) - set(reader.fieldnames or ()))
    if missing:
        where = numbered[0][0] if numbered else None
        raise DataError(str(path), f"header lacks the column(s) {', '.join(missing)}", where)
    return [
        (n, {k: v or "" for k, v in row.items() if k is not None})
        for (n, _), row in zip(numbered[1:], reader, strict=False)
    ]

"""YAML reading shared by the data-file loaders: every mapping remembers its line, for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

#: libyaml's parser when PyYAML was built with it (4x faster on the actor and pattern files, same data);
#: the pure-Python one otherwise. Construction (what YAML types mean) is the same Python code in both.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[assignment]


class LineLoader(SafeLoader):  # type: ignore[valid-type,misc]
    """A safe YAML loader that records the (1-based) line of each mapping as ``__line__``."""


def _mapping_with_line(loader: LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_yaml(path: Path) -> Any:
    """The YAML file ``path`` read with ``LineLoader``; a broken or unreadable file is a ``DataError``
    naming the file (and the line, when the parser knows it)."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=LineLoader)  # noqa: S506 - safe subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(
            str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}", mark.line + 1 if mark else None
        ) from exc
    except OSError as exc:
        raise DataError(str(path), f"cannot read: {exc.strerror}") from exc

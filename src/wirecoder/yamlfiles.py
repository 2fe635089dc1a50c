"""YAML reading shared by the data-file loaders: every mapping remembers its line, for error messages."""

from __future__ import annotations

from typing import Any

import yaml


class LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the (1-based) line of each mapping as ``__line__``."""


def _mapping_with_line(loader: LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)

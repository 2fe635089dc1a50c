"""What the scripts that score a composed fixture share: reading the fixture in one clear line on error.

Imported by the ``score_*.py`` scripts inside ``main`` (run as scripts, this folder is on ``sys.path``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def read_fixture(path: Path) -> Any | None:
    """The fixture's YAML, or None after one line on stderr naming the file and the problem."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{path}: cannot read the fixture ({exc})", file=sys.stderr)
        return None

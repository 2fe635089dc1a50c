"""What sectors mean to the resolver's rules: the named groups of ``data/actors/sectors.yaml``.

A rule asks ``sector_group("state_office")`` instead of spelling ``("GOV", "MIL", ...)``, so the meaning
of a sector to every rule is one edit of the data file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import DataError
from ..yamlfiles import read_yaml

SECTORS_FILE = Path(__file__).resolve().parents[1] / "data" / "actors" / "sectors.yaml"
#: The top-level key of sectors.yaml that holds the groups (every other key is a sector code).
GROUPS_KEY = "groups"


@cache
def _groups(path: Path = SECTORS_FILE) -> dict[str, frozenset[str]]:
    data = read_yaml(path, lines=True)
    raw = data.get(GROUPS_KEY) if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        raise DataError(str(path), f"expected a '{GROUPS_KEY}' mapping of name -> [sector codes]")
    codes = {k for k in data if k not in (GROUPS_KEY, "__line__")}
    groups: dict[str, frozenset[str]] = {}
    for name, members in raw.items():
        if name == "__line__":
            continue
        if not isinstance(members, list) or not members or not set(map(str, members)) <= codes:
            unknown = ", ".join(sorted(set(map(str, members or [])) - codes)) if isinstance(members, list) else ""
            raise DataError(str(path), f"group '{name}' must be a list of sector codes of this file {unknown}".strip())
        groups[str(name)] = frozenset(str(m) for m in members)
    return groups


def sector_group(name: str) -> frozenset[str]:
    """The sector codes of the group ``name`` in sectors.yaml; an unknown name is a ``DataError``."""
    groups = _groups()
    if name not in groups:
        raise DataError(str(SECTORS_FILE), f"no sector group '{name}' (known: {', '.join(sorted(groups))})")
    return groups[name]


def sector_named(name: str) -> str:
    """The one sector code of a one-sector group ("government" -> "GOV")."""
    codes = sector_group(name)
    if len(codes) != 1:
        raise DataError(str(SECTORS_FILE), f"sector group '{name}' must name exactly one sector")
    return next(iter(codes))

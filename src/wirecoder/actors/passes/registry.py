"""The registry of the resolver's passes: ``register(name)`` and the order ``data/actors/passes.yaml`` lists."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from ...errors import ConfigError, DataError
from ...yamlfiles import read_yaml
from ..state import ResolutionState

Pass = Callable[[ResolutionState], None]
PASSES_FILE = Path(__file__).resolve().parents[2] / "data" / "actors" / "passes.yaml"
_REGISTRY: dict[str, Pass] = {}


def register(name: str) -> Callable[[Pass], Pass]:
    """Register a pass under ``name`` ("actors.names.v1"); a name is registered once."""

    def add(fn: Pass) -> Pass:
        if name in _REGISTRY:
            raise ValueError(f"resolver pass '{name}' is registered twice")
        _REGISTRY[name] = fn
        return fn

    return add


def registered() -> dict[str, Pass]:
    """Every registered pass by name."""
    return dict(_REGISTRY)


@cache
def pass_order(path: Path = PASSES_FILE) -> tuple[str, ...]:
    """The names of the passes to run, in order, as ``passes.yaml`` lists them (checked against the registry)."""
    data = read_yaml(path, lines=True)
    listed = data.get("passes") if isinstance(data, dict) else None
    if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
        raise DataError(str(path), "expected 'passes': a list of registered pass names")
    unknown = [n for n in listed if n not in _REGISTRY]
    if unknown:
        raise DataError(
            str(path), f"unknown resolver pass(es) {', '.join(unknown)}; registered: {', '.join(sorted(_REGISTRY))}"
        )
    return tuple(listed)


def passes(order: tuple[str, ...] | None = None) -> list[Pass]:
    """The pass functions named in ``order`` (default: the order of ``passes.yaml``)."""
    unknown = [n for n in order or () if n not in _REGISTRY]
    if unknown:
        raise ConfigError(f"unknown resolver pass(es) {', '.join(unknown)}; registered: {', '.join(sorted(_REGISTRY))}")
    return [_REGISTRY[n] for n in (pass_order() if order is None else order)]

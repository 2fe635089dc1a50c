"""The resolver's passes: each is ``fn(state) -> None``, registered by name, run in the order that
``data/actors/passes.yaml`` lists.

A pass reads and extends one article's ``ResolutionState`` (``actors/state.py``). To add one: write
``fn(state)`` in a module here, decorate it with ``@register("actors.my_step.v1")`` (from ``.registry``),
import the module below, and put the name in ``passes.yaml`` where it should run.
"""

from __future__ import annotations

# The built-in passes register themselves on import.
from . import (
    acronyms,
    branch_names,
    branches,
    dateline,
    force,
    groups,
    names,
    office_surnames,
    outlets,
    owned_bodies,
    persons,
    place_qualifiers,
    places,
    residents,
    short_names,
    surnames,
    text_order,
)
from .registry import PASSES_FILE, Pass, pass_order, passes, register, registered

__all__ = [
    "PASSES_FILE",
    "Pass",
    "acronyms",
    "branch_names",
    "branches",
    "dateline",
    "force",
    "groups",
    "names",
    "office_surnames",
    "outlets",
    "owned_bodies",
    "pass_order",
    "passes",
    "persons",
    "place_qualifiers",
    "places",
    "register",
    "registered",
    "residents",
    "short_names",
    "surnames",
    "text_order",
]

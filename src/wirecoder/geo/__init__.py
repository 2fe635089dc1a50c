"""Offline geocoding: a gazetteer built from packaged data plus a curated alias table, and the choice of
each event's location (see docs/places.md)."""

from .aliases import AliasEntry, load_aliases
from .gazetteer import Gazetteer, Place, load_gazetteer
from .names import normalize
from .resolve import locate_event
from .stage import GeoStage

__all__ = [
    "AliasEntry",
    "Gazetteer",
    "GeoStage",
    "Place",
    "load_aliases",
    "load_gazetteer",
    "locate_event",
    "normalize",
]

"""The ``dates`` stage and the date resolution it and the coder share (``event_date``)."""

from __future__ import annotations

from .background import mark_background
from .event_dating import Dating, event_date, event_dating
from .resolve import DateResolver, parse_iso_date
from .stage import TimeStage

__all__ = ["DateResolver", "Dating", "TimeStage", "event_date", "event_dating", "mark_background", "parse_iso_date"]

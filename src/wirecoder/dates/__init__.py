"""The ``dates`` stage and the date resolution it and the coder share (``event_date``)."""

from __future__ import annotations

from .resolve import DateResolver, Dating, event_date, event_dating, mark_background, parse_iso_date
from .stage import TimeStage

__all__ = ["DateResolver", "Dating", "TimeStage", "event_date", "event_dating", "mark_background", "parse_iso_date"]

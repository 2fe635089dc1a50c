"""The ``dates`` stage and the date resolution it and the coder share (``event_date``)."""

from __future__ import annotations

from .resolve import DateResolver, event_date, mark_background, parse_iso_date
from .stage import TimeStage

__all__ = ["DateResolver", "TimeStage", "event_date", "mark_background", "parse_iso_date"]

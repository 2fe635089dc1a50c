"""The ``read`` step: files, directories, globs, stdin and JSON Lines (``files``); WARC, gzipped JSON Lines
and RSS/Atom feeds (``archives``, with the batch extras), into ``Article`` objects."""

from __future__ import annotations

from .archives import ARCHIVE_SUFFIXES, is_archive, read_all, read_archive
from .files import ARTICLE_SUFFIXES, JSONL_SUFFIXES, read_inputs, read_jsonl, record_to_article

__all__ = [
    "ARCHIVE_SUFFIXES",
    "ARTICLE_SUFFIXES",
    "JSONL_SUFFIXES",
    "is_archive",
    "read_all",
    "read_archive",
    "read_inputs",
    "read_jsonl",
    "record_to_article",
]

"""Readers for archives and feeds: WARC crawls (``.warc``, ``.warc.gz``, via warcio), RSS/Atom feed files
(``.rss``, ``.atom``, ``.xml`` holding a feed, via feedparser) and gzipped JSON Lines (``.jsonl.gz``).

Each yields ``Article`` objects (or an ``InputError`` per unreadable record) with a stable source key:
``crawl.warc.gz#12`` (the 12th WARC record), ``feed.xml#3`` (the 3rd entry), ``dump.jsonl.gz:7`` (line 7),
so a batch run can tell which records are done. ``read_all`` reads any mix of inputs: these formats
here, everything else through ``ingest.read_inputs``.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..article import Article
from ..errors import BadRecord, EmptyInput, InputError, TooLarge, Truncated, one_line
from ..settings import Settings
from .files import ARTICLE_SUFFIXES, read_inputs, record_to_article

__all__ = ["ARCHIVE_SUFFIXES", "is_archive", "read_all", "read_feed", "read_jsonl_gz", "read_warc"]

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".jsonl.gz", ".rss", ".atom", ".xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def read_all(inputs: list[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Articles from any inputs: archives and feeds here, other files via ``read_inputs``; sorted order."""
    for spec in inputs:
        path = Path(spec)
        if spec == "-":
            yield from read_inputs([spec], settings, stdin=stdin)
        elif path.is_dir():
            archives = _archives_under(path)
            if _has_articles(path) or not archives:
                yield from read_inputs([spec], settings)
            for archive in archives:
                yield from read_archive(archive, settings)
        elif path.is_file() and is_archive(path):
            yield from read_archive(path, settings)
        elif not path.exists() and set("*?[") & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not any(is_archive(Path(m)) for m in matches):
                yield from read_inputs([spec], settings)
                continue
            for m in matches:
                yield from read_all([m], settings)
        else:
            yield from read_inputs([spec], settings)


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if not n.startswith("."):
                yield Path(root, n)


def _archives_under(directory: Path) -> list[Path]:
    return sorted(p for p in _walk(directory) if is_archive(p))


def _has_articles(directory: Path) -> bool:
    return any(p.suffix.lower() in ARTICLE_SUFFIXES and not is_archive(p) for p in _walk(directory))


def read_archive(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """Dispatch on the file name: WARC, gzipped JSON Lines or a feed."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path, settings)
    elif name.endswith(".jsonl.gz"):
        yield from read_jsonl_gz(path, settings)
    else:
        yield from read_feed(path, settings)


def read_warc(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """HTML and text responses (and resource records) of a WARC file, one article each."""
    from warcio.archiveiterator import ArchiveIterator

    source = str(path)
    found = 0
    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type not in ("response", "resource", "conversion"):
                    continue
                if record.rec_type == "response":
                    status = record.http_headers.get_statuscode() if record.http_headers else None
                    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                    if status and not status.startswith("2"):
                        continue
                else:
                    ctype = record.rec_headers.get_header("Content-Type", "")
                if not ctype.lower().startswith(_HTML_TYPES):
                    continue
                found += 1
                key = f"{source}#{n}"
                data = record.content_stream().read(settings.max_bytes + 1)
                if len(data) > settings.max_bytes:
                    yield TooLarge(
                        key, f"record is over the limit of {settings.max_bytes:,} bytes; raise Settings.max_bytes"
                    )
                elif not data.strip():
                    yield EmptyInput(key, "WARC record has an empty body")
                else:
                    yield Article(
                        raw=data,
                        source=key,
                        url=record.rec_headers.get_header("WARC-Target-URI"),
                        fetched_at=record.rec_headers.get_header("WARC-Date"),
                    )
    except OSError as exc:
        yield InputError(source, f"cannot read {source}: {exc}")
        return
    except Exception as exc:  # warcio raises its own errors on a broken archive
        yield BadRecord(
            source, f"broken WARC file after {found} record(s) ({type(exc).__name__}: {one_line(str(exc), 80)})"
        )
        return
    if not found:
        yield EmptyInput(source, f"{source} holds no HTML or text responses")


def read_jsonl_gz(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """Gzipped JSON Lines: one article object per line (as ``.jsonl``), keys ``file.jsonl.gz:LINE``."""
    source = str(path)
    count = number = 0
    try:
        with gzip.open(path, "rb") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                count += 1
                where = f"{source}:{number}"
                if len(line) > settings.max_bytes:
                    yield TooLarge(where, f"line {number} is over the limit of {settings.max_bytes:,} bytes")
                    continue
                try:
                    record = json.loads(line.decode("utf-8-sig"))
                except RecursionError:
                    yield BadRecord(where, f"line {number} is JSON nested too deeply to read; fix or remove the line")
                    continue
                except (UnicodeDecodeError, ValueError) as exc:
                    yield BadRecord(where, f"line {number} is not valid JSON in UTF-8 ({exc}); fix or remove the line")
                    continue
                try:
                    yield record_to_article(record, where)
                except BadRecord as exc:
                    yield exc
    except (EOFError, zlib.error) as exc:  # the records read so far stand; the rest is one reject
        yield Truncated(
            f"{source}:{number + 1}",
            f"{source} ends (or breaks) inside line {number + 1} ({exc}): a truncated download? "
            f"{count} record(s) before it were read",
        )
        return
    except OSError as exc:
        yield InputError(source, f"cannot read {source}: {exc} (not a gzip file?)")
        return
    if count == 0:
        yield EmptyInput(source, f"{source} holds no records; give one JSON object per line")


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def read_feed(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """Entries of an RSS or Atom file: the full content when the feed carries it, else the summary."""
    import feedparser

    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes * 20:
            yield TooLarge(source, f"feed file is {size:,} bytes; split it or raise Settings.max_bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read {source}: {exc}")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        what = "not an RSS or Atom feed" if feed.bozo else "a feed with no entries"
        yield EmptyInput(source, f"{source} is {what}")
        return
    for n, entry in enumerate(feed.entries, 1):
        key = f"{source}#{n}"
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
        if not body.strip():
            yield EmptyInput(key, "feed entry has no content or summary")
            continue
        yield Article(
            raw=body, source=key, url=entry.get("link"), title=entry.get("title"), published=_entry_date(entry)
        )

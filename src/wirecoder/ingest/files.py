"""Reading inputs: files, directories, glob patterns and stdin, into ``Article`` objects.

``read_inputs`` yields one ``Article`` per article and an ``InputError`` for each input that cannot be
read, so a batch run records the reason and goes on. Order is deterministic (sorted paths). Sizes are
checked before reading: nothing over ``Settings.max_bytes`` is read into memory.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..article import Article
from ..errors import BadRecord, EmptyInput, EncodingError, InputError, TooLarge
from ..settings import Settings

__all__ = ["ARTICLE_SUFFIXES", "JSONL_SUFFIXES", "read_inputs", "read_jsonl", "record_to_article"]

TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".json")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES
_GLOB_CHARS = set("*?[")


def read_inputs(inputs: list[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Articles from each input (file, directory, glob, or ``-`` for stdin), or the error for it."""
    for spec in inputs:
        if spec == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings)
            continue
        path = Path(spec)
        if path.is_dir():
            files = _article_files(path)
            if not files:
                yield EmptyInput(spec, f"directory {spec} holds no articles ({', '.join(ARTICLE_SUFFIXES)} files)")
            for file in files:
                yield from _read_file(file, settings)
        elif path.exists() or path.is_symlink():
            yield from _read_file(path, settings)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            files = []
            for match in matches:
                m = Path(match)
                files.extend(_article_files(m) if m.is_dir() else [m] if m.suffix.lower() in ARTICLE_SUFFIXES else [])
            if not files:
                yield EmptyInput(spec, f"pattern {spec} matches no articles ({', '.join(ARTICLE_SUFFIXES)} files)")
            for file in files:
                yield from _read_file(file, settings)
        else:
            yield InputError(spec, f"cannot read {spec}: no such file or directory; check the path")


def _article_files(directory: Path) -> list[Path]:
    """Article files under ``directory``, recursively, sorted; hidden files and directories skipped."""
    found: list[Path] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, n) for n in names if not n.startswith(".") and Path(n).suffix.lower() in ARTICLE_SUFFIXES
        )
    return sorted(found)


def _cannot_read(path: Path, exc: OSError) -> InputError:
    reason = {
        "PermissionError": "permission denied; check the file's permissions",
        "FileNotFoundError": "no such file; check the path",
        "IsADirectoryError": "is a directory",
    }.get(type(exc).__name__, f"{exc.strerror or exc}")
    return InputError(str(path), f"cannot read {path}: {reason}")


def _too_large(source: str, size: int | None, limit: int) -> TooLarge:
    what = f"{size:,} bytes" if size is not None else f"over {limit:,} bytes"
    return TooLarge(
        source, f"input is {what}, over the limit of {limit:,}; split it into articles or raise Settings.max_bytes"
    )


def _read_file(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    source = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path, settings)
        return
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield _too_large(source, size, settings.max_bytes)
            return
        with path.open("rb") as fh:
            data = fh.read(settings.max_bytes + 1)
    except OSError as exc:
        yield _cannot_read(path, exc)
        return
    if len(data) > settings.max_bytes:
        yield _too_large(source, None, settings.max_bytes)
    elif not data.strip():
        yield EmptyInput(source, f"{source} is empty; pass a file with the article's text or HTML")
    else:
        yield Article(raw=data, source=source)


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Article | InputError]:
    data = stream.read(settings.max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > settings.max_bytes:
        yield _too_large("-", None, settings.max_bytes)
    elif not data.strip():
        yield EmptyInput("-", "standard input is empty; pipe an article's text or HTML into it")
    elif _looks_like_jsonl(data):
        yield from _jsonl_lines(iter(data.splitlines(keepends=True)), "-", settings)
    else:
        yield Article(raw=data, source="-")


def _looks_like_jsonl(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0].strip()
    if not (first.startswith(b"{") and first.endswith(b"}")):
        return False
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(record, dict) and ("text" in record or "html" in record)


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {"dict": "object", "list": "array", "NoneType": "null"}.get(type(value).__name__, "string")


def record_to_article(record: Any, source: str) -> Article:
    """An ``Article`` from one JSON record ``{"id","text" or "html","published"?,"url"?,"title"?}``."""
    if not isinstance(record, dict):
        raise BadRecord(source, f'record is a JSON {type(record).__name__}, not an object with a "text" field')
    body = record.get("text") if record.get("text") is not None else record.get("html")
    if not isinstance(body, str):
        raise BadRecord(source, 'record has no "text" (or "html") string; give the article text in "text"')
    optional: dict[str, str | None] = {}
    for key in ("id", "published", "url", "title"):
        value = record.get(key)
        if key == "published" and value is not None and not isinstance(value, str):
            raise BadRecord(
                source, f'field "published" must be a date string such as "2023-01-31", not a JSON {_json_type(value)}'
            )
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise BadRecord(source, f'field "{key}" must be a string, not a JSON {_json_type(value)}')
        optional[key] = str(value) if value is not None else None
    return Article(
        raw=body,
        source=source,
        id=optional["id"],
        url=optional["url"],
        title=optional["title"],
        published=optional["published"],
    )


def read_jsonl(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """Articles from a JSON Lines file (or a ``.json`` file holding one object or an array of them)."""
    source = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(1)
            while head and head.isspace():
                head = fh.read(1)
            if head == b"[" or (head == b"{" and path.suffix.lower() == ".json" and _one_object(path, settings)):
                yield from _json_document(path, settings)
                return
            fh.seek(0)
            yield from _jsonl_lines(iter(lambda: fh.readline(settings.max_bytes + 1), b""), source, settings)
    except OSError as exc:
        yield _cannot_read(path, exc)


def _jsonl_lines(lines: Iterator[bytes], source: str, settings: Settings) -> Iterator[Article | InputError]:
    count = 0
    number = 0
    skipping = False  # inside the rest of an over-long line
    for line in lines:
        if skipping:
            skipping = not line.endswith(b"\n")
            continue
        number += 1
        where = f"{source}:{number}"
        if len(line) > settings.max_bytes:
            skipping = not line.endswith(b"\n")
            count += 1
            yield _too_large(where, None, settings.max_bytes)
            continue
        if not line.strip():
            continue
        count += 1
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield EncodingError(
                where, f"line {number} is not valid UTF-8 at byte {exc.start}; convert the file to UTF-8"
            )
            continue
        try:
            record = json.loads(text)
        except RecursionError:
            yield BadRecord(where, f"line {number} is JSON nested too deeply to read; fix or remove the line")
            continue
        except ValueError as exc:
            yield BadRecord(
                where,
                f"line {number} is not valid JSON (column {getattr(exc, 'colno', '?')}: {getattr(exc, 'msg', exc)}); "
                f"fix or remove the line",
            )
            continue
        try:
            yield record_to_article(record, where)
        except BadRecord as exc:
            yield exc
    if count == 0:
        yield EmptyInput(source, f"{source} holds no records; give one JSON object per line")


def _one_object(path: Path, settings: Settings) -> bool:
    """A ``.json`` file that is one (pretty-printed) object rather than JSON Lines."""
    if path.stat().st_size > settings.max_bytes:
        return False
    try:
        return isinstance(json.loads(path.read_bytes().decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False


def _json_document(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """Articles from a file holding one JSON array of objects, or one object."""
    source = str(path)
    size = path.stat().st_size
    if size > settings.max_bytes:
        yield _too_large(source, size, settings.max_bytes)
        return
    try:
        records = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield EncodingError(source, f"not valid UTF-8 at byte {exc.start}; convert the file to UTF-8")
        return
    except ValueError as exc:
        yield BadRecord(source, f"not valid JSON ({exc}); give a JSON array of objects or one object per line")
        return
    except RecursionError:
        yield BadRecord(source, "JSON nested too deeply to read; give a JSON array of article objects")
        return
    if isinstance(records, dict):
        records = [records]
    if not records:
        yield EmptyInput(source, f"{source} holds an empty array; give at least one article object")
    for i, record in enumerate(records, 1):
        try:
            yield record_to_article(record, f"{source}:{i}")
        except BadRecord as exc:
            yield exc

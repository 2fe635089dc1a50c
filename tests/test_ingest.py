"""Tests of wirecoder.ingest: files, directories, globs, stdin, JSON Lines, and bad inputs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wirecoder import Article
from wirecoder.errors import BadRecord, EmptyInput, InputError, TooLarge
from wirecoder.ingest import read_inputs
from wirecoder.settings import Settings

STORY = "Rebels attacked a police post near the border on Monday, killing three officers, officials said.\n"


def _read(inputs: list[str], settings: Settings | None = None, stdin: io.BytesIO | None = None) -> list:
    return list(read_inputs(inputs, settings or Settings(), stdin=stdin))


def test_ingest_reads_text_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    [article] = _read([str(f)])
    assert isinstance(article, Article)
    assert article.raw == STORY.encode() and article.source == str(f) and article.id is None


def test_ingest_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.text", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    sources = [a.source for a in _read([str(tmp_path)])]
    assert sources == [str(tmp_path / n) for n in ("a.html", "b.txt", "sub/c.text")]


def test_ingest_glob_pattern(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    assert [Path(a.source).name for a in _read([str(tmp_path / "x*.txt")])] == ["x1.txt", "x2.txt"]


def test_ingest_empty_directory_and_glob_name_the_input(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("not an article", encoding="utf-8")
    [err] = _read([str(tmp_path)])
    assert isinstance(err, EmptyInput) and str(tmp_path) in err.message
    [err] = _read([str(tmp_path / "*.txt")])
    assert isinstance(err, EmptyInput) and "*.txt" in err.message


def test_ingest_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    [err] = _read([str(f)])
    assert isinstance(err, EmptyInput) and err.source == str(f)


def test_ingest_missing_file() -> None:
    [err] = _read(["/no/such/article.txt"])
    assert type(err) is InputError and "no such file" in err.message


def test_ingest_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(STORY, encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)  # chmod 0 does not stop root, who may run the tests
    [err] = _read([str(f)])
    assert type(err) is InputError and "permission denied" in err.message and err.source == str(f)


def test_ingest_rejects_50mb_file_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # sparse: nothing is written but the size
        fh.truncate(50 * 1024 * 1024)
    [err] = _read([str(f)])
    assert isinstance(err, TooLarge) and "52,428,800" in err.message


def test_ingest_stdin_reads_at_most_max_bytes_plus_one() -> None:
    settings = Settings(max_bytes=100)
    stream = io.BytesIO(b"x" * 10_000)
    [err] = _read(["-"], settings, stdin=stream)
    assert isinstance(err, TooLarge) and stream.tell() == 101


def test_ingest_stdin_text() -> None:
    [article] = _read(["-"], stdin=io.BytesIO(STORY.encode()))
    assert article.source == "-" and article.raw == STORY.encode()


def test_ingest_jsonl_broken_line_does_not_stop_reading(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "text": STORY, "published": "2024-05-01", "url": "https://example.org/a1", "title": "T"}
        ),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps({"id": "a3", "html": "<html><body><p>x</p></body></html>"}),
        json.dumps({"id": "a4"}),
        json.dumps(["not", "an", "object"]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _read([str(f)])
    assert [type(x).__name__ for x in out] == ["Article", "BadRecord", "Article", "BadRecord", "BadRecord"]
    first = out[0]
    assert (first.id, first.published, first.url, first.title) == ("a1", "2024-05-01", "https://example.org/a1", "T")
    assert first.source == f"{f}:1" and out[1].source == f"{f}:2" and out[2].source == f"{f}:4"
    assert "line 2 is not valid JSON" in out[1].message
    assert out[2].raw.startswith("<html>")


def test_ingest_jsonl_without_records_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "none.jsonl"
    f.write_text("\n\n", encoding="utf-8")
    [err] = _read([str(f)])
    assert isinstance(err, EmptyInput)


def test_ingest_jsonl_line_over_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps({"text": "y" * 500}) + "\n" + json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    out = _read([str(f)], Settings(max_bytes=200))
    assert isinstance(out[0], TooLarge) and out[0].source == f"{f}:1"
    assert isinstance(out[1], Article) and out[1].source == f"{f}:2"


def test_ingest_json_array_and_object(tmp_path: Path) -> None:
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"text": STORY}, {"nope": 1}], indent=2), encoding="utf-8")
    obj = tmp_path / "obj.json"
    obj.write_text(json.dumps({"id": "o", "text": STORY}, indent=2), encoding="utf-8")
    out = _read([str(arr), str(obj)])
    assert [type(x) for x in out] == [Article, BadRecord, Article]
    assert out[2].id == "o"


def test_ingest_stdin_jsonl() -> None:
    data = (json.dumps({"id": "s1", "text": STORY}) + "\n" + json.dumps({"id": "s2", "text": STORY}) + "\n").encode()
    out = _read(["-"], stdin=io.BytesIO(data))
    assert [a.id for a in out] == ["s1", "s2"] and out[0].source == "-:1"

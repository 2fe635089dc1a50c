"""Faults of the disk and the database: one line on stderr, exit 2, and the file left as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WIRECODER = [sys.executable, "-m", "wirecoder"]
REPORT = "Border guards detained 7 smugglers near the river crossing on Tuesday, the interior ministry said.\n"


def run(*args: str, cwd: Path, limit_file_kb: int | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    cmd = [*WIRECODER, *args]
    if limit_file_kb is not None:  # a full disk, as a process sees it: writes past the limit fail
        cmd = ["bash", "-c", f'ulimit -f {limit_file_kb}; exec "$@"', "wirecoder", *cmd]
    return subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("wirecoder:")]
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], err
    return lines[0]


def sql(db: Path, statement: str) -> None:
    """Run one statement and close the connection (so that nothing is left in a WAL file)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory) -> Path:
    """A small wirecoder database made by `wirecoder code`."""
    where = tmp_path_factory.mktemp("db")
    (where / "report.txt").write_text(REPORT, encoding="utf-8")
    proc = run("code", "report.txt", "--db", "w.db", cwd=where)
    assert proc.returncode == 0, proc.stderr.decode()
    return where / "w.db"


@pytest.mark.parametrize("command", [["events"], ["stats"], ["export", "--format", "csv"], ["rejects"]])
def test_faults_read_command_on_other_sqlite_file_changes_nothing(tmp_path, command):
    db = tmp_path / "other.db"
    sql(db, "CREATE TABLE notes (body TEXT)")
    before = digest(db)
    one_line_error(run(*command, "--db", "other.db", cwd=tmp_path), "other.db", "not a wirecoder database")
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_faults_write_command_on_other_sqlite_file_changes_nothing(tmp_path):
    db = tmp_path / "other.db"
    sql(db, "CREATE TABLE notes (body TEXT)")
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    before = digest(db)
    one_line_error(run("code", "r.txt", "--db", "other.db", cwd=tmp_path), "other.db", "something else")
    assert digest(db) == before


@pytest.mark.parametrize("command", [["events"], ["code", "r.txt"]])
def test_faults_file_that_is_not_sqlite(tmp_path, command):
    db = tmp_path / "notes.db"
    db.write_bytes(b"these are my notes, not a database\n" * 40)
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    before = digest(db)
    one_line_error(run(*command, "--db", "notes.db", cwd=tmp_path), "notes.db", "not a SQLite database")
    assert digest(db) == before


def test_faults_database_in_missing_directory(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    one_line_error(run("code", "r.txt", "--db", "nowhere/w.db", cwd=tmp_path), "nowhere", "does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_faults_invalid_schema_version(tmp_path, coded_db):
    db = tmp_path / "w.db"
    db.write_bytes(coded_db.read_bytes())
    sql(db, "UPDATE meta SET value = 'abc' WHERE key = 'schema_version'")
    before = digest(db)
    one_line_error(run("events", "--db", "w.db", cwd=tmp_path), "w.db", "invalid schema version")
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    one_line_error(run("code", "r.txt", "--db", "w.db", cwd=tmp_path), "w.db", "invalid schema version")
    assert digest(db) == before


@pytest.mark.parametrize("command", [["events"], ["stats"], ["export", "--format", "jsonl"]])
def test_faults_missing_events_table(tmp_path, coded_db, command):
    db = tmp_path / "w.db"
    db.write_bytes(coded_db.read_bytes())
    sql(db, "DROP TABLE events")
    one_line_error(run(*command, "--db", "w.db", cwd=tmp_path), "w.db", "events")


def test_faults_read_commands_leave_the_database_unchanged(tmp_path, coded_db):
    db = tmp_path / "w.db"
    db.write_bytes(coded_db.read_bytes())
    before = digest(db)
    for command in (["events"], ["stats"], ["export", "--format", "csv"], ["rejects"]):
        proc = run(*command, "--db", "w.db", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr.decode()
    assert digest(db) == before


@pytest.mark.slow
def test_faults_disk_full_while_creating(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    one_line_error(run("code", "r.txt", "--db", "w.db", cwd=tmp_path, limit_file_kb=8), "w.db")


@pytest.mark.slow
def test_faults_disk_full_while_coding_keeps_what_was_stored(tmp_path, coded_db):
    """A write that fails half-way is rolled back: the database still holds what it held."""
    db = tmp_path / "w.db"
    db.write_bytes(coded_db.read_bytes())
    body = " ".join([REPORT.strip()] * 300)
    for i in range(4):
        (tmp_path / f"long{i}.txt").write_text(body.replace("7 smugglers", f"{i + 3} smugglers"), encoding="utf-8")
    size_kb = db.stat().st_size // 1024
    proc = run("code", *(f"long{i}.txt" for i in range(4)), "--db", "w.db", cwd=tmp_path, limit_file_kb=size_kb + 4)
    one_line_error(proc, "database")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 1

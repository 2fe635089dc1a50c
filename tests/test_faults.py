"""Faults of the disk and the database: one line on stderr, exit 2, and the file left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import on_ci

WIRECODER = [sys.executable, "-m", "wirecoder"]
REPORT = "Border guards detained 7 smugglers near the river crossing on Tuesday, the interior ministry said.\n"


@pytest.fixture(autouse=True, scope="module")
def own_cache(tmp_path_factory):
    """This module's subprocesses build their indexes in their own cache directory: a shared one can be
    rebuilt for another version of wirecoder while a batch's workers still need the file."""
    previous = os.environ.get("WIRECODER_CACHE_DIR")
    os.environ["WIRECODER_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("WIRECODER_CACHE_DIR", None)
    else:
        os.environ["WIRECODER_CACHE_DIR"] = previous


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


def _reports(n: int) -> str:
    import json

    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "text": f"Riot police detained {i + 2} students at a sit-in near the port of district {i} on Friday, "
                f"a lawyer said. The students had occupied dock {i} since dawn.",
            }
        )
        for i in range(n)
    ]
    return "\n".join(lines) + "\n"


def _table(db: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(query).fetchall())
    finally:
        conn.close()


@pytest.mark.slow
def test_faults_truncated_gzip_in_ingest_keeps_its_records_and_the_other_inputs(tmp_path):
    import gzip

    whole = gzip.compress(_reports(40).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (tmp_path / "one.txt").write_text(REPORT, encoding="utf-8")
    proc = run("ingest", "cut.jsonl.gz", "one.txt", "--db", "w.db", "--workers", "0", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Aborted" not in err
    rejects = _table(tmp_path / "w.db", "SELECT source, reason FROM rejects")
    assert len(rejects) == 1 and rejects[0][1] == "truncated" and rejects[0][0].startswith("cut.jsonl.gz:")
    sources = [s for (s,) in _table(tmp_path / "w.db", "SELECT source FROM articles")]
    assert "one.txt" in sources
    assert sum(s.startswith("cut.jsonl.gz:") for s in sources) >= 5


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_faults_sigterm_mid_ingest_stops_cleanly_and_resumes_to_a_clean_run(tmp_path):
    import signal
    import time

    (tmp_path / "many.jsonl").write_text(_reports(400), encoding="utf-8")
    args = [*WIRECODER, "ingest", "many.jsonl", "--db", "w.db", "--workers", "2"]
    env = {**os.environ, "COLUMNS": "200"}
    with open(tmp_path / "err.txt", "wb") as err_file:
        proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=err_file)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:  # until some articles are stored
            if (tmp_path / "w.db").exists() and (
                _table(tmp_path / "w.db", "SELECT count(*) FROM sqlite_master WHERE name = 'articles'") == [(1,)]
                and _table(tmp_path / "w.db", "SELECT count(*) FROM articles")[0][0] >= 5
            ):
                break
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=120)
    err = (tmp_path / "err.txt").read_text()
    if code == 0:
        pytest.skip("the run finished before SIGTERM arrived")
    assert code == 143, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert "run the same command again" in err
    again = run("ingest", "many.jsonl", "--db", "w.db", "--workers", "2", cwd=tmp_path)
    assert again.returncode == 0, again.stderr.decode()
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "many.jsonl").write_text(_reports(400), encoding="utf-8")
    assert run("ingest", "many.jsonl", "--db", "w.db", "--workers", "2", cwd=clean).returncode == 0
    query = "SELECT id, article_id, cameo_code FROM events"
    assert _table(tmp_path / "w.db", query) == _table(clean / "w.db", query)
    assert _table(tmp_path / "w.db", "SELECT id FROM articles") == _table(clean / "w.db", "SELECT id FROM articles")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_faults_two_concurrent_ingests_store_each_article_once(tmp_path):
    (tmp_path / "many.jsonl").write_text(_reports(30), encoding="utf-8")
    env = {**os.environ, "COLUMNS": "200"}
    args = [*WIRECODER, "ingest", "many.jsonl", "--db", "w.db", "--workers", "0"]
    procs = [
        subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outcomes = [(p.wait(timeout=800), p.stderr.read().decode()) for p in procs]
    for code, err in outcomes:
        assert "Traceback" not in err, err
        assert code in (0, 2), err  # 2: one line saying the database was busy
    assert any(code == 0 for code, _ in outcomes)
    if any(code != 0 for code, _ in outcomes):  # the run that lost the race, run again, completes the work
        assert run("ingest", "many.jsonl", "--db", "w.db", "--workers", "0", cwd=tmp_path).returncode == 0
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "many.jsonl").write_text(_reports(30), encoding="utf-8")
    assert run("ingest", "many.jsonl", "--db", "w.db", "--workers", "0", cwd=clean).returncode == 0
    for query in ("SELECT id FROM articles", "SELECT id, article_id, cameo_code FROM events"):
        assert _table(tmp_path / "w.db", query) == _table(clean / "w.db", query)


def test_faults_read_only_open_of_a_path_with_uri_characters(tmp_path):
    """'#', '?' and spaces in a path stay part of it (an unquoted SQLite URI would open another file)."""
    from wirecoder.store import Store

    odd = tmp_path / "news #1 ?draft"
    odd.mkdir()
    Store(odd / "w.db").close()

    def files() -> list[str]:  # SQLite's own -wal/-shm companions of a WAL database aside
        return sorted(p.name for p in tmp_path.rglob("*") if not p.name.endswith(("-wal", "-shm")))

    before = files()
    assert before == ["news #1 ?draft", "w.db"]
    store = Store(odd / "w.db", read_only=True)
    assert store.counts()["events"] == 0
    store.close()
    assert files() == before


# --- a store the user cannot write: a directory without write permission, and a read-only mount ----------

READ_COMMANDS = [["events"], ["stats"], ["export", "--format", "csv"]]
WRITE_COMMANDS = [["code", "report.txt"], ["ingest", "inbox"]]


def _as_unprivileged() -> list[str]:
    """A prefix that makes file permissions bind the command: root runs it with every capability dropped
    (root's DAC override is what makes chmod ineffective); any other user runs it as it is."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        if on_ci():
            pytest.fail("setpriv (util-linux) is needed to run a command without root's privileges", pytrace=False)
        pytest.skip("setpriv (util-linux) is absent: root would write through any permission")
    return ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]


def _on_read_only_mount(where: Path) -> list[str]:
    """A prefix that runs the command with ``where`` bind-mounted read-only in a private mount namespace
    (an unprivileged user namespace); the test is skipped where the kernel does not allow one."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is absent")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    prefix = ["unshare", "--mount", "--map-root-user", "sh", "-c", script, str(where)]
    probe = subprocess.run([*prefix, "sh", "-c", 'touch "$0/probe"', str(where)], capture_output=True)
    if probe.returncode == 0 or b"Read-only" not in probe.stderr:
        (where / "probe").unlink(missing_ok=True)
        pytest.skip(f"no read-only bind mount here: {probe.stderr.decode().strip()[:200]}")
    return prefix


@pytest.fixture(params=["unwritable-directory", "read-only-mount"])
def locked_store(request, tmp_path, coded_db):
    """A coded store, an input file and an input folder in a directory the commands cannot write; yields
    the prefix that runs a command so, and the directory."""
    where = tmp_path / "locked"
    where.mkdir()
    (where / "report.txt").write_text(REPORT, encoding="utf-8")
    (where / "inbox").mkdir()
    (where / "inbox" / "other.txt").write_text(REPORT.replace("7", "9"), encoding="utf-8")
    (where / "w.db").write_bytes(coded_db.read_bytes())
    if request.param == "read-only-mount":
        prefix = _on_read_only_mount(where)
    else:
        prefix = _as_unprivileged()
        (where / "w.db").chmod(0o444)
        where.chmod(0o555)
    yield prefix, where
    where.chmod(0o755)


def _run_locked(prefix: list[str], where: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([*prefix, *WIRECODER, *args], capture_output=True, cwd=where, env=env, timeout=300)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_faults_read_commands_work_on_a_store_they_cannot_write(locked_store, command):
    prefix, where = locked_store
    before, names = digest(where / "w.db"), sorted(p.name for p in where.iterdir())
    proc = _run_locked(prefix, where, *command, "--db", "w.db")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.strip(), "a read command printed nothing"
    assert digest(where / "w.db") == before
    assert sorted(p.name for p in where.iterdir()) == names


@pytest.mark.parametrize("command", WRITE_COMMANDS, ids=lambda c: c[0])
def test_faults_write_commands_on_a_store_they_cannot_write(locked_store, command):
    prefix, where = locked_store
    before = digest(where / "w.db")
    one_line_error(_run_locked(prefix, where, *command, "--db", "w.db"), "w.db")
    assert digest(where / "w.db") == before


def test_faults_older_store_is_refused_by_reads_and_upgraded_in_place(coded_db, tmp_path):
    """A store of schema 1 (no background column): `events` names the fix in one line and changes nothing;
    `wirecoder upgrade` brings it to this schema; then `events` reads it."""
    db = tmp_path / "old.db"
    shutil.copy(coded_db, db)
    conn = sqlite3.connect(db)
    flagged = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%background%'"
    for (index,) in conn.execute(flagged).fetchall():
        conn.execute(f"DROP INDEX {index}")
    conn.execute("ALTER TABLE events DROP COLUMN background")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = digest(db)
    line = one_line_error(run("events", "--db", str(db), cwd=tmp_path), "older")
    assert "wirecoder upgrade --db" in line
    assert digest(db) == before
    proc = run("upgrade", "--db", str(db), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "schema version" in proc.stdout.decode()
    proc = run("events", "--db", str(db), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    one_line_error(run("upgrade", "--db", str(tmp_path / "none.db"), cwd=tmp_path), "no database")

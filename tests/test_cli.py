"""The command line, run as a user runs it: a real subprocess, real files, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, seed_path

WIRECODER = [sys.executable, "-m", "wirecoder"]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([*WIRECODER, *args], input=stdin, capture_output=True, cwd=cwd or ROOT, env=env, timeout=300)


def assert_one_line_error(proc: subprocess.CompletedProcess, name: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("wirecoder:")]
    assert len(lines) == 1 and name in lines[0], err


def test_cli_every_command_has_help():
    proc = run("--help")
    assert proc.returncode == 0
    commands = [
        line.split()[1]
        for line in proc.stdout.decode().splitlines()
        if line.startswith("│ ") and len(line.split()) > 1 and not line.split()[1].startswith("-")
    ]
    assert "code" in commands and "demo" in commands
    for command in commands:
        sub = run(command, "--help")
        assert sub.returncode == 0, (command, sub.stderr.decode())
        assert "Usage" in sub.stdout.decode()


@pytest.mark.slow
def test_cli_code_seed_jsonl_is_the_event_record():
    proc = run("code", str(seed_path()), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    [line] = proc.stdout.decode().splitlines()
    record = json.loads(line)
    assert record["article"]["title"].startswith("Pakistan Threatens Taliban")
    assert record["article"]["published_from"] == "inferred"
    assert record["events"], "the seed must produce events"
    for key in (
        "id",
        "article_id",
        "sentence_index",
        "date",
        "date_precision",
        "source",
        "target",
        "cameo",
        "plover",
        "acled",
        "location",
        "fatalities",
        "quantities",
        "negated",
        "hypothetical",
        "future",
        "evidence",
        "confidence",
    ):
        assert key in record["events"][0]


@pytest.mark.slow
def test_cli_stdin_html_with_published(tmp_path):
    html = (
        b"<html><head><title>Border talks resume</title></head><body><nav>Home | World</nav><article>"
        b"<h1>Border talks resume</h1><p>Officials from the two neighbouring governments met in the capital "
        b"on Tuesday to discuss trade across the border, the foreign ministry said in a statement.</p>"
        b"<p>The ministry said both delegations agreed to meet again next month to continue the talks on "
        b"customs and security along the frontier.</p></article><footer>Copyright 2023</footer></body></html>"
    )
    proc = run("code", "-", "--published", "2023-01-04", "--format", "jsonl", stdin=html)
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout.decode())
    assert record["article"]["published"] == "2023-01-04"
    assert "Home | World" not in record["article"].get("text", "")


def test_cli_published_overrides_the_date_a_jsonl_record_gives(tmp_path):
    text = "The interior minister met tribal elders in the provincial capital to discuss the security of the roads."
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "one", "text": text, "published": "2019-05-02"}) + "\n")
    proc = run("code", str(tmp_path / "one.jsonl"), "--published", "2021-11-30", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    article = json.loads(proc.stdout.decode())["article"]
    assert (article["published"], article["published_from"]) == ("2021-11-30", "input")


def test_cli_malformed_published_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("The interior minister met tribal elders in the provincial capital.")
    proc = run("code", str(tmp_path / "a.txt"), "--published", "last tuesday")
    assert_one_line_error(proc, "--published")


@pytest.mark.slow
def test_cli_batch_records_rejects_and_codes_the_rest(tmp_path):
    (tmp_path / "good.txt").write_bytes(seed_path().read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Le ministre a déclaré que la frontière restait fermée.".encode("latin-1"))
    db = tmp_path / "w.db"
    proc = run("code", str(tmp_path), "--db", str(db), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    rejected = {Path(s).name: r for s, r in con.execute("select source, reason from rejects")}
    assert set(rejected) == {"empty.txt", "binary.txt", "latin1.txt"}
    # storing the same input twice adds nothing
    before = con.execute("select count(*) from events").fetchone()
    proc = run("code", str(tmp_path / "good.txt"), "--db", str(db))
    assert proc.returncode == 0
    assert con.execute("select count(*) from events").fetchone() == before
    assert con.execute("select count(*) from articles").fetchone() == (1,)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("binary.bin", b"\x00\x01\x02\x03" * 1000),
        ("bad-utf8.txt", b"The minister said \xff\xfe the talks \xc3\x28 would resume soon in the capital."),
        ("nothing.html", b"<html><body><nav>Home</nav><footer>Contact</footer></body></html>"),
    ],
)
def test_cli_single_bad_input_is_one_line_and_exit_2(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert_one_line_error(run("code", str(path)), name)


def test_cli_missing_file_is_one_line(tmp_path):
    assert_one_line_error(run("code", str(tmp_path / "nope.txt")), "nope.txt")


def test_cli_empty_directory_is_one_line(tmp_path):
    (tmp_path / "empty-dir").mkdir()
    assert_one_line_error(run("code", str(tmp_path / "empty-dir")), "empty-dir")


def test_cli_huge_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert_one_line_error(run("code", str(path)), "huge.txt")


@pytest.mark.slow
def test_cli_jsonl_with_one_broken_line(tmp_path):
    text = seed_path().read_text(encoding="utf-8")
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": text})
        + "\n{not json\n"
        + json.dumps({"id": "two", "text": text, "published": "2023-01-04"})
        + "\n",
        encoding="utf-8",
    )
    proc = run("code", str(path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    ids = [json.loads(line)["article"]["id"] for line in proc.stdout.decode().splitlines()]
    assert ids == ["one", "two"]
    assert "batch.jsonl:2" in proc.stderr.decode()


def test_cli_unknown_model_is_one_line():
    proc = run("code", str(seed_path()), "--model", "xx_no_such_model")
    assert proc.returncode == 2
    assert "xx_no_such_model" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


@pytest.mark.slow
def test_cli_demo_creates_database(tmp_path):
    proc = run("demo", "--db", str(tmp_path / "demo.db"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "events" in out and "quotes" in out
    assert (tmp_path / "demo.db").exists()


def test_cli_demo_missing_article_is_one_line(tmp_path):
    assert_one_line_error(run("demo", str(tmp_path / "absent.txt"), "--db", str(tmp_path / "d.db")), "absent.txt")

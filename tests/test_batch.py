"""Batch ingestion in one process: dedup, rejects, story counts, second run does nothing, readers, progress."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from batch_articles import article_text, write_corpus, write_jsonl
from wirecoder import Article, Event
from wirecoder.batch import BatchOptions, run_batch, state
from wirecoder.batch.progress import Progress, summary_lines
from wirecoder.errors import InputError
from wirecoder.ingest import read_all
from wirecoder.settings import Settings
from wirecoder.store import Store

FRENCH = (
    "Des milliers de manifestants ont défilé samedi dans les rues de la capitale pour réclamer la libération "
    "des journalistes détenus. La police a dispersé la foule avec des gaz lacrymogènes près de la place centrale."
)


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory):
    """One in-process run over composed articles plus an exact copy, a near copy and bad inputs."""
    root = tmp_path_factory.mktemp("batch")
    corpus = root / "in"
    write_corpus(corpus, 5)
    (corpus / "z-copy").mkdir()
    (corpus / "z-copy" / "same.txt").write_text(
        (corpus / "story-001.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (corpus / "z-near.txt").write_text(
        "Another outlet's headline about the ceasefire\n\nUpdated at 10:42 local time.\n\n"
        + article_text(2)
        + "\n\nThe agreement is the third attempt at a truce this year.\n",
        encoding="utf-8",
    )
    (corpus / "z-french.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "z-empty.txt").write_text("  \n", encoding="utf-8")
    db = root / "batch.db"
    settings = Settings()
    first = run_batch([str(corpus)], str(db), settings, BatchOptions(workers=0))
    second = run_batch([str(corpus)], str(db), settings, BatchOptions(workers=0))
    return corpus, db, first, second


def test_first_run_codes_links_and_rejects(batch_run) -> None:
    corpus, db, first, _ = batch_run
    assert (first.coded, first.duplicates, first.near_duplicates, first.rejected) == (6, 1, 1, 2)
    assert first.reasons == {"not-english": 1, "empty": 1}
    assert first.events > 0 and not first.interrupted
    store = Store(str(db))
    reasons = {Path(r["source"]).name: r["reason"] for r in store.rejects()}
    assert reasons == {"z-french.txt": "not-english", "z-empty.txt": "empty"}
    assert store.counts()["articles"] == 6


def test_second_run_does_nothing_and_says_so(batch_run) -> None:
    _, db, first, second = batch_run
    assert (second.coded, second.duplicates, second.rejected) == (0, 0, 0)
    assert second.skipped == first.coded + first.duplicates + first.rejected
    assert "nothing to do: every input was already done" in summary_lines(second)
    assert Store(str(db)).counts()["articles"] == 6


def test_copies_count_as_articles_reporting_the_same_events(batch_run) -> None:
    corpus, db, _, _ = batch_run
    engine = Store(str(db)).engine
    with engine.connect() as conn:
        members = {
            Path(k).name: (kind, cluster)
            for k, kind, cluster in conn.execute(
                state.batch_members.select().with_only_columns(
                    state.batch_members.c.key, state.batch_members.c.kind, state.batch_members.c.cluster_id
                )
            )
        }
    assert members["same.txt"][0] == "exact" and members["same.txt"][1] == members["story-001.txt"][1]
    assert members["z-near.txt"][0] == "near" and members["z-near.txt"][1] == members["story-002.txt"][1]
    counts = state.story_event_counts(engine)
    story1 = [e["id"] for e in Store(str(db)).event_records(members["story-001.txt"][1])]
    assert story1 and all(counts[eid][0] == 2 for eid in story1)
    # the near copy reports the ceasefire story's events: at least one event is counted with two articles
    story2 = [e["id"] for e in Store(str(db)).event_records(members["story-002.txt"][1])]
    assert any(counts[eid][0] == 2 for eid in story2)
    # events counted once per cluster: fewer story events than stored event rows
    assert len(state.story_events(engine)) < len(counts)


def test_since_leaves_out_older_articles(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "dump.jsonl", 3, published="2024-03-0{d}")  # published 1st, 2nd, 3rd
    summary = run_batch([str(src)], str(tmp_path / "s.db"), Settings(), BatchOptions(workers=0, since="2024-03-02"))
    assert (summary.older, summary.coded) == (1, 2)


def test_read_all_reads_warc_feeds_and_gzipped_jsonl(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = f"<html><head><title>Raid</title></head><body><article><p>{article_text(0)}</p></article></body></html>"
    with (tmp_path / "crawl.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in (
            ("https://a.example/raid", "text/html; charset=utf-8", html),
            ("https://a.example/logo.png", "image/png", "PNG"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers)
            )
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Clashes</title><link>https://b.example/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>{article_text(1)}</description></item>
<item><title>Empty</title><link>https://b.example/2</link></item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": article_text(2)}) + "\n" + "{not json\n")
    items = list(read_all([str(tmp_path)], Settings()))
    by_key = {Path(i.source).name: i for i in items}
    assert set(by_key) == {"crawl.warc.gz#1", "dump.jsonl.gz:1", "dump.jsonl.gz:2", "feed.rss#1", "feed.rss#2"}
    warc = by_key["crawl.warc.gz#1"]
    assert isinstance(warc, Article) and warc.url == "https://a.example/raid" and b"police station" in warc.raw
    rss = by_key["feed.rss#1"]
    assert isinstance(rss, Article) and rss.published == "2024-03-05" and rss.url == "https://b.example/1"
    assert isinstance(by_key["feed.rss#2"], InputError) and by_key["feed.rss#2"].reason == "empty"
    assert isinstance(by_key["dump.jsonl.gz:2"], InputError) and by_key["dump.jsonl.gz:2"].reason == "bad-record"
    assert isinstance(by_key["dump.jsonl.gz:1"], Article) and by_key["dump.jsonl.gz:1"].id == "g1"


def test_read_all_passes_plain_inputs_to_read_inputs(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "d", 2)
    keys = [i.source for i in read_all([str(tmp_path / "d")], Settings())]
    assert keys == [str(p) for p in paths]
    [err] = list(read_all([str(tmp_path / "missing.txt")], Settings()))
    assert isinstance(err, InputError)


def test_plain_progress_lines_when_not_a_tty() -> None:
    out = io.StringIO()
    progress = Progress(out, tty=False, every=0.0)
    progress.start(3)
    progress.advance("coded", 2)
    progress.advance("rejected")
    progress.stop()
    lines = out.getvalue().splitlines()
    assert lines and lines[-1].startswith("ingest: 2/3 inputs") and "rejected 1" in lines[-1]


def test_prefilter_blanks_other_sentences_and_keeps_offsets(settings) -> None:
    from wirecoder.batch.prefilter import blank_out, inflections, select_spans, trigger_forms, trigger_table

    assert {"stopped", "stopping", "stops"} <= inflections("stop", "verb")
    assert {"denied", "denies"} <= inflections("deny", "verb")
    forms = trigger_forms(settings.patterns, settings.spacy_model)
    assert {"attacked", "fought", "arrested", "clashes"} <= forms  # regular, irregular (lemmatizer tables), noun
    # "said" codes nothing alone ("make statement" is suppressed); only with a judging word ("a disgrace")
    assert () not in trigger_table(settings.patterns, settings.spacy_model).get("said", frozenset())
    text = (
        "The weather was mild in the capital.\nChildren ran along the river bank in the park.\n\n"
        "Later that night gunmen attacked a checkpoint.\nThe museum has a new collection of paintings."
    )
    keep, n = select_spans(text, trigger_table(settings.patterns, settings.spacy_model), context=1, lead=0)
    assert n == 4
    blanked = blank_out(text, keep)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    start = text.index("gunmen attacked")
    assert blanked[start : start + 15] == "gunmen attacked"
    assert "Children ran" in blanked  # the sentence before a trigger sentence is its context
    assert "weather" not in blanked and "museum" not in blanked


def test_prefilter_stage_codes_the_same_events_with_the_same_offsets(settings) -> None:
    from dataclasses import replace

    from wirecoder.batch.worker import _pipeline
    from wirecoder.clean import CleanStage

    text = article_text(0) + "\n\nThe weather was sunny all week, and the markets were busy."
    plain = _pipeline(settings)
    filtered = _pipeline(replace(settings, prefilter=True))
    a = plain(CleanStage(settings)(Article(raw=text, source="x", published="2024-03-01")))
    b = filtered(CleanStage(settings)(Article(raw=text, source="x", published="2024-03-01")))
    assert b.text == a.text

    def key(e: Event) -> tuple:
        return (
            e.cameo["code"],
            e.source.text if e.source else "",  # "": sortable beside a named side
            e.target.text if e.target else "",
            e.evidence["start"],
            e.evidence["end"],
        )

    assert sorted(map(key, a.events)) == sorted(map(key, b.events)) and a.events
    for e in b.events:
        assert b.text[e.evidence["start"] : e.evidence["end"]].strip()


def _empty_batch_tables(engine) -> None:
    from sqlalchemy import delete

    state.ensure_tables(engine)
    with engine.begin() as conn:
        for table in reversed(state.metadata.sorted_tables):
            conn.execute(delete(table))


def test_batch_on_postgresql(tmp_path: Path) -> None:
    from pg import have_postgres, postgres_url, reset

    if not have_postgres():
        pytest.skip("PostgreSQL tests need WIRECODER_TEST_PG or the postgresql binaries")
    url = postgres_url()
    store = Store(url)
    _empty_batch_tables(store.engine)
    reset(store)
    try:
        corpus = tmp_path / "pg"
        write_corpus(corpus, 2)
        (corpus / "copy.txt").write_text((corpus / "story-000.txt").read_text(encoding="utf-8"), encoding="utf-8")
        first = run_batch([str(corpus)], url, Settings(), BatchOptions(workers=0))
        assert (first.coded, first.duplicates, first.rejected) == (2, 1, 0)
        second = run_batch([str(corpus)], url, Settings(), BatchOptions(workers=0))
        assert (second.coded, second.skipped) == (0, 3)
        assert Store(url).counts()["articles"] == 2
        counts = state.story_event_counts(Store(url).engine)
        assert counts and max(n for n, _ in counts.values()) == 2
    finally:
        _empty_batch_tables(store.engine)
        reset(store)


def test_a_missing_path_is_rejected_but_tried_again_next_run(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    missing = tmp_path / "later.txt"
    first = run_batch([str(missing)], db, Settings(), BatchOptions(workers=0))
    assert first.rejected == 1 and first.reasons == {"bad-input": 1}
    assert [r["source"] for r in Store(db).rejects()] == [str(missing)]
    missing.write_text(article_text(3), encoding="utf-8")
    second = run_batch([str(missing)], db, Settings(), BatchOptions(workers=0))
    assert (second.skipped, second.coded) == (0, 1)
    assert Store(db).rejects() == []  # coding it cleared the reject


def test_prefilter_two_level_trigger_test(settings) -> None:
    from wirecoder.batch.prefilter import select_spans, trigger_table

    table = trigger_table(settings.patterns, settings.spacy_model)
    text = (
        "Rain fell on the hills all day.\nThe visitors took a long walk by the lake.\n"
        "The family spent the evening at home.\nMilitiamen took two drivers hostage near the border.\n"
        "The Grand Hotel reopened its United Ballroom in March."
    )
    keep, n = select_spans(text, table, context=0, lead=0)
    kept = [text[a:b] for a, b in keep]
    assert n == 5
    assert kept == ["Militiamen took two drivers hostage near the border."]  # 'took' needs its companion word
    # a capitalised word inside a sentence is a name ('United', 'March'), not a trigger form
    text = "Rain fell on the hills all day.\nTwo rockets fell near the airport on Sunday."
    keep, _ = select_spans(text, table, context=0, lead=0)
    assert [text[a:b] for a, b in keep] == ["Two rockets fell near the airport on Sunday."]  # 'fell' needs its subject


def test_prefilter_sentences_do_not_take_in_blanked_text(settings) -> None:
    from dataclasses import replace

    from wirecoder.batch.worker import _pipeline
    from wirecoder.clean import CleanStage

    text = (
        "Police arrested three protesters in the capital on Monday. The weather was warm and the shops "
        "were busy all afternoon. Later the army shelled a village near the border."
    )
    art = _pipeline(replace(settings, prefilter=True, prefilter_context=0, prefilter_lead=0))(
        CleanStage(settings)(Article(raw=text, source="x", published="2024-03-01"))
    )
    assert [s.text for s in art.sentences] == [
        "Police arrested three protesters in the capital on Monday.",
        "Later the army shelled a village near the border.",
    ]
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text

"""Property tests: no input makes the cleaner, the readers or the coder raise anything but an
``InputError`` (which a run records as a reject). Bounded example counts, so CI time stays small."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder import Article
from wirecoder.errors import InputError

BOUNDED = settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))

WORDS = st.sampled_from(
    [
        "police", "fired", "on", "protesters", "in", "the", "capital", "killing", "12", "three", "dozens",
        "of", "rebels", "said", "Monday", ",", ";", "—", "and", "\"", "'", "(", ")", "$5m", "1,200", "<b>",
        "</p>", "&amp;", "\n", "\n\n", "Reuters", "-", "between", "5", "to", "7", "troops", "2999", "1899",
    ]
)  # fmt: skip
PROSE = st.lists(WORDS, min_size=0, max_size=120).map(" ".join)
NOISE = st.one_of(PROSE, st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1")))


@BOUNDED
@given(raw=st.one_of(NOISE, st.binary(max_size=600)))
def test_fuzz_cleaner_raises_only_input_errors(raw):
    from wirecoder import Settings
    from wirecoder.clean import clean_article

    try:
        article = clean_article(Article(raw=raw, source="fuzz"), Settings(check_language=False, min_words=1))
    except InputError:
        return
    assert isinstance(article.text, str) and article.text.strip()


@BOUNDED
@given(
    html=st.lists(
        st.one_of(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<script>", "<!--", "<![CDATA[", "<br/>"]), PROSE),
        max_size=60,
    ).map("".join)
)
def test_fuzz_html_cleaner_raises_only_input_errors(html):
    from wirecoder import Settings
    from wirecoder.clean import clean_article

    try:
        clean_article(Article(raw="<html><body>" + html, source="fuzz.html"), Settings(check_language=False))
    except InputError:
        pass


def _read_all(path, settings):
    from wirecoder.ingest.archives import read_all

    return list(read_all([str(path)], settings))


@BOUNDED
@given(
    lines=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["id", "text", "html", "published", "url", "title", "x"]),
                st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), PROSE, st.lists(st.integers())),
                max_size=6,
            ).map(json.dumps),
            st.text(max_size=80),
        ),
        max_size=8,
    ),
    gz=st.booleans(),
    cut=st.integers(min_value=0, max_value=400),
)
def test_fuzz_jsonl_readers_yield_articles_or_input_errors(tmp_path_factory, settings, lines, gz, cut):
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    where = tmp_path_factory.mktemp("fuzz")
    if gz:
        packed = gzip.compress(data)
        path = where / "in.jsonl.gz"
        path.write_bytes(packed[: max(1, len(packed) - cut)])
    else:
        path = where / "in.jsonl"
        path.write_bytes(data)
    for item in _read_all(path, settings):
        assert isinstance(item, (Article, InputError))


@BOUNDED
@given(body=st.binary(max_size=800), suffix=st.sampled_from([".warc", ".warc.gz", ".rss", ".xml", ".json", ".txt"]))
def test_fuzz_archive_readers_yield_articles_or_input_errors(tmp_path_factory, settings, body, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"in{suffix}"
    path.write_bytes(body)
    for item in _read_all(path, settings):
        assert isinstance(item, (Article, InputError))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(text=PROSE)
def test_fuzz_coder_raises_only_input_errors(short, text):
    try:
        article = short(Article(raw=text, source="fuzz"))
    except InputError:
        return
    for event in article.events:
        assert 0 <= event.sentence_index < len(article.sentences)

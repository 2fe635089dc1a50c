"""Query: event filters, article, actors and quotes, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from pg import make_article, make_event
from wirecoder import query
from wirecoder.query import EventQuery, QueryError


def _ids(store, **kw) -> set[tuple[str, int]]:
    return {(e["article_id"], e["sentence_index"]) for e in query.events(store, EventQuery(**kw))}


def test_query_events_returns_records_with_article(corpus_store):
    records = query.events(corpus_store, EventQuery(limit=100))
    assert len(records) == 10 == query.count_events(corpus_store, EventQuery())
    first = records[0]
    assert first["date"] == "2023-02-22"  # newest first
    assert {"id", "cameo", "plover", "acled", "source", "target", "evidence"} <= set(first)
    assert first["article"] == {
        "id": "art-2",
        "title": "Story art-2",
        "url": "https://news.example/art-2",
        "published": "2023-02-20",
    }
    assert records[-1]["date"] is None  # undated last


def test_query_events_paginates(corpus_store):
    page1 = query.events(corpus_store, EventQuery(limit=4))
    page2 = query.events(corpus_store, EventQuery(limit=4, offset=4))
    everything = query.events(corpus_store, EventQuery(limit=100))
    assert [e["id"] for e in page1 + page2] == [e["id"] for e in everything[:8]]


def test_query_dyad_matches_either_direction_by_code_or_name(corpus_store):
    by_code = _ids(corpus_store, dyad="PAK-AFG")
    assert by_code == _ids(corpus_store, dyad="afg-pak") == _ids(corpus_store, dyad="Pakistan,Afghanistan")
    assert len(by_code) == 7
    assert ("art-2", 2) not in by_code  # TTP attacking Pakistan is PAK-PAK
    assert _ids(corpus_store, dyad="PAKINS-PAKGOV") == {("art-2", 2)}


def test_query_actor_by_name_code_country_or_id(corpus_store):
    assert _ids(corpus_store, actor="taliban") == _ids(corpus_store, actor="AFG") | {("art-2", 2)}
    assert _ids(corpus_store, actor="RURMIL") == {("art-3", 0), ("art-3", 1)}
    assert _ids(corpus_store, actor="kb:ttp") == {("art-2", 2)}
    assert _ids(corpus_store, actor="100%_nobody") == set()


def test_query_type_plover_cameo_prefix_or_acled(corpus_store):
    assert _ids(corpus_store, type="ASSAULT") == {("art-2", 0), ("art-2", 2)}
    assert _ids(corpus_store, type="19") == _ids(corpus_store, type="190") == _ids(corpus_store, type="Armed clash")
    assert _ids(corpus_store, type="battles") == {("art-2", 0), ("art-2", 2)}
    assert len(_ids(corpus_store, type="accuse")) == 4


def test_query_dates_are_inclusive_and_respect_precision(corpus_store):
    feb = _ids(corpus_store, since="2023-02-15", until="2023-02-20")
    assert feb == {("art-2", 0), ("art-2", 2), ("art-2", 4)}  # the month-dated event overlaps
    assert _ids(corpus_store, until="2023-01") == {("art-1", 0), ("art-1", 1), ("art-1", 2), ("art-3", 0)}
    assert _ids(corpus_store, since="2023") == _ids(corpus_store, since="2023-01-01")
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        query.events(corpus_store, EventQuery(since="last week"))


def test_query_place_by_name_or_country(corpus_store):
    assert _ids(corpus_store, place="afghanistan") == {("art-1", 2), ("art-2", 0)}
    assert _ids(corpus_store, place="peshawar") == {("art-2", 2)}
    assert _ids(corpus_store, place="PAK", type="ASSAULT") == {("art-2", 2)}


def test_query_bad_dyad_says_how_to_write_it():
    with pytest.raises(QueryError, match="PAK-AFG"):
        query.split_dyad("PAK")


def test_query_article_has_text_events_quotes_and_mentions(corpus_store):
    art = query.article(corpus_store, "art-1")
    assert art is not None and art["title"].startswith("Talks planned")
    assert art["text"].startswith("Sentence 0 of art-1.")
    assert [e["sentence_index"] for e in art["events"]] == [0, 1, 2]
    assert art["quotes"][0]["speaker"]["cameo"] == "PAKGOV" and art["quotes"][0]["verb"] == "said"
    assert art["removed"] == [] and art["mentions"]
    assert query.article(corpus_store, "nope") is None


def test_query_actors_counts_both_sides(corpus_store):
    rows = query.actors(corpus_store)
    top = rows[0]
    assert top["actor_id"] == "kb:pak-gov"
    assert (top["n_source"], top["n_target"], top["n_events"]) == (3, 5, 8)
    assert [r["actor_id"] for r in query.actors(corpus_store, search="ruritan")] == [
        "kb:ruritania-mil",
        "kb:ruritania-gov",
    ]
    assert {r["actor_id"] for r in query.actors(corpus_store, search="AFG")} == {"kb:afg-gov"}


def test_query_quotes_by_speaker_and_about(corpus_store):
    assert len(query.quotes(corpus_store)) == 2
    [q] = query.quotes(corpus_store, speaker="Afghanistan")
    assert q["verb"] == "warned" and q["article"]["id"] == "art-2"
    about = query.quotes(corpus_store, about="AFGGOV")  # the sentence's event targets the Afghan government
    assert [x["article_id"] for x in about] == ["art-1"]
    assert [x["article_id"] for x in query.quotes(corpus_store, about="militants")] == ["art-1"]


def test_query_filters_are_parameters_not_sql(corpus_store):
    hostile = "x' OR '1'='1"
    assert query.events(corpus_store, EventQuery(actor=hostile)) == []
    assert query.events(corpus_store, EventQuery(place=hostile, type=hostile)) == []
    assert query.count_events(corpus_store, EventQuery()) == 10


def test_query_recoding_replaces_events(any_store):
    any_store.save(
        make_article(
            "x", "2023-03-01", [make_event("x", i, "112", "pak-gov", "afg-gov", "2023-03-01") for i in range(3)]
        )
    )
    any_store.save(make_article("x", "2023-03-01", [make_event("x", 0, "036", "pak-gov", "afg-gov", "2023-03-01")]))
    assert query.count_events(any_store, EventQuery()) == 1
    assert query.events(any_store, EventQuery())[0]["plover"]["type"] == "CONSULT"


def test_query_iter_events_streams_everything(corpus_store):
    assert len(list(query.iter_events(corpus_store, batch=3))) == 10


@pytest.mark.slow
def test_query_seed_article_is_queryable_and_exportable(seed, tmp_path):
    """The coded seed article, stored: every event comes back, dyad and type filters agree with it."""
    import io

    from wirecoder.export import export
    from wirecoder.store import Store

    store = Store(tmp_path / "seed.db")
    store.save(seed)
    records = query.events(store, EventQuery(limit=1000))
    assert {r["id"] for r in records} == {e.id for e in seed.events}
    expected_dyad = sum(
        1 for e in seed.events if e.source and e.target and {e.source.country, e.target.country} == {"PAK", "AFG"}
    )
    assert query.count_events(store, EventQuery(dyad="PAK-AFG")) == expected_dyad
    for ptype in {e.plover.get("type") for e in seed.events if e.plover.get("type")}:
        assert query.count_events(store, EventQuery(type=ptype)) == sum(
            1 for e in seed.events if e.plover.get("type") == ptype
        )
    stored = query.article(store, seed.id)
    assert stored is not None and stored["text"] == seed.text and len(stored["quotes"]) == len(seed.quotes)
    for r in records:  # every event points at its sentence in the stored text
        ev = r["evidence"]
        assert stored["text"][ev["start"] : ev["end"]] == ev["sentence"]
    buf = io.StringIO()
    factual = sum(1 for e in seed.events if not e.negated and not e.hypothetical)
    assert export(store, "gdelt", buf) == factual


def test_query_government_code_finds_a_state_named_bare(any_store):
    """A state named bare ("Pakistan said") has cameo "PAK" but sector GOV: "PAKGOV" still finds it."""
    from wirecoder.article import Participant

    event = make_event("art-bare", 0, "190", "pak-gov", "ttp", "2023-03-01")
    event.source = Participant("Pakistan", 0, 8, "kb:pak-gov", "Pakistan", "PAK", "GOV", "PAK")
    any_store.save(make_article("art-bare", "2023-03-01", [event]))
    assert _ids(any_store, actor="PAKGOV") == {("art-bare", 0)}
    assert _ids(any_store, dyad="PAKGOV-PAKINS") == {("art-bare", 0)}
    assert _ids(any_store, actor="PAKMIL") == set()

"""Duplicate detection: exact copies by content hash, near copies by MinHash/LSH (no spaCy needed)."""

from __future__ import annotations

from batch_articles import article_text
from wirecoder.batch.dedup import Deduper, from_bytes, shingles, signature, to_bytes


def test_shingles_are_lowercased_word_five_grams() -> None:
    assert shingles("One two three four five six") == {b"one two three four five", b"two three four five six"}
    assert shingles("Too short") == {b"too short"}
    assert shingles("") == set()


def test_signature_is_stable_and_survives_storage() -> None:
    text = article_text(0)
    a, b = signature(text), signature(text)
    assert list(a.hashvalues) == list(b.hashvalues)
    back = from_bytes(to_bytes(a))
    assert back.jaccard(a) == 1.0


def test_exact_copy_joins_the_first_articles_cluster() -> None:
    d = Deduper()
    text = article_text(1)
    first = d.assign("a1", "h1", signature(text))
    assert first.kind == "new" and first.cluster_id == "a1"
    d.add("a1", "h1", signature(text), first.cluster_id)
    copy = d.assign("a2", "h1", signature(text))
    assert (copy.kind, copy.cluster_id, copy.duplicate_of) == ("exact", "a1", "a1")


def test_wire_copy_with_other_furniture_is_a_near_duplicate() -> None:
    d = Deduper(threshold=0.8)
    story = article_text(2)
    d.add("wire", "h-wire", signature(story), "wire")
    republished = "Updated 10:42 GMT. " + story + "\n\nShare this story with your friends."
    near = d.assign("outlet", "h-outlet", signature(republished))
    assert near.kind == "near" and near.cluster_id == "wire" and near.duplicate_of == "wire"
    assert 0.8 <= near.similarity <= 1.0


def test_different_stories_start_their_own_clusters() -> None:
    d = Deduper()
    for i in range(12):
        mh = signature(article_text(i))
        got = d.assign(f"a{i}", f"h{i}", mh)
        assert got.kind == "new", (i, got)
        d.add(f"a{i}", f"h{i}", mh, got.cluster_id)
    assert len(d) == 12


def test_a_near_duplicate_of_a_near_duplicate_stays_in_the_first_cluster() -> None:
    d = Deduper(threshold=0.8)
    base = article_text(3)
    d.add("a", "ha", signature(base), "a")
    second = base + " Officials gave no further details."
    got = d.assign("b", "hb", signature(second))
    d.add("b", "hb", signature(second), got.cluster_id)
    third = second + " The story was updated."
    assert d.assign("c", "hc", signature(third)).cluster_id == "a"

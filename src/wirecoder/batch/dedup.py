"""Duplicate detection for batch runs: exact copies by content hash, near copies by MinHash/LSH.

The same wire story is republished by many outlets with different furniture (headline, bylines, a
"Related" list). After cleaning, the copies share almost all of their word shingles: a MinHash
signature (``datasketch``) over word 5-shingles of the cleaned text, indexed in an LSH table, finds an
earlier article whose estimated Jaccard similarity is at least ``threshold``. Every article belongs
to one story cluster, named by the id of its first article (the representative).

``Deduper.assign`` is deterministic for a given input order, and ``Deduper.add`` can be replayed from
the stored signatures, so a resumed run makes the same clusters as a clean run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = ["Assignment", "Deduper", "shingles", "signature"]

NUM_PERM = 64
SHINGLE = 5
SCHEME = "affine32"  # datasketch >= 2.0 hashing scheme; stored signatures depend on it
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of ``text``'s shingles (fixed seed: the same text gives the same signature everywhere)."""
    mh = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    items = list(shingles(text))
    if items:
        mh.update_batch(items)
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """A compact, storable form of a signature."""
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes, num_perm: int = NUM_PERM) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    return MinHash(num_perm=num_perm, seed=1, hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True)
class Assignment:
    """Where an article goes: ``kind`` is "new" (starts a cluster), "exact" or "near"."""

    kind: str
    cluster_id: str
    duplicate_of: str | None = None  # the article it copies (exact) or resembles most (near)
    similarity: float = 1.0


class Deduper:
    """Exact and near-duplicate index over the articles seen so far (in this run and stored ones)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.by_hash: dict[str, str] = {}  # content hash -> first article id with it
        self.cluster: dict[str, str] = {}  # article id -> cluster id
        self.signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self.cluster)

    def exact(self, content_hash: str) -> str | None:
        """The id of an earlier article with this exact cleaned text, if any."""
        return self.by_hash.get(content_hash)

    def assign(self, article_id: str, content_hash: str, mh: MinHash) -> Assignment:
        """Which cluster a new article joins (does not add it: call ``add``)."""
        first = self.by_hash.get(content_hash)
        if first is not None:
            return Assignment("exact", self.cluster[first], first, 1.0)
        if article_id in self.cluster:  # the same id with other text: keep its cluster
            return Assignment("new" if self.cluster[article_id] == article_id else "near", self.cluster[article_id])
        best: tuple[float, str] | None = None
        for other in self.lsh.query(mh):
            sim = float(mh.jaccard(self.signatures[other]))
            if sim >= self.threshold and (best is None or (sim, other) > best):
                best = (sim, other)
        if best is None:
            return Assignment("new", article_id)
        # ties and order: the most similar earlier article; its cluster is the story
        return Assignment("near", self.cluster[best[1]], best[1], round(best[0], 4))

    def add(self, article_id: str, content_hash: str, mh: MinHash | None, cluster_id: str) -> None:
        """Index an article that was stored (an exact copy is indexed by hash only)."""
        self.by_hash.setdefault(content_hash, article_id)
        if article_id in self.cluster:
            return
        self.cluster[article_id] = cluster_id
        if mh is not None:
            self.signatures[article_id] = mh
            self.lsh.insert(article_id, mh)

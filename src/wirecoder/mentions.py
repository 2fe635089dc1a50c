"""Finding the actor mentions at a place in the text (used by the coder, the geocoder and quote finder).

Each lookup reads an index of ``article.mentions`` built once per article (by character block and by
sentence), so that coding a long text costs time in proportion to its length, not to its square. The
index is rebuilt whenever ``article.mentions`` is replaced or grows; answers are the same, in the same
order, as a scan of the whole list would give.
"""

from __future__ import annotations

from .article import Article, Mention

# Characters per block of the offset index: a lookup reads the mentions overlapping one block.
_BLOCK = 256
_ATTR = "_mention_index"


class MentionIndex:
    """``article.mentions`` by character block and by sentence index, each list in the article's order."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.size = len(mentions)
        self.blocks: dict[int, list[int]] = {}  # block -> positions in ``mentions`` of those overlapping it
        self.sentences: dict[int, list[Mention]] = {}
        for i, m in enumerate(mentions):
            for block in range(m.start // _BLOCK, max(m.start, m.end - 1) // _BLOCK + 1):
                self.blocks.setdefault(block, []).append(i)
            self.sentences.setdefault(m.sentence_index, []).append(m)

    def fresh(self, mentions: list[Mention]) -> bool:
        return self.mentions is mentions and self.size == len(mentions)

    def __reduce__(self) -> tuple[type[MentionIndex], tuple[list[Mention]]]:
        return (MentionIndex, ([],))  # not worth pickling with an article: rebuilt on first use


def mention_index(article: Article) -> MentionIndex:
    """The index of the article's current mentions (built on first use, kept on the article)."""
    index = getattr(article, _ATTR, None)
    if not isinstance(index, MentionIndex) or not index.fresh(article.mentions):
        index = MentionIndex(article.mentions)
        setattr(article, _ATTR, index)
    return index


def covering(article: Article, char: int) -> list[Mention]:
    """Mentions whose span contains the character at ``char``, in the article's order."""
    index = mention_index(article)
    found = (index.mentions[i] for i in index.blocks.get(char // _BLOCK, ()))
    return [m for m in found if m.start <= char < m.end]


def starting_in(article: Article, start: int, end: int) -> list[Mention]:
    """Mentions that start in ``[start, end)``, in the article's order."""
    index = mention_index(article)
    if end <= start:
        return []
    positions = [
        i
        for block in range(start // _BLOCK, (end - 1) // _BLOCK + 1)
        for i in index.blocks.get(block, ())
        if index.mentions[i].start // _BLOCK == block and start <= index.mentions[i].start < end
    ]
    return [index.mentions[i] for i in sorted(positions)]


def in_sentence(article: Article, index: int) -> list[Mention]:
    """Mentions of sentence ``index``, in the article's order."""
    return mention_index(article).sentences.get(index, [])


def mention_at(article: Article, start: int, end: int | None = None) -> Mention | None:
    """The narrowest mention whose span covers ``[start, end)`` (or the char at ``start``)."""
    end = start + 1 if end is None else end
    pool = covering(article, start) if end > start else article.mentions
    covering_ = [m for m in pool if m.start <= start and end <= m.end]
    if not covering_:
        return None
    return min(covering_, key=lambda m: m.end - m.start)


def mentions_in(article: Article, start: int, end: int) -> list[Mention]:
    """Mentions lying inside ``[start, end)``, in text order."""
    return sorted((m for m in article.mentions if start <= m.start and m.end <= end), key=lambda m: m.start)

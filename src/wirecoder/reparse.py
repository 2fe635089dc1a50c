"""Re-parsing one sentence of a parsed doc: a copy of its words (one or two replaced by a stand-in that the
small parser reads right) is parsed whole, and its parse is written back over the sentence's. Text, tokens,
offsets and entities stay as they were. Used by the parse repairs of headlines and verbless lines
(``headline_verbs``, ``fire_nouns``, ``dead_adverb``, ``reduced_relatives``). ``rehead`` moves single tokens to
another head instead (``complement_objects``, ``response_means``, ``reduced_relatives``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: The token attributes a re-parse replaces.
PARSE_ATTRS: list[int | str] = ["HEAD", "DEP", "TAG", "POS", "LEMMA"]


def parse_copy(nlp: Any, sent: Any, words: list[str]) -> Any:
    """``words`` (as many as ``sent`` has tokens, with its spacing) parsed by ``nlp``'s whole pipeline."""
    from spacy.tokens import Doc

    copy = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    for _, proc in nlp.pipeline:
        copy = proc(copy)
    return copy


def parse_standing_in(nlp: Any, sent: Any, tok: Any, stand_in: str) -> Any:
    """``sent`` parsed again with ``stand_in`` in ``tok``'s place (the copy's token ``tok.i - sent.start``)."""
    words = [t.text for t in sent]
    words[tok.i - sent.start] = stand_in
    return parse_copy(nlp, sent, words)


def adopt(doc: Any, sent: Any, part: Any, keep_rows: Iterable[int] = (), keep_tags: Iterable[int] = ()) -> None:
    """Write ``part`` (a copy's ``PARSE_ATTRS`` array) over ``sent`` in ``doc``; tokens in ``keep_rows``
    keep their whole parse, those in ``keep_tags`` their own tag, part of speech and lemma."""
    keep = doc.to_array(PARSE_ATTRS)
    whole = keep.copy()
    whole[sent.start : sent.end] = part
    for i in keep_rows:
        whole[i] = keep[i]
    for i in keep_tags:
        whole[i, 2:] = keep[i, 2:]
    doc.from_array(PARSE_ATTRS, whole)


def rehead(doc: Any, heads: dict[int, int], deps: dict[int, str] | None = None) -> None:
    """Hang each token ``i`` of ``heads`` on token ``heads[i]`` (on itself: a root), with the label ``deps[i]``
    where one is given. Text, tokens, offsets and entities stay as they were."""
    attrs = ["HEAD", "DEP"]
    arr = doc.to_array(attrs).astype("int64")  # heads are offsets, some negative
    for i, head in heads.items():
        arr[i][0] = head - i
    for i, dep in (deps or {}).items():
        arr[i][1] = doc.vocab.strings.add(dep)
    doc.from_array(attrs, arr.astype("uint64"))

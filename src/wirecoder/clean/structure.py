"""Paragraph structure of plain text: hard-wrapped lines, the title line.

After ``structure``, paragraphs are separated by exactly one blank line: a block whose lines are
hard-wrapped prose is joined into one paragraph; a block of separate short lines (a list, a heading
over its text) becomes one paragraph per line. The nlp stage ends a sentence at every line break, so
this keeps sentences whole.
"""

from __future__ import annotations

import re

from .normalize import join_paragraphs, paragraphs

_FINAL = re.compile(r"[.!?:…][”\"’')\]]*$")
_WRAP_MIN, _WRAP_MAX = 35, 100
TITLE_MAX_WORDS = 25
QUESTION_TITLE_MAX_WORDS = 15  # a short line ending in ? or ! may still be a headline
_NOT_TITLE_END = re.compile(r"[.:;,…][”\"’')\]]*$")


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of a wrapped paragraph: all but the last of similar, moderate length, mostly unterminated."""
    body = lines[:-1]
    if not body:
        return False
    in_range = sum(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in body)
    unterminated = sum(not _FINAL.search(line) for line in body)
    return in_range >= 0.8 * len(body) and unterminated >= 0.5 * len(body)


def unwrap(block: str) -> list[str]:
    """One paragraph for a hard-wrapped block, else one paragraph per line."""
    lines = [line for line in block.split("\n") if line.strip()]
    if len(lines) > 1 and _hard_wrapped(lines):
        joined = lines[0]
        for line in lines[1:]:
            joined = joined[:-1] + line if joined.endswith("-") and line[:1].islower() else f"{joined} {line}"
        return [joined]
    return lines


def structure(text: str) -> list[str]:
    """Paragraphs of normalised ``text`` (see the module docstring)."""
    out: list[str] = []
    for block in paragraphs(text):
        out.extend(unwrap(block))
    return out


def title_line(paras: list[str]) -> str | None:
    """The first paragraph when it reads as a headline: one short line without final punctuation.

    A very short line ending in "?" or "!" also counts ("Will the truce hold?").
    """
    if len(paras) < 2:
        return None
    first = paras[0]
    n = len(first.split())
    if "\n" in first or not 1 < n <= TITLE_MAX_WORDS or _NOT_TITLE_END.search(first):
        return None
    if _FINAL.search(first) and n > QUESTION_TITLE_MAX_WORDS:
        return None
    return first


__all__ = ["join_paragraphs", "structure", "title_line", "unwrap"]

"""Unicode and whitespace normalisation of article text.

Choices (documented because every later offset depends on them):

* NFC; line endings become ``\\n``; paragraphs are separated by exactly one blank line (``\\n\\n``).
* No-break and other odd spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, tabs) become a space;
  zero-width characters, soft hyphens and stray control characters are removed.
* Curly quotes are kept (the quote finder relies on them); em and en dashes are kept as they are;
  the minus sign and the other hyphen variants (U+2010, U+2011, U+2212) become ``-``.
* Runs of spaces collapse to one, lines are stripped, and a space is put between a word and a dash
  that is glued to its left only (``Islamabad- In``), so that the tokenizer sees the dash.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = dict.fromkeys(
    [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009, 0x000B, 0x000C, 0x0085], " "
)
_DELETE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F], None)
_HYPHENS = dict.fromkeys([0x2010, 0x2011, 0x2212], "-")
_TABLE = {**_SPACES, **_DELETE, **_HYPHENS, 0x2028: "\n", 0x2029: "\n\n"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_MULTISPACE = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Cleaned text: NFC, sane spaces, no invisible characters, paragraphs joined by ``\\n\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _CONTROL.sub("", text)
    text = _MULTISPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip("\n")


def paragraphs(text: str) -> list[str]:
    """Non-empty blocks of ``text`` separated by blank lines (single line breaks stay inside)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def join_paragraphs(blocks: list[str]) -> str:
    """The inverse of ``paragraphs``."""
    return "\n\n".join(blocks)

"""Errors raised by wirecoder.

The tree::

    WirecoderError                  base of everything wirecoder raises on purpose
    ├── InputError                  a user's input cannot be coded (has .source and .reason)
    │   ├── EmptyInput              nothing left after reading or cleaning
    │   ├── BinaryInput             bytes that are not text (NUL bytes, images, archives)
    │   ├── EncodingError           not valid UTF-8 (nor a declared encoding)
    │   ├── TooLarge                over Settings.max_bytes
    │   ├── NotEnglish              the language detector says another language
    │   ├── NoArticle               HTML page with no extractable article body
    │   ├── BadRecord               a JSON Lines record that is not valid JSON or lacks "text"
    │   ├── Truncated               a compressed file that ends mid-stream (its tail is lost)
    │   └── Timeout                 coding took longer than Settings.cpu_budget seconds of CPU
    ├── ConfigError                 a setting that cannot work (unknown spaCy model, bad date)
    ├── DataError                   a packaged or user data file fails validation (file, line)
    └── PipelineError               stages in an order whose requirements are not met

The CLI turns every ``WirecoderError`` into one line on stderr and a non-zero exit; batch runs record
``InputError`` as a reject with its ``reason`` and go on.
"""

from __future__ import annotations

import unicodedata


class WirecoderError(Exception):
    """Base class for errors wirecoder raises on purpose."""


class InputError(WirecoderError):
    """An input that cannot be coded. ``source`` names it; ``reason`` is a short machine tag."""

    reason = "bad-input"

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class TooLarge(InputError):
    reason = "too-large"


class NotEnglish(InputError):
    reason = "not-english"


class NoArticle(InputError):
    reason = "no-article"


class BadRecord(InputError):
    reason = "bad-record"


class Truncated(InputError):
    reason = "truncated"


class Timeout(InputError):
    reason = "timeout"


class ConfigError(WirecoderError):
    """A setting that cannot work, with the fix in the message."""


class DataError(WirecoderError):
    """A data file (ontology, patterns, actors) that fails validation."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path} line {line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class PipelineError(WirecoderError):
    """Stages arranged so that one needs what no earlier stage assigns."""


def one_line(text: str, limit: int = 300) -> str:
    """``text`` safe for a terminal: control and unprintable characters escaped (an escape sequence in a
    hostile input must not reach the screen), on one line, cut to ``limit`` characters."""
    out = []
    for ch in str(text):
        if ch == "\n" or ch == "\r" or ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(ch.encode("unicode_escape").decode("ascii") if ord(ch) < 0x10000 else "?")
        else:
            out.append(ch)
        if len(out) > limit:
            return "".join(out[:limit]) + "…"
    return "".join(out)

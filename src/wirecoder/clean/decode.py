"""Bytes to text: UTF-8 (with or without BOM), or the charset an HTML page declares.

Binary data (NUL bytes, many control characters, known image/archive signatures) is refused as
``BinaryInput``; bytes that are not UTF-8 and carry no usable declaration are refused as
``EncodingError`` with the byte offset and the fix.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInput, EncodingError, TooLarge

# File signatures of common non-text formats, named in the error message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Control characters other than tab, LF, CR and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13)) + b"\x7f"
MAX_CONTROL_SHARE = 0.05


def check_size(data: bytes | str, source: str, max_bytes: int) -> None:
    """Raise ``TooLarge`` when ``data`` is over ``max_bytes``."""
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise TooLarge(
            source,
            f"input is {size:,} bytes, over the limit of {max_bytes:,}; split it into articles "
            f"or raise Settings.max_bytes",
        )


def _binary_reason(data: bytes) -> str | None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"looks like {what}"
    head = data[:65536]
    if b"\x00" in head:
        return f"contains NUL bytes (first at byte {head.index(0)})"
    if head:
        controls = sum(head.count(bytes([c])) for c in _CONTROL_BYTES)
        if controls / len(head) > MAX_CONTROL_SHARE:
            return f"{controls / len(head):.0%} of its bytes are control characters"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML head declares (``<meta charset>``), if Python knows it."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_text(text: str, source: str) -> None:
    """Raise ``BinaryInput`` for a string full of NULs or control characters."""
    if "\x00" in text:
        raise BinaryInput(
            source, "text contains NUL bytes: this is not a text article; pass a .txt, .html or .jsonl file"
        )
    if text:
        controls = len(_CONTROL.findall(text[:65536]))
        if controls / min(len(text), 65536) > MAX_CONTROL_SHARE:
            raise BinaryInput(source, "text is mostly control characters: this is not a text article")


def decode(data: bytes | str, source: str, max_bytes: int) -> str:
    """Text of ``data``: a str is checked and returned; bytes are decoded as described above."""
    check_size(data, source, max_bytes)
    if isinstance(data, str):
        check_text(data, source)
        return data.lstrip("\ufeff")
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    reason = _binary_reason(data)
    if reason:
        raise BinaryInput(source, f"not a text article: {reason}; pass a .txt, .html or .jsonl file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "utf-8-sig"):
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                pass
        bad = data[exc.start : exc.start + 4]
        line = data.count(b"\n", 0, exc.start) + 1
        raise EncodingError(
            source,
            f"not valid UTF-8 at byte {exc.start} (line {line}, bytes {bad.hex(' ')}); "
            f"convert the file to UTF-8, e.g. 'iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8'",
        ) from None

"""HTML: sniff it, and extract the article body and metadata with trafilatura (dates by htmldate)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..errors import NoArticle

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|article|span|a|br|h[1-6]|meta|title|script|section|li|ul|table)\b[^>]*>", re.I)
# Publication dates: the page's own (original) date, from its markup, never guessed from the story text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass
class Extracted:
    """What trafilatura found in a page."""

    text: str  # paragraphs separated by blank lines, title line not included
    title: str | None
    date: str | None
    author: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment (a doctype/html/body start, or many block tags)."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 3 and tags * 40 > len(head.split("\n")) * 10


def extract_html(html: str, source: str, url: str | None = None, min_words: int = 1) -> Extracted:
    """The article in ``html``; raise ``NoArticle`` when the page has no article body."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, TypeError) as exc:
        raise NoArticle(source, f"HTML could not be parsed ({exc}); pass the article text instead") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < max(min_words, 1):
        raise NoArticle(
            source,
            "the HTML page has no article body that could be extracted (an index, login or empty page?); "
            "pass the page of one article, or its text",
        )
    title = (getattr(doc, "title", None) or "").strip() or None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return Extracted(
        text="\n\n".join(lines),
        title=title,
        date=getattr(doc, "date", None) or None,
        author=getattr(doc, "author", None) or None,
        url=getattr(doc, "url", None) or url,
    )

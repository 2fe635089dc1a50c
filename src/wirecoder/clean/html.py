"""HTML: sniff it, and extract the article body and metadata with trafilatura (dates by htmldate)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..errors import NoArticle

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"</?(?:p|div|article|span|a|br|h[1-6]|meta|title|script|section|li|ul|table)\b[^>]*>", re.I)
_SITE_SEPARATORS = re.compile(r"\s+(?:\||-|—|–|::|·|»)\s+|\s*_\s*")
_TITLE_TOKEN = re.compile(r"\w+")
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
    headline = (getattr(doc, "title", None) or "").strip() or None
    title = choose_title(headline, page_titles(html))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and lines[0].casefold() in {t.casefold() for t in (headline, title) if t}:
        lines = lines[1:]
    return Extracted(
        text="\n\n".join(lines),
        title=title,
        date=getattr(doc, "date", None) or None,
        author=getattr(doc, "author", None) or None,
        url=getattr(doc, "url", None) or url,
    )


def page_titles(html: str) -> list[str]:
    """The titles a page declares for itself: og:title, twitter:title, <title> (in that order)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return []
    found = [str(v) for v in tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")]
    found += [str(t.text_content()) for t in tree.xpath("//head/title|//title")[:1]]
    return [" ".join(t.split()) for t in found if t and t.strip()]


def strip_site_name(title: str) -> str:
    """ "Rebels seize town | The Daily Example" -> "Rebels seize town" (the longest segment)."""
    parts = [p for p in _SITE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


def choose_title(extracted: str | None, declared: list[str]) -> str | None:
    """The extracted headline, unless it shares little with what the page declares as its title.

    trafilatura may take an unrelated <h1> (a site banner, a promotion) for the headline; the page's
    own og:title or <title> is then the better guess.
    """
    if not declared:
        return extracted
    if extracted:
        words = {w.casefold() for w in _TITLE_TOKEN.findall(extracted)}
        for candidate in declared:
            theirs = {w.casefold() for w in _TITLE_TOKEN.findall(candidate)}
            if words and len(words & theirs) >= 0.5 * len(words):
                return extracted
    return strip_site_name(declared[0])

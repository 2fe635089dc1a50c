"""The ``clean`` stage: raw bytes or text in, clean story text and its metadata out.

Steps, each in its own module: ``decode`` (bytes to str, binary and encoding checks), ``html``
(sniff and extract with trafilatura), ``normalize`` (Unicode and spaces), ``structure`` (paragraphs,
title line), ``boilerplate`` (furniture removal, rules in ``data/boilerplate/rules.yaml``),
``dateline`` and ``language``.

The text the later stages see (``Article.text``) is the story only: paragraphs separated by a blank
line, the headline kept in ``Article.title`` and *not* repeated in the text, the dateline kept at the
start of the first paragraph on a line of its own ("Islamabad -\\nIn a statement ..."), and every
dropped piece recorded in ``Article.removed`` with its reason.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import date, datetime, timedelta

from ..article import Article, Removed
from ..errors import EmptyInput
from ..settings import Settings
from ..stage import Stage
from .boilerplate import Rules, leading_menu, packaged_rules, score_paragraph, strip_boilerplate, words
from .dateline import place_name, split_agency_opener, split_dateline, split_run_in_headline
from .decode import decode
from .html import extract_html, looks_like_html
from .language import detect_language, require_english
from .normalize import join_paragraphs, normalize_text
from .slugs import strip_slugs
from .structure import structure, title_line

__all__ = ["CleanStage", "clean_article", "content_hash", "date_problem", "normalize_date"]

log = logging.getLogger(__name__)

_BYLINE = re.compile(r"^(?:by|written by|words by|story by)\s+(?P<name>[\w.'’-]+(?: [\w.'’-]+){0,3})\b", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
STUB_WORDS = 6  # a body shorter than this under a headline is a byline or a credit, not the report


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO timestamp or a date in words; None if not a date."""
    value = value.strip()
    m = _ISO.match(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def clean_article(article: Article, settings: Settings, rules: Rules | None = None) -> Article:
    """Clean ``article`` in place (see the module docstring) and return it; raise an ``InputError``.

    ``rules`` defaults to the packaged boilerplate rules.
    """
    rules = rules or packaged_rules()
    settings_min_words, max_bytes = settings.min_words, settings.max_bytes
    source = article.source
    if not article.raw or (isinstance(article.raw, str) and not article.raw.strip()):
        raise EmptyInput(source, "the input is empty; pass a file with the article's text or HTML")
    raw = decode(article.raw, source, max_bytes)
    if not raw.strip():
        raise EmptyInput(source, "the input holds only white space; pass a file with the article's text")

    removed: list[Removed] = []
    headline: str | None = None
    if looks_like_html(raw):
        article.format = "html"
        page = extract_html(raw, source, url=article.url, min_words=settings_min_words)
        article.title = article.title or page.title
        article.url = article.url or page.url
        article.byline = article.byline or page.author
        if page.date and not article.published:
            article.published, article.published_from = page.date, "html"
        paras = structure(normalize_text(page.text))
    else:
        article.format = "text"
        paras = structure(normalize_text(raw))
        menu = leading_menu(paras)
        removed.extend(Removed(p, "navigation") for p in paras[:menu])
        paras = paras[menu:]
        if paras:
            paras[0], slugs = strip_slugs(paras[0])
            removed.extend(slugs)
        headline = title_line(paras)
        verdict = score_paragraph(headline, 0.0, rules) if headline else None
        if verdict is not None and verdict.strong and verdict.reason == "byline":
            headline = None  # "By Amina Yusuf" over the story is its byline, not its headline
        if headline:
            article.title = article.title or headline
            paras = paras[1:]
    if article.title:
        article.title = strip_slugs(normalize_text(article.title).replace("\n", " "))[0]
        if paras and paras[0].casefold() == article.title.casefold():
            paras = paras[1:]

    paras, dropped = strip_boilerplate(paras, rules)
    removed.extend(dropped)
    if headline and len(words(join_paragraphs(paras))) < max(settings_min_words, STUB_WORDS):
        paras = [headline, *paras]  # a headline over a byline or a stub: the headline is the report
    for piece in dropped:
        m = _BYLINE.match(piece.text)
        if m and piece.reason == "byline" and not article.byline:
            article.byline = m.group("name")

    if paras:
        run_in, paras[0] = split_run_in_headline(paras[0])
        if run_in:  # "UPDATE 2-Strike kills four KABUL, Dec 5 (Reuters) - ...": a headline run into the story
            run_in, slugs = strip_slugs(run_in)
            removed.extend([*slugs, Removed(run_in, "headline")])
            article.title = article.title or run_in
        agency, paras[0] = split_agency_opener(paras[0])
        if agency:
            removed.append(Removed(agency, "agency"))
        found, paras[0] = split_dateline(paras[0])
        if found:
            article.dateline = place_name(found.place)

    text = join_paragraphs(paras)
    n_words = len(words(text))
    if n_words < settings_min_words:
        what = "nothing" if not n_words else f"only {n_words} words"
        raise EmptyInput(
            source,
            f"{what} left after cleaning (at least {settings_min_words} needed); "
            f"check that the input holds the article's text, or lower Settings.min_words",
        )
    article.language = require_english(text, source) if settings.check_language else detect_language(text)

    _set_published(article)
    article.text = text
    article.removed = removed
    article.content_hash = content_hash(text)
    article.id = article.id or article.content_hash[:16]
    return article


def _set_published(article: Article) -> None:
    """A date given with the input is "input" (the HTML's own is "html"); dates become ISO."""
    if article.published and article.published_from is None:
        article.published_from = "input"
    if article.published:
        iso = normalize_date(article.published)
        problem = date_problem(iso) if iso else "is not a date"
        if problem:
            article.warnings.append(f"publication date {article.published[:40]!r} {problem}; ignored")
            log.warning("%s: publication date %r %s; ignored", article.source, article.published[:40], problem)
            article.published, article.published_from = None, None
        else:
            article.published = iso


EARLIEST_DATE = date(1900, 1, 1)


def date_problem(iso: str) -> str | None:
    """Why an ISO publication date cannot be a news article's (before 1900, or after tomorrow), or None."""
    day = date.fromisoformat(iso)
    if day < EARLIEST_DATE:
        return f"is before {EARLIEST_DATE.year}"
    if day > date.today() + timedelta(days=1):  # a day of slack for time zones
        return "is in the future"
    return None


class CleanStage(Stage):
    """Decode, extract, normalise, strip boilerplate, find title and dateline, check language, hash."""

    name = "clean"
    requires = ("raw",)
    assigns = (
        "text",
        "format",
        "title",
        "removed",
        "content_hash",
        "language",
        "dateline",
        "byline",
        "published",
        "published_from",
    )

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.rules = packaged_rules(settings.boilerplate)

    def __call__(self, article: Article) -> Article:
        return clean_article(article, self.settings, self.rules)

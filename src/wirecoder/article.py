"""The one data type that flows through the stages: an ``Article`` and the records stages add to it.

Every offset (``start``, ``end``) is a character offset into ``Article.text``, the cleaned text.
``to_dict`` gives the public event record of DESIGN.md (schema ``SCHEMA_VERSION``); field names
there are part of the interface.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from its parts (same parts, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass
class Removed:
    """A piece of the raw input that the cleaner dropped, and why."""

    text: str
    reason: str  # "call-to-action", "comment-form", "credit", "subscription", "caption", ...


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class TimeExpr:
    """A time expression resolved to a calendar date.

    ``value`` is ISO at its precision: "2023-01-02" (day), "2023-01" (month) or "2023" (year).
    """

    text: str
    start: int
    end: int
    sentence_index: int
    value: str | None
    precision: str | None  # "day" | "month" | "year" | None when unresolvable
    approximate: bool = False  # "around 14 March", "10-12 July", "(week of)": near that day, not surely on it


@dataclass
class Actor:
    """A resolved actor: who a mention refers to, at the article's date."""

    actor_id: str | None = None
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, or None
    sector: str | None = None  # GOV, MIL, REB, INS, MED, IGO, CVL, ... (see data/actors/README)
    cameo: str | None = None  # CAMEO actor code, e.g. "PAKGOV"
    role: str | None = None  # "defence minister", "spokesman", ...
    # How ``country`` was obtained when the text does not state it (see COUNTRY_BASES); None: stated or none.
    country_basis: str | None = None


# How an actor's country was obtained, most direct first: the text or the KB states it ("Pakistani police",
# "Sharif", "the TTP"); the event's own place ("gunmen ... in Quetta"); the other names of its sentence;
# the dateline; the country the story is about. All but "stated" are inferred: filter them out if needed.
COUNTRY_BASES = ("stated", "place", "sentence", "dateline", "story")


@dataclass
class Mention:
    """A stretch of text that names, describes or points to an actor."""

    text: str
    start: int
    end: int
    sentence_index: int
    kind: str  # "name" | "acronym" | "nominal" | "pronoun" | "demonym" | "place"
    actor: Actor | None = None
    via: str | None = None  # how it was resolved: "kb", "apposition", "coref", "demonym", ...
    head: int | None = None  # spaCy token index of the mention's head, for the coder


@dataclass
class Participant:
    """The source or target of an event as written in the record: the text plus the resolved actor."""

    text: str
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    country_basis: str | None = None  # one of COUNTRY_BASES when ``country`` is set

    @classmethod
    def from_mention(cls, mention: Mention) -> Participant:
        a = mention.actor or Actor()
        basis = (a.country_basis or "stated") if a.country else None
        return cls(mention.text, mention.start, mention.end, a.actor_id, a.name, a.country, a.sector, a.cameo, basis)


@dataclass
class Quantity:
    kind: str  # "killed", "wounded", "attacks", "money", "soldiers", ...
    value: float | int | None
    approx: str | None = None  # "more than", "at least", "about", "dozens" ...
    text: str = ""
    unit: str | None = None  # "USD" for money, else None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    id: str
    article_id: str
    sentence_index: int
    trigger: dict[str, Any]  # {"text","lemma","start","end"}
    date: str | None
    date_precision: str | None
    source: Participant | None
    target: Participant | None
    cameo: dict[str, Any]  # {"code","root","name","goldstein","quad_class"}
    plover: dict[str, Any]  # {"type","mode"}
    acled: dict[str, Any]  # {"event_type","sub_event_type"}
    location: dict[str, Any] | None
    fatalities: int | None
    quantities: list[Quantity]
    negated: bool
    hypothetical: bool
    future: bool
    evidence: dict[str, Any]  # {"sentence","start","end"}
    confidence: float
    reported_by: Participant | None = None  # speaker when the event sits inside a quote or report
    pattern: str | None = None  # id of the pattern that coded it
    background: bool = False  # told from well before publication (history, earlier incidents)
    date_from: str | None = (
        None  # "text" (the sentence's own time words) | "context" (the sentence before) | "publication"
    )
    date_approximate: bool = False  # the text gives the date as approximate ("around 14 March", a range of days)


@dataclass
class Quote:
    id: str
    sentence_index: int
    speaker: Participant | None
    text: str
    start: int
    end: int
    verb: str | None
    date: str | None = None


@dataclass
class Article:
    """One news article and everything the stages have found in it."""

    raw: str | bytes
    source: str  # path, "-" for stdin, or "file.jsonl:LINE"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    published_from: str | None = None  # "input" | "html" | "inferred" | None
    fetched_at: str | None = None
    format: str | None = None  # "text" | "html"
    language: str | None = None
    text: str = ""
    dateline: str | None = None
    byline: str | None = None
    removed: list[Removed] = field(default_factory=list)
    content_hash: str | None = None
    doc: Any = None  # the spaCy Doc over ``text``; never serialised
    sentences: list[Sentence] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # names of the stages that have run

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        """The article record of DESIGN.md: article metadata, events, quotes."""
        article: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "dateline": self.dateline,
            "content_hash": self.content_hash,
            "removed": [asdict(r) for r in self.removed],
        }
        if include_text:
            article["text"] = self.text
        return {
            "schema": SCHEMA_VERSION,
            "article": article,
            "events": [asdict(e) for e in self.events],
            "quotes": [asdict(q) for q in self.quotes],
            "actors": _actor_table(self.mentions),
            "warnings": list(self.warnings),
        }


def actor_row(actor: Actor) -> dict[str, Any]:
    """An actor as a table row: its fields without ``country_basis``, which belongs to one mention of it."""
    row = asdict(actor)
    row.pop("country_basis", None)
    return row


def _actor_table(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Distinct resolved actors with the mentions that refer to them."""
    table: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.actor is None or not (m.actor.actor_id or m.actor.name):
            continue
        key = m.actor.actor_id or m.actor.name or ""
        row = table.setdefault(key, {**actor_row(m.actor), "mentions": []})
        if m.text not in row["mentions"]:
            row["mentions"].append(m.text)
    return list(table.values())

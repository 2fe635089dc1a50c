"""Typed response models of the JSON routes, for the OpenAPI spec (``/openapi.json``). The routes return
the query layer's dicts directly (no validation on the hot path); these models say what those hold."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Participant(_Open):
    text: str | None = None
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    country_basis: str | None = None  # "stated", or how the country was inferred: place, sentence, dateline, story
    sector: str | None = None
    cameo: str | None = None


class Cameo(_Open):
    code: str | None = None
    root: str | None = None
    name: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None


class Location(_Open):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None


class Evidence(_Open):
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class ArticleRef(_Open):
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


class Event(_Open):
    id: str
    article_id: str
    sentence_index: int | None = None
    date: str | None = None
    date_precision: str | None = None
    date_from: str | None = None  # "text", "context" (the sentence before) or "publication"
    date_approximate: bool = False
    source: Participant | None = None
    target: Participant | None = None
    cameo: Cameo | None = None
    plover: dict[str, Any] | None = None
    acled: dict[str, Any] | None = None
    location: Location | None = None
    fatalities: int | None = None
    quantities: list[dict[str, Any]] = []
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    background: bool = False
    evidence: Evidence | None = None
    confidence: float | None = None
    article: ArticleRef | None = None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, Any]
    items: list[Event]


class Dashboard(BaseModel):
    counts: dict[str, int]
    dyads: list[dict[str, Any]]
    countries: list[str]


class ArticleDetail(_Open):
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    events: list[Event] = []
    quotes: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []


class ActorList(BaseModel):
    q: str | None = None
    items: list[dict[str, Any]]


class QuotePage(BaseModel):
    speaker: str | None = None
    about: str | None = None
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Period(_Open):
    period: str
    events: int
    goldstein_sum: float
    by_plover: dict[str, int]
    by_quad: dict[str, int]


class DyadSeries(BaseModel):
    a: str | None = None
    b: str | None = None
    freq: str
    filters: dict[str, Any] = {}
    series: list[Period]


class Alert(_Open):
    dyad: str
    a: str
    b: str
    period: str
    intensity: float
    events: int
    conflict_events: int
    goldstein_sum: float
    baseline_mean: float
    baseline_sd: float
    z: float
    threshold: float
    window: int
    event_ids: list[str]


class AlertList(BaseModel):
    freq: str
    window: int | None = None
    threshold: float | None = None
    dyad: str | None = None
    items: list[Alert]


class Node(_Open):
    id: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    weight: int
    goldstein: float | None = None


class Network(BaseModel):
    since: str | None = None
    until: str | None = None
    min_weight: int
    by: str
    loops: bool
    nodes: list[Node]
    edges: list[Edge]


class MapPoint(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    precision: str
    events: int


class CountryCount(BaseModel):
    country: str
    events: int


class MapData(BaseModel):
    since: str | None = None
    until: str | None = None
    points: list[MapPoint]
    countries: list[CountryCount]
    unplaced: int


class AggregateTable(BaseModel):
    by: str
    sum: str
    rows: list[dict[str, Any]]


class Stats(_Open):
    articles: int
    events: int
    quotes: int
    actors: int
    rejects: int
    by_plover: dict[str, int]
    by_quad: dict[str, int]
    by_cameo_root: dict[str, int]
    by_acled: dict[str, int]
    by_month: dict[str, int]
    by_country: dict[str, int]
    by_location_country: dict[str, int]
    by_dyad: dict[str, int]
    negated: int
    hypothetical: int
    table: AggregateTable | None = None

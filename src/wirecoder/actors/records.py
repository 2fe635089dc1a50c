"""The records of the actor knowledge base (sectors, countries, named actors and their dated roles, agent
nouns, alias hits) and the pure functions over them: CAMEO codes, alias keys, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..article import Actor


@dataclass(frozen=True)
class Sector:
    code: str
    name: str
    cameo: str
    placeless: bool = False  # its group nouns stand as actors with no country in sight ("police", "gunmen")


@dataclass(frozen=True)
class Country:
    iso3: str
    cameo: str
    name: str
    aliases: tuple[str, ...]
    adjective: str
    demonyms: tuple[str, ...]
    capital: str
    capital_aliases: tuple[str, ...]
    places: tuple[str, ...] = ()  # other cities and provinces: always places, never actors


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    cameo: str | None = None
    governs: bool = False

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Branch:
    """A namesake in one country: a bare alias of the entry ("Taliban") in a sentence placed in ``country``
    (Pakistan) names the entry ``actor`` (the TTP) instead."""

    country: str
    actor: str
    aliases: tuple[str, ...]  # normalised aliases that switch; qualified ones ("Afghan Taliban") never do


@dataclass(frozen=True)
class Entry:
    """A named actor of the KB; ``at(date)`` gives the ``Actor`` it is on that date."""

    id: str
    name: str
    type: str
    country: str | None
    sector: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    cameo: str | None = None
    branches: tuple[Branch, ...] = ()

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on ``day``; with no date, the current (open-ended, latest) role."""
        if day is not None:
            held = [r for r in self.roles if r.holds_on(day)]
        else:
            held = [r for r in self.roles if r.end is None]
        if not held:
            return None
        return max(held, key=lambda r: r.start or dt.date.min)

    def at(self, day: dt.date | None, sectors: dict[str, Sector] | None = None) -> Actor:
        role = self.role_on(day)
        country = role.country if role else self.country
        sector = role.sector if role else self.sector
        cameo = (role.cameo if role else None) or self.cameo or cameo_code(country, sector, sectors)
        return Actor(self.id, self.name, country, sector, cameo, role.role if role else None)


@dataclass(frozen=True)
class AgentNoun:
    lemmas: tuple[str, ...]
    sector: str
    kind: str  # "person" | "group"
    role: str | None = None
    plural_only: bool = False
    code: str | None = None  # a PETRARCH agent code: "~GOV" goes after the owner's code, "NGO~" before it
    local: bool = False  # a person noun of the place ("a village chief"): with no owner, the local country
    remote: bool = False  # a weapon flown from afar ("a drone"): with no owner, never the local country
    ruling: bool = False  # a body that rules a country ("the junta"): with no owner, never the country it acts on
    not_after: frozenset[str] = frozenset()  # modifiers that make the noun a thing ("a nerve agent")
    # a state's envoy: its possessor or demonym country outranks the organisation it sits at ("China's UN envoy")
    envoy: bool = False


def compose_code(owner: str | None, agent_code: str) -> str:
    """PETRARCH's actor + agent code: ("CAL", "~GOV") -> "CALGOV", ("ARN", "NGO~") -> "NGOARN",
    (None, "~GOV") -> "---GOV". An owner that already ends with the agent code keeps it once."""
    if owner and "/" in owner:  # an actor with several codes: each gets the agent
        return "/".join(compose_code(o, agent_code) for o in owner.split("/"))
    base = owner or "---"
    if agent_code.endswith("~"):
        return agent_code[:-1] + base
    suffix = agent_code.lstrip("~")
    return base if base.endswith(suffix) and base != "---" else base + suffix


@dataclass(frozen=True)
class Hit:
    """One thing an alias names: an entry, a country, a capital or a demonym."""

    kind: str  # "entry" | "country" | "capital" | "adjective" | "people" | "place"
    key: str  # entry id or ISO-3
    overlay: bool = False


_HIT_ORDER = {"entry": 0, "country": 1, "capital": 2, "adjective": 3, "people": 4, "place": 5}


def cameo_code(country: str | None, sector: str | None, sectors: dict[str, Sector] | None = None) -> str | None:
    """CAMEO actor code from country and sector: ("PAK", "GOV") -> "PAKGOV"."""
    agent = ""
    if sector:
        agent = sectors[sector].cameo if sectors and sector in sectors else sector
    code = (country or "") + agent
    return code or None


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Alias key: casefold, no accents, no leading "the", no trailing "'s", punctuation as spaces.

    "Al-Jazeera" == "Al Jazeera" == "al jazeera"; "U.S." == "US"; "the Taliban's" == "Taliban".
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w)\.$", "", text)  # u.s. -> us, u.n. -> un
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return text


def parse_date(value: Any) -> dt.date | None:
    """``2021-08-15``, ``2021-08``, ``2021`` (str, int or YAML date) -> date (first day); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not m:
        raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))

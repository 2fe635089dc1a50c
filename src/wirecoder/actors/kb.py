"""The actor knowledge base: loading and validating the data files, and lookup by alias and date.

The packaged base ("kb.v1") lives in ``wirecoder/data/actors/`` (format: README.md there):
``sectors.yaml`` (the sector scheme), ``countries.csv``, ``actors.yaml`` (named actors with
time-bounded roles) and ``agents.yaml`` (role and group nouns). A user overlay
(``Settings.actors_overlay``) in the format of ``actors.yaml`` wins over the base: an entry with the
same id replaces the packaged one, and its aliases are looked up first. An overlay written as a mapping
may also carry ``agents`` (added to, or with ``replace_agents: true`` replacing, the packaged agent nouns).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..article import Actor
from ..diskcache import cached
from ..errors import ConfigError, DataError
from ..yamlfiles import read_yaml as _read_yaml
from .sectors import sector_group

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
KB_VERSIONS = {"kb.v1": DATA_DIR}
ENTRY_TYPES = ("person", "org")
# Surnames too common to identify anyone on their own.
COMMON_SURNAMES = {
    "khan",
    "ali",
    "ahmed",
    "ahmad",
    "mohammad",
    "muhammad",
    "mohammed",
    "shah",
    "singh",
    "kumar",
    "wang",
    "li",
    "zhang",
    "smith",
    "hussain",
    "hassan",
    "rahman",
    "akhund",
    "haqqani",
    "mehsud",
    "baloch",
    "price",
    "miller",
    "west",
    "bruce",
    "dar",
    "sharif",
    "zardari",
    "bhutto",
    "iftikhar",
}
_ENTRY_KEYS = {"id", "name", "type", "country", "sector", "cameo", "aliases", "roles", "__line__"}
_ROLE_KEYS = {"country", "sector", "role", "from", "until", "cameo", "governs", "__line__"}


# ----------------------------------------------------------------------------- records


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


# ----------------------------------------------------------------------------- the KB


@dataclass
class KnowledgeBase:
    """Sectors, countries, named actors and agent nouns, with an alias index."""

    sectors: dict[str, Sector]
    countries: dict[str, Country]
    entries: dict[str, Entry]
    agents: dict[tuple[str, ...], AgentNoun]
    overlay_ids: frozenset[str] = frozenset()
    secondary_ids: frozenset[str] = frozenset()  # converted (PETRARCH) entries: curated ones win
    index: dict[str, list[Hit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.index:
            self.index = self._build_index()

    def _build_index(self) -> dict[str, list[Hit]]:
        index: dict[str, list[Hit]] = {}

        def add(alias: str, hit: Hit) -> None:
            key = normalise(alias)
            if key and hit not in index.setdefault(key, []):
                index[key].append(hit)

        for entry in self.entries.values():
            over = entry.id in self.overlay_ids
            for alias in (entry.name, *entry.aliases):
                add(alias, Hit("entry", entry.id, over))
        for c in self.countries.values():
            for alias in (c.name, *c.aliases):
                add(alias, Hit("country", c.iso3))
            for alias in (c.capital, *c.capital_aliases):
                if alias:
                    add(alias, Hit("capital", c.iso3))
            if c.adjective:
                add(c.adjective, Hit("adjective", c.iso3))
            for alias in c.demonyms:
                add(alias, Hit("people", c.iso3))
            for alias in c.places:
                add(alias, Hit("place", c.iso3))
        for hits in index.values():
            hits.sort(key=lambda h: (not h.overlay, _HIT_ORDER.get(h.kind, 9), h.key in self.secondary_ids))
        return index

    def surname(self, word: str, day: dt.date | None = None) -> str | None:
        """The one KB person whose surname is ``word`` ("Erdogan"), or None when none or several are.

        Among several, the one holding a role on ``day`` wins if only one does; curated entries are
        preferred over converted ones."""
        if not hasattr(self, "_surnames"):
            table: dict[str, set[str]] = {}
            for e in self.entries.values():
                if e.type == "person":
                    for alias in (e.name, *e.aliases):
                        words = normalise(alias).split()
                        if len(words) > 1:
                            table.setdefault(words[-1], set()).add(e.id)
            self._surnames = table
        key = normalise(word)
        ids = self._surnames.get(key, set())
        if not ids or key in COMMON_SURNAMES:
            return None
        for pool in ([i for i in ids if i not in self.secondary_ids], list(ids)):
            if len(pool) == 1:
                return pool[0]
            if day is not None and pool:
                holding = [i for i in pool if self.entries[i].role_on(day) is not None]
                if len(holding) == 1:
                    return holding[0]
            if pool:
                return None
        return None

    def lookup(self, text: str) -> list[Hit]:
        """Everything ``text`` may name, overlay entries first, then named actors, then countries."""
        return list(self.index.get(normalise(text), ()))

    def aliases(self) -> list[tuple[str, Hit]]:
        """Every (alias as written, hit): for building phrase matchers."""
        out: list[tuple[str, Hit]] = []
        for entry in self.entries.values():
            for alias in dict.fromkeys((entry.name, *entry.aliases)):
                out.append((alias, Hit("entry", entry.id, entry.id in self.overlay_ids)))
        for c in self.countries.values():
            out += [(a, Hit("country", c.iso3)) for a in dict.fromkeys((c.name, *c.aliases))]
            out += [(a, Hit("capital", c.iso3)) for a in (c.capital, *c.capital_aliases) if a]
            if c.adjective:
                out.append((c.adjective, Hit("adjective", c.iso3)))
            out += [(a, Hit("people", c.iso3)) for a in c.demonyms]
            out += [(a, Hit("place", c.iso3)) for a in c.places]
        return out

    def entry_actor(self, entry_id: str, day: dt.date | None) -> Actor:
        return self.entries[entry_id].at(day, self.sectors)

    def country_actor(
        self,
        iso3: str,
        sector: str | None = None,
        day: dt.date | None = None,
        role: str | None = None,
        governing: bool = True,
    ) -> Actor:
        """A country (sector None), or a sector of it; for GOV (with ``governing``), the entry governing it
        on ``day`` when the KB has one ("Afghanistan's government" in 2023 -> the Taliban)."""
        if governing and sector in sector_group("government"):
            ruler = self.governing(iso3, day)
            if ruler is not None:
                return ruler
        country = self.countries.get(iso3)
        name = country.name if country else iso3
        if sector is None:
            return Actor(iso3, name, iso3, None, country.cameo if country else iso3, None)
        sector_name = self.sectors[sector].name if sector in self.sectors else sector
        cameo = cameo_code(country.cameo if country else iso3, sector, self.sectors)
        return Actor(cameo, f"{name} ({sector_name})", iso3, sector, cameo, role)

    def state_actor(self, iso3: str, sector: str | None = "GOV", day: dt.date | None = None) -> Actor:
        """A state named bare and acting ("France condemned ...", "Beijing said"): the country's ``sector``
        (its government by default, or whoever governs it on ``day``) in ``country``/``sector``/``actor_id``,
        but the bare country code as ``cameo``, as the CAMEO manual and PETRARCH code a state name
        ("FRA", not "FRAGOV"; GOV only when the text names the government or an official)."""
        actor = self.country_actor(iso3, sector, day)
        country = self.countries.get(iso3)
        actor.cameo = country.cameo if country else iso3
        return actor

    def governing(self, iso3: str, day: dt.date | None) -> Actor | None:
        """The entry that is the government of ``iso3`` on ``day`` (e.g. the Taliban after 2021-08-15)."""
        if not hasattr(self, "_governors"):
            self._governors = [e for e in self.entries.values() if any(r.governs for r in e.roles)]
        for entry in self._governors:
            role = entry.role_on(day)
            if role is not None and role.governs and role.country == iso3:
                return entry.at(day, self.sectors)
        return None

    def alias_starts(self) -> frozenset[str]:
        """First words of all normalised aliases (a quick filter for n-gram matching)."""
        if not hasattr(self, "_alias_starts"):
            self._alias_starts = frozenset(k.split(" ", 1)[0] for k in self.index)
        return self._alias_starts

    def agent_starts(self) -> frozenset[str]:
        """First words of all agent nouns (a quick filter before trying longer matches)."""
        if not hasattr(self, "_agent_starts"):
            self._agent_starts = frozenset(k[0] for k in self.agents)
        return self._agent_starts

    def agent(self, lemmas: tuple[str, ...]) -> AgentNoun | None:
        return self.agents.get(tuple(w.casefold() for w in lemmas))

    def max_agent_len(self) -> int:
        return max((len(k) for k in self.agents), default=1)


# ----------------------------------------------------------------------------- loading


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


def load_sectors(path: Path) -> dict[str, Sector]:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(str(path), "expected a mapping of sector code -> {name, cameo}")
    sectors = {}
    for code, spec in data.items():
        if code in ("__line__", "groups"):  # groups: what sectors mean to the rules (sectors.py)
            continue
        if not isinstance(spec, dict) or not spec.get("name") or not spec.get("cameo"):
            raise DataError(
                str(path),
                f"sector {code}: needs 'name' and 'cameo'",
                spec.get("__line__") if isinstance(spec, dict) else None,
            )
        sectors[str(code)] = Sector(str(code), str(spec["name"]), str(spec["cameo"]), spec.get("placeless") is True)
    return sectors


def load_countries(path: Path) -> dict[str, Country]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(str(path), f"cannot read: {exc.strerror}") from exc
    body = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    reader = csv.DictReader(line for _, line in body)
    required = {"iso3", "cameo", "name", "aliases", "adjective", "demonyms", "capital", "capital_aliases"}
    if not reader.fieldnames or not required <= set(reader.fieldnames):
        raise DataError(
            str(path), f"header must have columns {', '.join(sorted(required))}", body[0][0] if body else None
        )
    countries: dict[str, Country] = {}
    for (lineno, _), row in zip(body[1:], reader):
        code = (row["iso3"] or "").strip()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(str(path), f"'{code}' is not an ISO 3166-1 alpha-3 code", lineno)
        if code in countries:
            raise DataError(str(path), f"country {code} is listed twice", lineno)

        def split(col: str) -> tuple[str, ...]:
            return tuple(a for a in (row[col] or "").split("|") if a)

        countries[code] = Country(
            code,
            row["cameo"] or code,
            row["name"],
            split("aliases"),
            row["adjective"] or "",
            split("demonyms"),
            row["capital"] or "",
            split("capital_aliases"),
            split("places") if "places" in row else (),
        )
    return countries


def load_agents(path: Path, sectors: dict[str, Sector], data: Any = None) -> dict[tuple[str, ...], AgentNoun]:
    """Agent nouns from ``path`` (or from ``data`` already read from it: an overlay's ``agents`` list)."""
    data = _read_yaml(path) if data is None else data
    if not isinstance(data, list):
        raise DataError(str(path), "expected a list of {noun, sector, kind}")
    agents: dict[tuple[str, ...], AgentNoun] = {}
    for item in data:
        line = item.get("__line__") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not item.get("noun"):
            raise DataError(str(path), "each agent needs a 'noun'", line)
        if item.get("sector") not in sectors:
            raise DataError(
                str(path),
                f"agent '{item['noun']}': sector '{item.get('sector')}' is not in sectors.yaml ({', '.join(sectors)})",
                line,
            )
        if item.get("kind") not in ("person", "group"):
            raise DataError(str(path), f"agent '{item['noun']}': kind must be 'person' or 'group'", line)
        lemmas = tuple(re.sub(r"\s*-\s*", " - ", str(item["noun"]).casefold()).split())
        if lemmas in agents:
            raise DataError(str(path), f"agent noun '{item['noun']}' is listed twice", line)
        code = item.get("code")
        if code is not None and not re.fullmatch(r"~[A-Z0-9]+|[A-Z0-9]+~", str(code)):
            raise DataError(str(path), f"agent '{item['noun']}': code '{code}' must be '~ABC' or 'ABC~'", line)
        agents[lemmas] = AgentNoun(
            lemmas,
            item["sector"],
            item["kind"],
            item.get("role"),
            item.get("number") == "plural",
            code,
            item.get("local") is True,
        )
    return agents


def load_entries(path: Path, sectors: dict[str, Sector], countries: dict[str, Country]) -> dict[str, Entry]:
    """Named actors from a YAML list (the base file or an overlay) or a generated JSON file, validated."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(str(path), f"cannot read JSON: {exc}") from exc
    else:
        data = _read_yaml(path)
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if data is None:
        return {}
    if not isinstance(data, list):
        raise DataError(str(path), "expected a list of actor entries (or a mapping with an 'actors' list)")
    entries: dict[str, Entry] = {}
    for number, item in enumerate(data, 1):
        line = item.get("__line__", number) if isinstance(item, dict) else number
        if not isinstance(item, dict):
            raise DataError(str(path), "each actor entry must be a mapping", line)
        entries_id = str(item.get("id") or "")
        if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", entries_id):
            raise DataError(
                str(path), f"actor id '{entries_id}' must be lowercase letters, digits, '-', '.', '_'", line
            )
        if entries_id in entries:
            raise DataError(str(path), f"actor id '{entries_id}' is used twice", line)
        unknown = set(item) - _ENTRY_KEYS
        if unknown:
            raise DataError(str(path), f"actor '{entries_id}': unknown field(s) {', '.join(sorted(unknown))}", line)
        if not item.get("name"):
            raise DataError(str(path), f"actor '{entries_id}' has no name", line)
        if item.get("type") not in ENTRY_TYPES:
            raise DataError(str(path), f"actor '{entries_id}': type must be one of {', '.join(ENTRY_TYPES)}", line)
        country = _check_country(item.get("country"), countries, path, entries_id, line)
        sector = _check_sector(item.get("sector"), sectors, path, entries_id, line)
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise DataError(str(path), f"actor '{entries_id}': aliases must be a list of names", line)
        roles = []
        for role in item.get("roles") or []:
            rline = role.get("__line__", line) if isinstance(role, dict) else line
            if not isinstance(role, dict):
                raise DataError(str(path), f"actor '{entries_id}': each role must be a mapping", rline)
            unknown = set(role) - _ROLE_KEYS
            if unknown:
                raise DataError(
                    str(path), f"actor '{entries_id}': unknown role field(s) {', '.join(sorted(unknown))}", rline
                )
            try:
                start, end = parse_date(role.get("from")), parse_date(role.get("until"))
            except ValueError as exc:
                raise DataError(str(path), f"actor '{entries_id}': {exc}", rline) from exc
            if start and end and end <= start:
                raise DataError(str(path), f"actor '{entries_id}': role ends ({end}) before it starts ({start})", rline)
            roles.append(
                Role(
                    _check_country(role.get("country", country), countries, path, entries_id, rline),
                    _check_sector(role.get("sector", sector), sectors, path, entries_id, rline),
                    role.get("role"),
                    start,
                    end,
                    role.get("cameo"),
                    bool(role.get("governs")),
                )
            )
        entries[entries_id] = Entry(
            entries_id,
            str(item["name"]),
            item["type"],
            country,
            sector,
            tuple(str(a) for a in aliases),
            tuple(roles),
            item.get("cameo"),
        )
    return entries


def curated_files(base: Path) -> list[Path]:
    """The curated entry files of a KB directory: ``actors.yaml`` then ``actors-*.yaml`` (sorted)."""
    return [base / "actors.yaml", *sorted(base.glob("actors-*.yaml"))]


def load_curated(base: Path, sectors: dict[str, Sector], countries: dict[str, Country]) -> dict[str, Entry]:
    """All curated entries of ``base``; an id in two files is an error."""
    entries: dict[str, Entry] = {}
    for path in curated_files(base):
        part = load_entries(path, sectors, countries)
        for entry_id in part:
            if entry_id in entries:
                raise DataError(str(path), f"actor id '{entry_id}' is already used in another curated file")
        entries.update(part)
    return entries


def _check_country(code: Any, countries: dict[str, Country], path: Path, who: str, line: int | None) -> str | None:
    if code in (None, ""):
        return None
    if str(code) not in countries:
        raise DataError(str(path), f"actor '{who}': country '{code}' is not an ISO-3 code in countries.csv", line)
    return str(code)


def _check_sector(code: Any, sectors: dict[str, Sector], path: Path, who: str, line: int | None) -> str:
    if str(code) not in sectors:
        raise DataError(
            str(path), f"actor '{who}': sector '{code}' is not in sectors.yaml ({', '.join(sectors)})", line
        )
    return str(code)


def overlay_agents(
    path: Path, sectors: dict[str, Sector], base: dict[tuple[str, ...], AgentNoun]
) -> dict[tuple[str, ...], AgentNoun]:
    """The agent nouns with an overlay's own on top: a mapping overlay may carry ``agents`` (the
    ``agents.yaml`` format, plus an optional PETRARCH ``code``) and ``replace_agents: true`` to use only
    those (a PETRARCH agent dictionary stands for the whole of its coding scheme)."""
    data = _read_yaml(path) if path.suffix != ".json" else None
    if not isinstance(data, dict) or not data.get("agents"):
        return base
    own = load_agents(path, sectors, data["agents"])
    return own if data.get("replace_agents") else {**base, **own}


def load_kb(name: str = "kb.v1", overlay: Path | str | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base ``name``, with an optional user overlay file on top."""
    if name not in KB_VERSIONS:
        raise ConfigError(f"unknown actor knowledge base '{name}'; known: {', '.join(KB_VERSIONS)}")
    stamp = None
    if overlay and Path(overlay).exists():
        st = Path(overlay).stat()
        stamp = (st.st_mtime_ns, st.st_size)  # an edited overlay is loaded again
    return _load_kb(name, str(overlay) if overlay else None, stamp)


#: The modules whose source decides what a cached KB holds (package-relative): an edit rebuilds it.
_KB_MODULES = ("actors/kb.py", "yamlfiles.py", "article.py")


@lru_cache(maxsize=4)
def _load_kb(name: str, overlay: str | None, stamp: tuple[int, int] | None = None) -> KnowledgeBase:
    """The KB from the disk cache (keyed by the bytes of every file of the KB directory, the overlay's
    and the loader's source), else built from the files and stored there."""
    base = KB_VERSIONS[name]
    files = sorted(p for p in base.iterdir() if p.is_file())
    if overlay:
        path = Path(overlay)
        if not path.exists():
            raise ConfigError(f"actors overlay {path} does not exist; fix WIRECODER_ACTORS_OVERLAY or --actors-overlay")
        files.append(path)
    return cached(f"actors-{name}", files, _KB_MODULES, lambda: _build_kb(name, overlay), KnowledgeBase)


def _build_kb(name: str, overlay: str | None) -> KnowledgeBase:
    base = KB_VERSIONS[name]
    sectors = load_sectors(base / "sectors.yaml")
    countries = load_countries(base / "countries.csv")
    entries = load_curated(base, sectors, countries)
    secondary: dict[str, Entry] = {}
    if (base / "petrarch.json").exists():
        secondary = {
            k: v for k, v in load_entries(base / "petrarch.json", sectors, countries).items() if k not in entries
        }
        entries = {**secondary, **entries}
    agents = load_agents(base / "agents.yaml", sectors)
    overlay_ids: frozenset[str] = frozenset()
    if overlay:
        path = Path(overlay)
        if not path.exists():
            raise ConfigError(f"actors overlay {path} does not exist; fix WIRECODER_ACTORS_OVERLAY or --actors-overlay")
        extra = load_entries(path, sectors, countries)
        entries = {**entries, **extra}
        overlay_ids = frozenset(extra)
        agents = overlay_agents(path, sectors, agents)
    return KnowledgeBase(sectors, countries, entries, agents, overlay_ids, frozenset(secondary) - overlay_ids)

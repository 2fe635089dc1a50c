"""The actor knowledge base: lookup by alias and date, and ``load_kb`` (records in ``records.py``, reading and
validating the files in ``kbfiles.py``; both re-exported here).

The packaged base ("kb.v1") lives in ``wirecoder/data/actors/`` (format: README.md there):
``sectors.yaml`` (the sector scheme), ``countries.csv``, ``actors.yaml`` (named actors with
time-bounded roles) and ``agents.yaml`` (role and group nouns). A user overlay
(``Settings.actors_overlay``) in the format of ``actors.yaml`` wins over the base: an entry with the
same id replaces the packaged one, and its aliases are looked up first. An overlay written as a mapping
may also carry ``agents`` (added to, or with ``replace_agents: true`` replacing, the packaged agent nouns).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import yamlfiles
from ..article import Actor
from ..diskcache import cached
from ..errors import ConfigError
from .kbfiles import (
    ENTRY_TYPES,
    curated_files,
    load_agents,
    load_countries,
    load_curated,
    load_entries,
    load_sectors,
    overlay_agents,
)
from .records import (
    _HIT_ORDER,
    AgentNoun,
    Country,
    Entry,
    Hit,
    Role,
    Sector,
    cameo_code,
    compose_code,
    normalise,
    parse_date,
)
from .sectors import sector_group

__all__ = [
    "ENTRY_TYPES",
    "AgentNoun",
    "Country",
    "Entry",
    "Hit",
    "KnowledgeBase",
    "Role",
    "Sector",
    "cameo_code",
    "compose_code",
    "curated_files",
    "load_agents",
    "load_countries",
    "load_curated",
    "load_entries",
    "load_kb",
    "load_sectors",
    "normalise",
    "overlay_agents",
    "parse_date",
    "read_word_list",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
KB_VERSIONS = {"kb.v1": DATA_DIR}
# The converted (PETRARCH) dictionaries end here: their open-ended roles are not known to hold after it.
CONVERTED_UNTIL = dt.date(2016, 1, 1)
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
    # common surnames (or given names) of current office holders: "Sanchez", "Silva", "Costa" alone name no one
    *("sanchez", "costa", "silva", "vieira", "paz", "pena", "robles", "faye", "youssouf"),
    *("dan", "pavel", "michal", "anand", "store"),
}


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
    # Words that never name an actor on their own: given names, and the English words among converted
    # entries' one-word aliases and surnames ("Hassan", "Foundation", "Law"); see given_names.txt.
    given_names: frozenset[str] = frozenset()
    weak_words: frozenset[str] = frozenset()
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
            weak = self.weak_words if entry.id in self.secondary_ids else frozenset()
            for alias in (entry.name, *entry.aliases):
                if normalise(alias) not in weak:  # a converted "Hassan" or "Foundation" names no one alone
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
        preferred over converted ones. A given name is no one's surname here, and a converted person is
        found by surname only while holding a role on ``day``, before ``CONVERTED_UNTIL`` (the converted
        dictionaries stop there, so an open-ended role after it is unknown: "Lam" in 2019 is not a 2010
        appointee) and when the word is no English word ("Law")."""
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
        if not ids or key in COMMON_SURNAMES or key in self.given_names:
            return None
        converted = [
            i
            for i in ids
            if i in self.secondary_ids
            and key not in self.weak_words
            and day
            and day < CONVERTED_UNTIL
            and self.entries[i].role_on(day)
        ]
        for pool in ([i for i in ids if i not in self.secondary_ids], converted):
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

    def mixed_case_only(self) -> frozenset[str]:
        """One-word aliases every spelling of which mixes case inside the word ("LeT", "JeM"): a word
        written plainly ("Let", "Hum") is a different word, not that acronym."""
        if not hasattr(self, "_mixed_case_only"):
            spellings: dict[str, list[str]] = {}
            for alias, _hit in self.aliases():
                key = normalise(alias)
                if key and " " not in key:
                    spellings.setdefault(key, []).append(alias)
            self._mixed_case_only = frozenset(
                k for k, written in spellings.items() if all(_mixed_case(a) for a in written)
            )
        return self._mixed_case_only

    def upper_only(self) -> frozenset[str]:
        """One-word aliases every spelling of which is in capitals ("UN", "AU"): such a word written as a name
        part after a given name ("Kim Jong Un", "Ahmed Au") is that person's name, not the acronym."""
        if not hasattr(self, "_upper_only"):
            spellings: dict[str, list[str]] = {}
            for alias, _hit in self.aliases():
                key = normalise(alias)
                if key and " " not in key:
                    spellings.setdefault(key, []).append(alias)
            self._upper_only = frozenset(
                k for k, written in spellings.items() if all(a.isupper() and len(a) > 1 for a in written)
            )
        return self._upper_only

    def article_only(self) -> frozenset[str]:
        """One-word aliases every spelling of which begins with "The" ("The Hindu", "The Guardian"): the word
        without its article is a common word or a group's name ("Hindu and Muslim groups"), not that title."""
        if not hasattr(self, "_article_only"):
            spellings: dict[str, list[str]] = {}
            for alias, _hit in self.aliases():
                key = normalise(alias)
                if key and " " not in key:
                    spellings.setdefault(key, []).append(alias)
            self._article_only = frozenset(
                k for k, written in spellings.items() if all(a.lower().startswith("the ") for a in written)
            )
        return self._article_only

    def agent_starts(self) -> frozenset[str]:
        """First words of all agent nouns (a quick filter before trying longer matches)."""
        if not hasattr(self, "_agent_starts"):
            self._agent_starts = frozenset(k[0] for k in self.agents)
        return self._agent_starts

    def agent(self, lemmas: tuple[str, ...]) -> AgentNoun | None:
        return self.agents.get(tuple(w.casefold() for w in lemmas))

    def max_agent_len(self) -> int:
        return max((len(k) for k in self.agents), default=1)


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
_KB_MODULES = (
    "actors/kb.py",
    "actors/kbfiles.py",
    "actors/records.py",
    "actors/sectors.py",
    "yamlfiles.py",
    "article.py",
)


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
    given = read_word_list(base / "given_names.txt")
    weak = given | read_word_list(base / "dictionary_aliases.txt")
    return KnowledgeBase(
        sectors, countries, entries, agents, overlay_ids, frozenset(secondary) - overlay_ids, given, weak
    )


def _mixed_case(word: str) -> bool:
    """Whether ``word`` has a capital after its first letter and a lower-case letter ("LeT", not "LET")."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def read_word_list(path: Path) -> frozenset[str]:
    """The alias keys (``normalise``) of a one-word-a-line list; empty when the file is absent."""
    return frozenset(normalise(w) for w in yamlfiles.read_word_list(path))

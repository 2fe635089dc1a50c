"""Reading and validating the knowledge base's files (``sectors.yaml``, ``countries.csv``, ``agents.yaml``,
``actors*.yaml``, ``petrarch.json`` and a user overlay); a problem is a ``DataError`` with file and line."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..yamlfiles import read_yaml as _read_yaml
from .records import AgentNoun, Branch, Country, Entry, Role, Sector, normalise, parse_date

ENTRY_TYPES = ("person", "org")
_ENTRY_KEYS = {"id", "name", "type", "country", "sector", "cameo", "aliases", "roles", "branches", "__line__"}
_ROLE_KEYS = {"country", "sector", "role", "from", "until", "cameo", "governs", "__line__"}


def load_sectors(path: Path) -> dict[str, Sector]:
    data = _read_yaml(path, lines=True)
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
    for (lineno, _), row in zip(body[1:], reader, strict=False):
        code = (row["iso3"] or "").strip()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(str(path), f"'{code}' is not an ISO 3166-1 alpha-3 code", lineno)
        if code in countries:
            raise DataError(str(path), f"country {code} is listed twice", lineno)

        countries[code] = Country(
            code,
            row["cameo"] or code,
            row["name"],
            _split(row, "aliases"),
            row["adjective"] or "",
            _split(row, "demonyms"),
            row["capital"] or "",
            _split(row, "capital_aliases"),
            _split(row, "places") if "places" in row else (),
        )
    return countries


def _split(row: dict[str, Any], col: str) -> tuple[str, ...]:
    """A ``|``-separated list column of ``countries.csv``."""
    return tuple(a for a in (row[col] or "").split("|") if a)


def load_agents(path: Path, sectors: dict[str, Sector], data: Any = None) -> dict[tuple[str, ...], AgentNoun]:
    """Agent nouns from ``path`` (or from ``data`` already read from it: an overlay's ``agents`` list)."""
    data = _read_yaml(path, lines=True) if data is None else data
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
            item.get("remote") is True,
            item.get("ruling") is True,
            frozenset(str(w).casefold() for w in item.get("not_after") or ()),
            item.get("envoy") is True,
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
        data = _read_yaml(path, lines=True)
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
            _branches(item.get("branches"), countries, path, entries_id, line),
        )
    return entries


def _branches(raw: Any, countries: dict[str, Country], path: Path, who: str, line: int | None) -> tuple[Branch, ...]:
    """An entry's namesakes by country: ``[{country: PAK, actor: ttp, aliases: [Taliban]}]``."""
    if raw is None:
        return ()
    out = []
    for b in raw if isinstance(raw, list) else [raw]:
        if (
            not isinstance(b, dict)
            or set(b) - {"country", "actor", "aliases", "__line__"}
            or not b.get("actor")
            or not isinstance(b.get("aliases"), list)
            or not b["aliases"]
        ):
            raise DataError(str(path), f"actor '{who}': each branch needs country, actor and a list of aliases", line)
        iso3 = _check_country(b.get("country"), countries, path, who, line)
        if iso3 is None:
            raise DataError(str(path), f"actor '{who}': a branch needs a country", line)
        out.append(Branch(iso3, str(b["actor"]), tuple(normalise(str(a)) for a in b["aliases"])))
    return tuple(out)


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
    data = _read_yaml(path, lines=True) if path.suffix != ".json" else None
    if not isinstance(data, dict) or not data.get("agents"):
        return base
    own = load_agents(path, sectors, data["agents"])
    return own if data.get("replace_agents") else {**base, **own}

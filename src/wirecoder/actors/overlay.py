"""The user's actor overlay: a YAML file in the format of ``actors.yaml`` that wins over the packaged KB.

It lives outside the package (default ``~/.config/wirecoder/actors.yaml``, or ``$XDG_CONFIG_HOME``,
or ``WIRECODER_ACTORS_OVERLAY``), so it survives upgrades. ``search`` and ``add_actor`` back the
``wirecoder actors search`` and ``wirecoder actors add`` commands.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..article import Actor
from ..errors import DataError
from .kb import DATA_DIR, Entry, KnowledgeBase, load_countries, load_entries, load_sectors, normalise, parse_date
from .names import resolve_name
from .sectors import sector_group

ENV_VAR = "WIRECODER_ACTORS_OVERLAY"


def default_overlay_path() -> Path:
    """Where ``actors add`` writes: ``$WIRECODER_ACTORS_OVERLAY``, else the user's config directory."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "wirecoder" / "actors.yaml"


def active_overlay(configured: Path | str | None = None) -> Path | None:
    """The overlay to load: the configured one, else the default file if it exists, else None."""
    if configured:
        return Path(configured).expanduser()
    path = default_overlay_path()
    return path if path.exists() else None


def slug(name: str) -> str:
    """An actor id from a name: "Mumtaz Zahra Baloch" -> "mumtaz-zahra-baloch"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"


# ----------------------------------------------------------------------------- search


@dataclass(frozen=True)
class Found:
    """One search result: the entry, the actor it is at the date, and where it comes from."""

    entry: Entry | None
    actor: Actor
    source: str  # "overlay" | "curated" | "petrarch" | "country"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.actor.actor_id,
            "name": self.actor.name,
            "country": self.actor.country,
            "sector": self.actor.sector,
            "cameo": self.actor.cameo,
            "role": self.actor.role,
            "source": self.source,
        }
        if self.entry is not None:
            out["type"] = self.entry.type
            out["aliases"] = list(self.entry.aliases)
            out["roles"] = [
                {
                    "country": r.country,
                    "sector": r.sector,
                    "role": r.role,
                    "from": r.start.isoformat() if r.start else None,
                    "until": r.end.isoformat() if r.end else None,
                }
                for r in self.entry.roles
            ]
        return out


def _source(kb: KnowledgeBase, entry_id: str) -> str:
    if entry_id in kb.overlay_ids:
        return "overlay"
    return "petrarch" if entry_id in kb.secondary_ids else "curated"


def search(kb: KnowledgeBase, name: str, date: str | dt.date | None = None, limit: int = 10) -> list[Found]:
    """Actors named ``name`` on ``date``: exact alias hits first (as the resolver ranks them), then, when
    there are none, entries whose name or alias contains every word of ``name``."""

    day = parse_date(date) if isinstance(date, str) else date
    found: list[Found] = []
    seen: set[str] = set()
    for hit in kb.lookup(name):
        if hit.kind == "entry" and hit.key not in seen:
            seen.add(hit.key)
            found.append(Found(kb.entries[hit.key], kb.entry_actor(hit.key, day), _source(kb, hit.key)))
    if not found:
        actor = resolve_name(kb, name, day)
        if actor is not None:
            entry = kb.entries.get(actor.actor_id or "")
            found.append(Found(entry, actor, _source(kb, entry.id) if entry else "country"))
            seen.add(actor.actor_id or "")
    if not found:
        words = normalise(name).split()
        for entry in kb.entries.values():
            if len(found) >= limit:
                break
            keys = [normalise(a) for a in (entry.name, *entry.aliases)]
            if entry.id not in seen and words and any(all(w in k.split() for w in words) for k in keys):
                seen.add(entry.id)
                found.append(Found(entry, kb.entry_actor(entry.id, day), _source(kb, entry.id)))
        found.sort(key=lambda f: f.source == "petrarch")
    return found[:limit]


# ----------------------------------------------------------------------------- add


def _entry_dict(entry: Entry) -> dict[str, Any]:
    """A KB entry as an overlay mapping (to copy a packaged entry before changing it)."""
    out: dict[str, Any] = {"id": entry.id, "name": entry.name, "type": entry.type}
    if entry.country:
        out["country"] = entry.country
    out["sector"] = entry.sector
    if entry.cameo:
        out["cameo"] = entry.cameo
    out["aliases"] = list(entry.aliases)
    roles = []
    for r in entry.roles:
        role: dict[str, Any] = {"country": r.country, "sector": r.sector}
        for key, value in (("role", r.role), ("from", r.start), ("until", r.end), ("cameo", r.cameo)):
            if value is not None:
                role[key] = value.isoformat() if isinstance(value, dt.date) else value
        if r.governs:
            role["governs"] = True
        roles.append(role)
    if roles:
        out["roles"] = roles
    return out


def _read_overlay(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataError(str(path), f"not valid YAML: {exc}") from exc
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(str(path), "expected a list of actor entries (or a mapping with an 'actors' list)")
    return data


def country_code(kb: KnowledgeBase, text: str) -> str:
    """ISO-3 from an ISO-3 code, a CAMEO code or a country name ("Pakistan", "PAK")."""
    if text.upper() in kb.countries:
        return text.upper()
    for c in kb.countries.values():
        if c.cameo == text.upper():
            return c.iso3
    for hit in kb.lookup(text):
        if hit.kind in ("country", "adjective", "people"):
            return hit.key
    raise ValueError(f"unknown country '{text}' (use an ISO-3 code such as PAK, or a country name)")


def add_actor(
    kb: KnowledgeBase,
    path: Path,
    name: str,
    *,
    country: str | None = None,
    sector: str | None = None,
    kind: str | None = None,
    role: str | None = None,
    start: str | None = None,
    until: str | None = None,
    aliases: list[str] | None = None,
    actor_id: str | None = None,
) -> dict[str, Any]:
    """Add an actor, or a role or aliases to one, in the overlay file ``path``; return the entry written.

    An entry already in the overlay is updated; one only in the packaged KB (same id, or the entry its
    name resolves to) is copied into the overlay first, so the overlay copy wins. The file is validated
    before it replaces the old one."""
    entries = _read_overlay(path)
    iso = country_code(kb, country) if country else None
    if sector is not None and sector.upper() not in kb.sectors:
        raise ValueError(f"unknown sector '{sector}'; known: {', '.join(kb.sectors)}")
    sector = sector.upper() if sector else None
    for value in (start, until):
        if value is not None:
            parse_date(value)  # raises ValueError on a bad date
    key = actor_id
    if key is None:
        hits = [h for h in kb.lookup(name) if h.kind == "entry"]
        key = hits[0].key if hits else slug(name)
    current = next((e for e in entries if isinstance(e, dict) and e.get("id") == key), None)
    if current is None:
        if key in kb.entries:
            current = _entry_dict(kb.entries[key])
        else:
            if iso is None and sector not in sector_group("stand_without_country"):
                raise ValueError("a new actor needs --country (or a transnational sector such as IGO)")
            if sector is None:
                raise ValueError("a new actor needs --sector")
            current = {
                "id": key,
                "name": name,
                "type": kind or ("org" if len(name.split()) == 1 else "person"),
                "sector": sector,
                "aliases": [],
            }
            if iso:
                current["country"] = iso
        entries.append(current)
    if kind:
        current["type"] = kind
    names = current.setdefault("aliases", [])
    for alias in [name, *(aliases or [])]:
        if normalise(alias) not in {normalise(a) for a in (current["name"], *names)}:
            names.append(alias)
    if role or start or until:
        new_role: dict[str, Any] = {"country": iso or current.get("country"), "sector": sector or current["sector"]}
        for k, v in (("role", role), ("from", start), ("until", until)):
            if v:
                new_role[k] = v
        current.setdefault("roles", []).append(new_role)
    else:  # no role: the country and sector given are the actor's defaults
        if sector:
            current["sector"] = sector
        if iso:
            current["country"] = iso
    _write_validated(path, entries)
    return current


def _write_validated(path: Path, entries: list[dict[str, Any]]) -> None:
    """Write ``entries`` to ``path`` atomically, after checking them with the KB loader."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# wirecoder actor overlay: entries here win over the packaged knowledge base.\n"
        "# Format: see wirecoder/data/actors/README.md. Written by `wirecoder actors add`; you may edit it.\n"
    )
    text = header + yaml.safe_dump({"actors": entries}, sort_keys=False, allow_unicode=True, width=120)
    fd, tmp = tempfile.mkstemp(prefix=".actors-", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        load_entries(Path(tmp), load_sectors(DATA_DIR / "sectors.yaml"), load_countries(DATA_DIR / "countries.csv"))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

"""Build ``src/wirecoder/data/actors/petrarch.yaml``: named actors converted from PETRARCH2's Phoenix dictionaries.

Source: ``../shared/reference/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt``
(openeventdata/petrarch2, MIT, (c) 2014 Open Event Data Alliance). Converted, not copied: each actor
becomes an entry of the KB format (README.md) with an id ``px-...``, a readable name, aliases, a country
(ISO-3 when its CAMEO code starts with one), a sector of the KB's scheme and dated roles. Country blocks
themselves are skipped (``countries.csv`` has them), as are aliases that the curated ``actors.yaml`` or the
country table already use: the curated knowledge base always wins. Roles in these files end around 2015.

Run from the repository root: ``.venv/bin/python scripts/build_petrarch_actors.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from wirecoder.actors.kb import DATA_DIR, load_agents, load_countries, load_entries, load_sectors, normalise
from wirecoder.evaluation.petrarch_dicts import parse_code, with_dates

ROOT = Path(__file__).resolve().parents[1]

REF = ROOT.parent / "shared" / "reference" / "petrarch2"
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
OUT = DATA_DIR / "petrarch.json"
# CAMEO agent codes outside the KB scheme, mapped into it.
EXTRA_SECTORS = {
    "IMG": "REB",
    "RAD": "REB",
    "INS": "INS",
    "MOD": "GOV",
    "AGR": "BUS",
    "ENV": "NGO",
    "DEV": "NGO",
    "HRI": "HRI",
    "REF": "REF",
    "MED": "MED",
}
# Aliases too generic to name one actor anywhere in the world.
GENERIC = {
    "The People and the Soldiers",
    "National Front",
    "Rights International",
    "New Human Rights",
    "Human Rights Organization",
    "International Human Rights Group",
    "Rebel Armed Forces",
    "State Department Official",
    "United National Front",
    "Peoples Defense Force",
    "Democratic Peoples Unions",
    "Group of Peoples Fighters",
    "National Liberation Movement",
    "International Media Rights",
    "Islamic Group",
    "Islamic Movement",
    "Islamic Party",
    "Liberation Army",
    "Revolutionary Army",
}
# Aliases that read as a date or a bare number ("21 June", "May 15", "313"): in news these are dates and
# counts far more often than the groups named after them.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DATE_LIKE = re.compile(rf"^(\d+(st|nd|rd|th)?( ({_MONTHS}))?|({_MONTHS}) \d+(st|nd|rd|th)?)$", re.I)
SMALL = {"and", "of", "the", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "e", "i", "ul"}


class Raw:
    def __init__(self, name: str, comment: str, source: str) -> None:
        self.name = name
        self.comment = comment
        self.source = source
        self.synonyms: list[str] = []
        self.codes: list[tuple[str, dt.date | None, dt.date | None]] = []


def _code(block: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """A code block read leniently: None where the strict reader fails, for a code that is not all letters,
    and for a range that ends before it starts (the Phoenix files have a few of each)."""
    try:
        code, start, end = parse_code(block)
    except ValueError:
        return None
    if not code or not re.fullmatch(r"[A-Z]{3,}", code) or (start and end and end <= start):
        return None
    return code, start, end


def read(path: Path) -> list[Raw]:
    out: list[Raw] = []
    text = re.sub(r"<!\s*--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    for line in text.splitlines():
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        codes = [c for c in (_code(b) for b in re.findall(r"\[([^\]]*)\]", body)) if c]
        head = re.sub(r"\[[^\]]*\]", "", body).strip()
        if head.startswith("+"):
            if out:
                out[-1].synonyms.append(head[1:].strip())
            continue
        if head and not body[0].isspace():
            out.append(Raw(head, comment, path.name))
        if out:
            out[-1].codes.extend(codes)
    return out


def phrase(raw: str) -> list[str]:
    """PETRARCH phrase -> readable aliases: "ETA_" -> ["ETA"]; "X_(ABC)_" -> ["X", "ABC"]."""
    text = re.sub(r"\s+", " ", raw.replace("_", " ")).strip()
    out = []
    m = re.match(r"(.*?)\s*\(([^)]*)\)\s*$", text)
    if m:
        text = m.group(1).strip()
        inner = m.group(2).strip()
        if re.fullmatch(r"[A-Z][A-Z/\-]{1,7}", inner):
            out.append(inner)
    if text:
        out.insert(0, text)
    return out


def readable(alias: str) -> list[str]:
    words = alias.split()
    if len(words) == 1 and len(alias) <= 5 and alias.isalpha():
        if len(alias) >= 4 and re.search(r"[AEIOU]", alias.upper()[1:]):
            return [alias.title(), alias.upper()]  # "Hamas" (a word) before "HAMAS"
        return [alias.upper(), alias.title()]  # "ETA", "IPCC"
    if len(words) == 1 and not alias.isalpha() and re.fullmatch(r"[A-Z./&\-]+", alias) and len(alias) <= 8:
        return [alias]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in SMALL:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return [" ".join(out)]


def sector_of(code: str, sectors: set[str]) -> str | None:
    if code[:3] in ("IGO", "NGO"):
        return "HRI" if "HRI" in code[3:] and code[:3] == "NGO" else code[:3]
    for i in range(3, len(code) - 2, 3):
        chunk = code[i : i + 3]
        if chunk in EXTRA_SECTORS:
            return EXTRA_SECTORS[chunk]
        if chunk in sectors:
            return chunk
    if code[:3] == "IMG":
        return "REB"
    return None


def build() -> list[dict]:
    sectors_map = load_sectors(DATA_DIR / "sectors.yaml")
    sectors = set(sectors_map)
    countries = load_countries(DATA_DIR / "countries.csv")
    curated = load_entries(DATA_DIR / "actors.yaml", sectors_map, countries)
    taken: set[str] = set()
    for e in curated.values():
        taken.update(normalise(a) for a in (e.name, *e.aliases))
    for c in countries.values():
        taken.update(
            normalise(a)
            for a in (c.name, *c.aliases, c.adjective, *c.demonyms, c.capital, *c.capital_aliases, *c.places)
            if a
        )
    # role titles ("US Secretary of State") are agent-noun phrases for the resolver, not named actors
    titles = [
        " ".join(a.lemmas) for a in load_agents(DATA_DIR / "agents.yaml", sectors_map).values() if a.kind == "person"
    ]
    titles = [normalise(t) for t in titles]
    # and agent nouns themselves ("Senate", "Police") are typed by the resolver in context, never one actor
    nouns = {normalise(" ".join(a.lemmas)) for a in load_agents(DATA_DIR / "agents.yaml", sectors_map).values()}
    nouns |= {n + "s" for n in nouns}
    title_words = {t.split()[0] for t in titles}
    # a curated person wins over a converted one with the same first and last name, and owns its surname
    curated_people = {
        (w[0], w[-1])
        for e in curated.values()
        if e.type == "person"
        for a in (e.name, *e.aliases)
        if len(w := normalise(a).split()) > 1
    }
    taken.update(last for _, last in curated_people)
    entries, used_ids = [], set()
    for fname in FILES:
        for raw in read(REF / fname):
            codes = raw.codes
            if not codes or all(re.fullmatch(r"[A-Z]{3}", c) for c, _, _ in codes):
                continue  # a country block, or a place listed under one
            person = "CountryInfo" in raw.comment or "rulers" in raw.comment
            main = next((c for c, s, e in codes if s is None and e is None), None) or codes[-1][0]
            sector = sector_of(main, sectors)
            if sector is None and person:
                sector = "ELI"
            if sector is None:
                continue
            country = main[:3] if main[:3] in countries else None
            aliases: list[str] = []
            for p in [raw.name, *raw.synonyms]:
                for a in phrase(p):
                    aliases.extend(readable(a))
            # an "org" block named "Mr X" is a person and its administration ("Mr Obama", "President Obama")
            person = person or (
                any(re.match(r"(Mr|Mrs)\.? [A-Z]", a) for a in aliases)
                and not any("government" in normalise(a) for a in aliases)
            )
            aliases = [
                a
                for a in dict.fromkeys(aliases)
                if len(a) >= 3
                and normalise(a) not in taken
                and a not in GENERIC
                and normalise(a) not in nouns
                and not DATE_LIKE.match(a.strip())
                and not (person and normalise(a).split()[0] in title_words)  # "President Bush"
                and not any(
                    normalise(a) == t or normalise(a).endswith(" " + t) or normalise(a).startswith(t + " of ")
                    for t in titles
                )
            ]
            if person and any((w[0], w[-1]) in curated_people for a in aliases if len(w := normalise(a).split()) > 1):
                continue
            if not aliases:
                continue
            taken.update(normalise(a) for a in aliases)
            ident = "px-" + (re.sub(r"[^a-z0-9]+", "-", aliases[0].casefold()).strip("-") or "actor")
            base, n = ident, 2
            while ident in used_ids:
                ident, n = f"{base}-{n}", n + 1
            used_ids.add(ident)
            entry: dict = {"id": ident, "name": aliases[0], "type": "person" if person else "org"}
            if country:
                entry["country"] = country
            entry["sector"] = "ELI" if person and country else sector
            if not country or main[3:] not in sectors:
                entry["cameo"] = main
            entry["aliases"] = aliases
            roles = []
            for code, start, end in codes:
                if start is None and end is None:
                    continue
                rsector = sector_of(code, sectors) or ("ELI" if person else None)
                if rsector is None:
                    continue
                role: dict = {"country": code[:3] if code[:3] in countries else None, "sector": rsector}
                if role["country"] is None or code[3:] not in sectors:
                    role["cameo"] = code
                roles.append(with_dates(role, start, end))
            if roles:
                entry["roles"] = roles
            entries.append(entry)
    return entries


def main() -> int:
    if not REF.exists():
        print(f"need {REF}", file=sys.stderr)
        return 1
    entries = build()
    doc = {
        "_comment": "Named actors converted from PETRARCH2's Phoenix dictionaries (MIT, (c) 2014 Open Event "
        "Data Alliance) by scripts/build_petrarch_actors.py. Generated: edit the script or actors.yaml, "
        "not this file. Roles end around 2015; the curated actors.yaml wins over every entry here.",
        "actors": entries,
    }
    OUT.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")).replace('},{"id"', '},\n{"id"'), encoding="utf-8"
    )
    print(f"wrote {len(entries)} actors to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

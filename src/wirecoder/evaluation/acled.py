"""Scoring against ACLED-style event rows: each row's ``notes`` is coded and compared with its types.

An ACLED export (CSV, the public column names) holds one event per row with a short description in
``notes``. ``read_acled`` reads the rows that have notes and an event type; ``evaluate_acled`` codes each
note as an article (published on the row's ``event_date``) with the normal ``Pipeline`` and compares:

- event type and sub-event type of *our main event* (the first event of the note with an ACLED type),
  and whether *any* of our events has the gold type (the lenient reading);
- fatalities of the main event (exact, and mean absolute error), rows whose note yields no ACLED event
  counting as 0;
- the main event's date against ``event_date`` (exact day; rows with a main event): the note is
  published on that day, so this counts the notes whose own date words we misread;
- the main event's location: country (gold names resolved to ISO-3 through the actor knowledge base)
  and admin1 (names compared without case, accents and a trailing "State"/"Province"/"Region");
- ACLED's actor type of the main event's source against ``inter1`` (from its sector, as the ACLED
  export writes it: ``export.acled.inter_type``), and its country against the country ``actor1`` names
  ("Protesters (Pakistan)", "Police Forces of Pakistan (2018-)"), on rows whose actor1 names one.

Details and caveats: docs/evaluation.md.
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article, Event
from ..errors import DataError, InputError
from ..pipeline import Pipeline
from ..settings import Settings
from .run import eval_settings

REQUIRED = ("notes", "event_type", "sub_event_type")
_AREA_SUFFIXES = ("state", "province", "region", "governorate", "oblast", "district", "division")
# ACLED's interaction codes (inter1/inter2) as numbers and as the names newer exports use.
INTER_NAMES = {
    "1": "State forces",
    "2": "Rebel groups",
    "3": "Political militias",
    "4": "Identity militias",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "External/Other forces",
}


@dataclass
class AcledRow:
    """One gold row: its note and what ACLED recorded."""

    id: str
    notes: str
    date: str | None
    event_type: str
    sub_event_type: str
    fatalities: int | None
    country: str | None
    admin1: str | None
    inter1: str | None
    actor1_country: str | None = None  # the country actor1 names: "Police Forces of Pakistan (2018-)"


@dataclass
class AcledScore:
    """Agreement with one ACLED-style file."""

    name: str
    path: str
    rows: int = 0
    seconds: float = 0.0
    counts: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    fatality_error: float = 0.0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def rate(self, key: str) -> float | None:
        return self.counts[key] / self.totals[key] if self.totals[key] else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "path": self.path,
            "rows": self.rows,
            "seconds": round(self.seconds, 2),
            "accuracy": {k: (round(v, 4) if (v := self.rate(k)) is not None else None) for k in sorted(self.totals)},
            "counted": {k: [self.counts[k], self.totals[k]] for k in sorted(self.totals)},
            "fatalities_mae": round(self.fatality_error / self.totals["fatalities"], 3)
            if self.totals["fatalities"]
            else None,
            "confusion": [{"gold": g, "ours": o, "n": n} for (g, o), n in sorted(self.confusion.items())],
            "errors": self.errors,
        }

    def lines(self, errors: bool = False) -> list[str]:
        out = [f"{self.name} (acled): {self.rows} rows; coded in {self.seconds:.1f}s"]
        labels = {
            "event_type": "event type (main event)",
            "sub_event_type": "sub-event type (main event)",
            "event_type_any": "event type (any event)",
            "sub_event_type_any": "sub-event type (any event)",
            "fatalities": "fatalities exact",
            "date": "event date exact",
            "country": "location country",
            "admin1": "location admin1",
            "inter1": "source actor type (inter1)",
            "actor1_country": "source country (actor1)",
        }
        for key, label in labels.items():
            rate = self.rate(key)
            if rate is not None:
                out.append(f"  {label:30s} {rate:5.2f}   ({self.counts[key]}/{self.totals[key]})")
        if self.totals["fatalities"]:
            out.append(f"  {'fatalities mean abs. error':30s} {self.fatality_error / self.totals['fatalities']:5.2f}")
        out.append("  confusion of event types (gold -> ours, main event):")
        for (gold, ours), n in self.confusion.most_common():
            out.append(f"    {n:4d}  {gold} -> {ours}")
        if errors:
            out.append("  rows where the sub-event type differs:")
            out.extend("  - " + e for e in self.errors)
        return out


def read_acled(path: Path) -> list[AcledRow]:
    """The rows of an ACLED-style CSV that have notes and an event type."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = [f.strip().lower() for f in reader.fieldnames or []]
            missing = [c for c in REQUIRED if c not in fields]
            if missing:
                raise DataError(str(path), f"not an ACLED-style CSV: no column {', '.join(missing)}", 1)
            rows = []
            for n, raw in enumerate(reader, 2):
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
                if not row["notes"] or not row["event_type"]:
                    continue
                fatal = row.get("fatalities", "")
                rows.append(
                    AcledRow(
                        id=row.get("event_id_cnty") or f"row{n}",
                        notes=row["notes"],
                        date=_iso(row.get("event_date")),
                        event_type=row["event_type"],
                        sub_event_type=row["sub_event_type"],
                        fatalities=int(fatal) if fatal.isdigit() else None,
                        country=row.get("country") or None,
                        admin1=row.get("admin1") or None,
                        inter1=_inter(row.get("inter1")),
                        actor1_country=actor_country(row.get("actor1", "")),
                    )
                )
    except OSError as exc:
        raise DataError(str(path), f"cannot read: {exc.strerror}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DataError(str(path), f"not a readable CSV: {exc}") from exc
    return rows


def evaluate_acled(
    path: Path,
    settings: Settings | None = None,
    limit: int | None = None,
    keep_errors: bool = True,
    pipeline: Pipeline | None = None,
) -> AcledScore:
    """Code every row's notes and score them (see the module docstring)."""
    from ..actors import load_kb
    from ..export.acled import inter_type

    rows = read_acled(path)[:limit]
    s = eval_settings(settings)
    pipeline = pipeline or Pipeline(s)
    kb = load_kb(s.actors)
    score = AcledScore(path.stem, str(path), rows=len(rows))
    t0 = time.perf_counter()
    for row in rows:
        try:
            events = pipeline(Article(raw=row.notes, source=f"acled:{row.id}", id=row.id, published=row.date)).events
        except InputError:
            events = []
        typed = [e for e in events if (e.acled or {}).get("event_type")]
        main = main_event(typed)
        ours_type = main.acled["event_type"] if main else "(none)"
        ours_sub = main.acled["sub_event_type"] if main else "(none)"
        _tally(score, "event_type", ours_type == row.event_type)
        _tally(score, "sub_event_type", ours_sub == row.sub_event_type)
        _tally(score, "event_type_any", any(e.acled["event_type"] == row.event_type for e in typed))
        _tally(score, "sub_event_type_any", any(e.acled["sub_event_type"] == row.sub_event_type for e in typed))
        score.confusion[(row.event_type, ours_type)] += 1
        if row.fatalities is not None:
            ours = note_fatalities(typed)
            _tally(score, "fatalities", ours == row.fatalities)
            score.fatality_error += abs(ours - row.fatalities)
        if row.date and main is not None:  # the note's own date words, or the row's day it is published on
            _tally(score, "date", main.date == row.date)
        location = (main.location or {}) if main else {}
        if row.country:
            _tally(
                score,
                "country",
                location.get("country") is not None and location.get("country") == _iso3(kb, row.country),
            )
        if row.admin1:
            _tally(score, "admin1", _area(location.get("admin1")) == _area(row.admin1))
        if row.inter1:
            label = inter_type(asdict(main.source), location.get("country"), ours_type) if main and main.source else ""
            _tally(score, "inter1", label == row.inter1)
        if row.actor1_country and _iso3(kb, row.actor1_country):
            ours_country = main.source.country if main and main.source else None
            _tally(score, "actor1_country", ours_country == _iso3(kb, row.actor1_country))
        if keep_errors and ours_sub != row.sub_event_type:
            score.errors.append(f"{row.id}: gold {row.sub_event_type}; ours {ours_sub} | {row.notes[:160]}")
    score.seconds = time.perf_counter() - t0
    return score


def _tally(score: AcledScore, key: str, ok: bool) -> None:
    score.totals[key] += 1
    score.counts[key] += int(ok)


def _iso(value: str | None) -> str | None:
    """ACLED dates ("2024-06-04", "04 June 2024") as ISO dates; None when unreadable."""
    if not value:
        return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date().isoformat() if parsed else None


def _inter(value: str | None) -> str | None:
    """An inter code as ACLED's name ("1" and "State forces" alike)."""
    if not value:
        return None
    value = value.strip()
    return INTER_NAMES.get(value, value if value in INTER_NAMES.values() else None)


def actor_country(actor: str) -> str | None:
    """The country an ACLED actor name states: "Protesters (Pakistan)", "Military Forces of Nigeria
    (2015-)", "Unidentified Armed Group (Mali)"; None for a named group ("ISWAP")."""
    name = re.sub(r"\s*\(\d{4}-?\d{0,4}\)\s*$", "", actor.strip())  # the period: "(2018-)"
    m = re.search(r"\(([^()]+)\)\s*$", name) or re.search(r"\bof (?:the )?([A-Z][\w' -]+)$", name)
    return m.group(1).strip() if m else None


def _iso3(kb: Any, country: str) -> str | None:
    hits = [h for h in kb.lookup(country) if h.kind == "country"]
    return hits[0].key if hits else None


def _area(name: str | None) -> str | None:
    """An admin1 name compared loosely: no case or accents, no trailing "State", "Province" ..."""
    if not name:
        return None
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = text.replace("-", " ").split()
    if len(words) > 1 and words[-1] in _AREA_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def note_fatalities(events: list[Event]) -> int:
    """People killed by a note's events together: their casualty figures once each (a figure that two
    events share, or "killed 5 ... the 5 dead", counts once)."""
    from ..coding.quantities import fatalities

    seen: dict[tuple[Any, ...], Any] = {}
    for e in events:
        for q in e.quantities:
            seen.setdefault((q.start, q.end, q.kind) if q.start is not None else (q.kind, q.value, q.text), q)
    return fatalities(list(seen.values())) or 0


def main_event(events: list[Event]) -> Event | None:
    """The event an ACLED row stands for: the first one with an ACLED type."""
    return next((e for e in events if (e.acled or {}).get("event_type")), None)

"""The ``ucdp`` set: real conflict headlines, each coded as an article, against the UCDP GED event.

Scoring as the set's README defines it: "found" = the headline yields at least one event; fatalities =
the sum of its events' ``fatalities`` equals GED's ``best`` toll, on the rows whose headline states that
toll (``headline_count_matches_best``); location country and side-A country are read from the main event
(the highest confidence; the first on a tie), side A only where GED names a government ("Government of
Pakistan" -> PAK) and compared with the main event's source country, and with its GED side A (the state
party of source and target, ``export/ged.py``: GED's side A is the government even when its forces are the
victims). "Found" and location country are also given on the count-matching rows alone, where the issue
reads its targets: digests and programme summaries, which state no event, mostly fall outside them.
A headline with no event counts as wrong on every measure it is scored on.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article, Event
from ..coding.main_event import main_event
from ..errors import DataError, InputError
from ..export.ged import side_a_country
from ..pipeline import Pipeline

log = logging.getLogger(__name__)

MEASURES = {
    "found": "events found (headlines with >= 1 event)",
    "fatalities": "fatalities exact (sum of events; count-matching rows)",
    "location_country": "location country of the main event",
    "found_counted": "events found (count-matching rows)",
    "location_counted": "location country (main event; count-matching rows)",
    "side_a_country": "side A (a government) = main event's source country",
    "side_a_ged": "side A (a government) = main event's GED side A",
}
GOVERNMENT = "government of "


@dataclass
class Headline:
    id: str
    text: str
    published: str | None
    gold: dict[str, Any]


@dataclass
class UcdpScore:
    """The scores of the ucdp set (see the module docstring)."""

    name: str
    format: str = "ucdp"
    path: str = ""
    items: int = 0
    rejected: int = 0
    seconds: float = 0.0
    right: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)
    main_types: Counter[str] = field(default_factory=Counter)  # PLOVER / ACLED type of the main event
    crashed: list[str] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in MEASURES})

    def metrics(self) -> dict[str, float]:
        """Flat ``{"<measure>.acc": value}`` (the gate's keys)."""
        return {f"{k}.acc": self.right[k] / self.compared[k] for k in MEASURES if self.compared[k]}

    def lines(self, errors: bool = False) -> list[str]:
        out = [
            f"{self.name} ({self.format}): {self.items} headlines"
            f"{f', {self.rejected} rejected' if self.rejected else ''}"
            f"{f', {len(self.crashed)} CRASHED (a bug; see the log)' if self.crashed else ''}; coded in {self.seconds:.1f}s"
        ]
        for key, label in MEASURES.items():
            if self.compared[key]:
                out.append(
                    f"  {label:<55} {self.right[key] / self.compared[key]:5.2f}   ({self.right[key]}/{self.compared[key]})"
                )
        out.append("  main event types: " + ", ".join(f"{k} {n}" for k, n in self.main_types.most_common(8)))
        if errors:
            for key, label in MEASURES.items():
                items = self.errors[key]
                out.append(f"  wrong on {label} ({len(items)}):")
                out += [f"    {line}" for line in items]
        return out

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "format": self.format,
            "path": self.path,
            "headlines": self.items,
            "rejected": self.rejected,
            "crashed": self.crashed,
            "seconds": round(self.seconds, 2),
            "accuracy": {k: [self.right[k], self.compared[k]] for k in MEASURES},
            "metrics": {k: round(v, 4) for k, v in self.metrics().items()},
            "main_types": dict(self.main_types.most_common()),
        }
        if with_errors:
            d["errors"] = self.errors
        return d


def read_headlines(path: Path) -> list[Headline]:
    """The headline records of a UCDP headlines file, in file order."""
    out: list[Headline] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    out.append(Headline(str(rec["id"]), str(rec["text"]), rec.get("published"), dict(rec["gold"])))
                except json.JSONDecodeError as exc:
                    raise DataError(str(path), f"not valid JSON ({exc.msg})", n) from exc
                except KeyError as exc:
                    raise DataError(str(path), f"not a UCDP headline record: no field {exc}", n) from exc
                except (TypeError, ValueError, AttributeError) as exc:
                    raise DataError(
                        str(path), "not a UCDP headline record (expected a JSON object with a gold object)", n
                    ) from exc
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"not UTF-8 ({exc.reason})") from exc
    return out


def government_country(side: str | None, kb: Any) -> str | None:
    """ISO-3 of the state in "Government of X" (through the actor knowledge base); None for other sides."""
    if not side or not side.casefold().startswith(GOVERNMENT):
        return None
    name = side[len(GOVERNMENT) :].strip()
    hits = [h for h in kb.lookup(name) if h.kind == "country"]
    return hits[0].key if hits else None


def _brief(e: Event | None) -> str:
    if e is None:
        return "(no event)"
    kind = (e.acled or {}).get("sub_event_type") or (e.plover or {}).get("type")
    src = f"{e.source.text} [{e.source.country or '-'}]" if e.source else "-"
    place = (e.location or {}).get("name") or "-"
    return f"{kind} src {src} at {place} [{(e.location or {}).get('country') or '-'}] conf {e.confidence:.2f}"


def _tally(score: UcdpScore, key: str, ok: bool, keep: bool, line: str) -> None:
    score.compared[key] += 1
    score.right[key] += int(ok)
    if keep and not ok:
        score.errors[key].append(line)


def evaluate_ucdp(
    name: str, path: Path, pipeline: Pipeline, limit: int | None = None, keep_errors: bool = True
) -> UcdpScore:
    """Code every headline as an article and score it (``limit``: first N headlines)."""
    from ..actors import load_kb

    rows = read_headlines(path)[:limit]
    kb = load_kb(pipeline.settings.actors)
    score = UcdpScore(name, path=str(path))
    t0 = time.perf_counter()
    for row in rows:
        events: list[Event] = []
        article = Article(raw=row.text, source=f"gold:{name}:{row.id}", id=row.id, published=row.published)
        try:
            events = pipeline(article).events
        except InputError:
            score.rejected += 1
        except Exception as exc:  # a bug in a stage: score the headline as empty, keep going, say so
            log.exception("coding %s crashed", article.source)
            score.crashed.append(f"{row.id}: crashed: {type(exc).__name__}: {exc}")
        score.items += 1
        main = main_event(events)
        score.main_types[
            ((main.acled or {}).get("event_type") or (main.plover or {}).get("type") or "?") if main else "(none)"
        ] += 1
        head = f"{row.id}: {row.text}"
        _tally(score, "found", main is not None, keep_errors, head)
        g = row.gold
        counted = bool(g.get("headline_count_matches_best"))
        if counted:
            ours = sum(int(e.fatalities or 0) for e in events)
            best = int(g.get("fatalities_best") or 0)
            _tally(score, "fatalities", ours == best, keep_errors, f"{head}  | gold {best}, ours {ours}")
            _tally(score, "found_counted", main is not None, keep_errors, head)
        if g.get("country"):
            ours_c = (main.location or {}).get("country") if main else None
            line = f"{head}  | gold {g['country']}; ours {_brief(main)}"
            _tally(score, "location_country", ours_c == g["country"], keep_errors, line)
            if counted:
                _tally(score, "location_counted", ours_c == g["country"], keep_errors, line)
        side = government_country(g.get("side_a"), kb)
        if side:
            ours_s = main.source.country if main and main.source else None
            _tally(score, "side_a_country", ours_s == side, keep_errors, f"{head}  | gold {side}; ours {_brief(main)}")
            ours_g = side_a_country(main) if main else None
            _tally(score, "side_a_ged", ours_g == side, keep_errors, f"{head}  | gold {side}; ours {ours_g or '-'}")
    score.seconds = time.perf_counter() - t0
    return score

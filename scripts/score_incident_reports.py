"""Score the main event of composed incident reports (ACLED notes style) against a fixture.

Codes every report as its own article and prints, over the reports: the main event's ACLED type and
sub-event type, the share with no event, actor 1's country, the place within 50 km of the expected one,
the date exact, and the fatalities of the report (its events added up) exact; then every miss.
Usage: .venv/bin/python scripts/score_incident_reports.py [FIXTURE] [--json]
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import coded_reports, fixture_path, read_fixture  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "acled_notes.yaml"
FIELDS = ("type", "sub", "event", "actor1", "place", "date", "fatalities")
NEAR_KM = 50.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def main_event(events: list[Any]) -> Any:
    """The first event that is not background and has an ACLED type (as the judge reads a report)."""
    typed = [e for e in events if (e.acled or {}).get("event_type") and not e.background]
    return typed[0] if typed else None


def outcome(report: dict[str, Any], events: list[Any]) -> dict[str, Any]:
    """Per field: right (True), wrong (False) or not scored (None), with what was coded."""
    main = main_event(events)
    acled = main.acled if main is not None else {}
    loc = (main.location or {}) if main is not None else {}
    name, lat, lon = report["place"]
    dist = km(lat, lon, loc["lat"], loc["lon"]) if loc.get("lat") is not None else None
    country = main.source.country if main is not None and main.source is not None else None
    typed = [e for e in events if (e.acled or {}).get("event_type") and not e.background]
    got = {
        "type": acled.get("event_type") == report["type"],
        "sub": acled.get("sub_event_type") == report["sub"],
        "event": main is not None,
        "actor1": None if report.get("actor1") is None else country == report["actor1"],
        "place": dist is not None and dist <= NEAR_KM,
        "date": main is not None and main.date == report["date"],
        "fatalities": sum(e.fatalities or 0 for e in typed) == report["fatalities"],
    }
    seen = {
        "type": f"{acled.get('event_type')} / {acled.get('sub_event_type')}",
        "actor1": f"{main.source.text if main is not None and main.source else None} ({country})",
        "place": f"{loc.get('name')} {loc.get('admin1')} {loc.get('country')} "
        + (f"{dist:.0f} km" if dist is not None else "no coordinates"),
        "date": main.date if main is not None else None,
        "fatalities": sum(e.fatalities or 0 for e in typed),
    }
    return {"id": report["id"], "got": got, "seen": seen, "want_place": name}


def score(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """Share right per field over the reports where the field is scored."""
    result: dict[str, Any] = {"reports": len(outcomes)}
    for f in FIELDS:
        vals = [o["got"][f] for o in outcomes if o["got"][f] is not None]
        result[f] = round(sum(vals) / len(vals), 3) if vals else None
    result["no_event"] = round(1 - (result["event"] or 0), 3)
    return result


def main(argv: list[str]) -> int:

    data = read_fixture(fixture_path(argv, FIXTURE))
    if data is None:
        return 2
    outcomes = [outcome(r, events) for r, events in zip(data["reports"], coded_reports(data), strict=True)]
    result = score(outcomes)
    if "--json" in argv:
        print(json.dumps({"score": result, "outcomes": outcomes}, indent=1))
        return 0
    for o in outcomes:
        wrong = [f for f in FIELDS if o["got"][f] is False]
        if wrong:
            print(f"{o['id']}: wrong {', '.join(wrong)} | want place {o['want_place']} | {o['seen']}")
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

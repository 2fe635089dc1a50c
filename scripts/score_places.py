"""Score where composed incident sentences are placed: the main event's place within 50 km of the expected
point, its country, and no place in the namesake country a sentence names as a trap. A report with no place
and ``precision: country`` wants its country and nothing finer ("in Pakistan's restive northwest").

Usage: .venv/bin/python scripts/score_places.py [FIXTURE] [--json]   (default tests/data/places_conflict.yaml)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from score_incident_reports import NEAR_KM, km, main_event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import coded_reports, fixture_path, read_fixture  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "places_conflict.yaml"


def outcome(report: dict[str, Any], events: list[Any]) -> dict[str, Any]:
    """Whether the report's main event (else its first located event) is placed right."""
    main = main_event(events) or next((e for e in events if e.location), None)
    loc = (main.location or {}) if main is not None else {}
    if report["place"] is None and report.get("precision") == "country":  # the country, and nothing finer
        ok = loc.get("country") == report["country"] and loc.get("precision") == "country"
        return {
            "id": report["id"],
            "near": ok,
            "country": loc.get("country") == report["country"],
            "trap": False,
            "want": f"{report['country']} only",
            "seen": f"{loc.get('name')} ({loc.get('country')}, {loc.get('precision')})",
        }
    if report["place"] is None:  # no place may come from the text; one marked as an actor's country is allowed
        free = loc.get("from") != "text"
        return {
            "id": report["id"],
            "near": free,
            "country": free,
            "trap": False,
            "want": "no place",
            "seen": f"{loc.get('name')} ({loc.get('country')}, via {loc.get('via')}, from {loc.get('from')})",
        }
    name, lat, lon = report["place"]
    dist = km(lat, lon, loc["lat"], loc["lon"]) if loc.get("lat") is not None else None
    return {
        "id": report["id"],
        "near": dist is not None and dist <= NEAR_KM,
        "country": loc.get("country") == report["country"],
        "trap": report.get("trap") is not None and loc.get("country") == report["trap"],
        "seen": f"{loc.get('name')} ({loc.get('admin1')}, {loc.get('country')}, {loc.get('precision')}) "
        + (f"{dist:.0f} km" if dist is not None else "no coordinates"),
        "want": name,
    }


def main(argv: list[str]) -> int:

    data = read_fixture(fixture_path(argv, FIXTURE))
    if data is None:
        return 2
    outcomes = [outcome(r, events) for r, events in zip(data["reports"], coded_reports(data), strict=True)]
    n = len(outcomes)
    result = {
        "reports": n,
        "place_50km": round(sum(o["near"] for o in outcomes) / n, 3),
        "country": round(sum(o["country"] for o in outcomes) / n, 3),
        "trap": sum(o["trap"] for o in outcomes),
    }
    if "--json" in argv:
        print(json.dumps({"score": result, "outcomes": outcomes}, indent=1))
        return 0
    for o in outcomes:
        if not o["near"]:
            print(f"{o['id']}: want {o['want']} | got {o['seen']}")
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

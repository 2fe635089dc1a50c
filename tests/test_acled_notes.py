"""The composed incident notes (tests/data/acled_notes.yaml, scored by scripts/score_incident_reports.py)
keep the scores measured when their rules were written, less a margin: a floor, like the eval gate's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from wirecoder.article import Article

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
# Measured on the set when the rules were made (type .865, actor 1 .917, place .885, date .981, no event
# .019), less about two reports' worth.
FLOORS = {"type": 0.82, "actor1": 0.87, "place": 0.84, "date": 0.94, "fatalities": 0.92}
MAX_NO_EVENT = 0.06


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_incident_reports", ROOT / "scripts" / "score_incident_reports.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_acled_notes_keep_their_floors(short):
    scorer = _scorer()
    data = yaml.safe_load((ROOT / "tests" / "data" / "acled_notes.yaml").read_text(encoding="utf-8"))
    published = str(data["published"])
    outcomes = [
        scorer.outcome(r, short(Article(raw=r["text"], source="notes", published=published)).events)
        for r in data["reports"]
    ]
    result = scorer.score(outcomes)
    low = {f: result[f] for f, floor in FLOORS.items() if result[f] < floor}
    assert not low, (low, result)
    assert result["no_event"] <= MAX_NO_EVENT, result


# The world batches of a later round: acled_notes_world.yaml (written before that round's rules, then its
# error classes fixed: 1.0 on type, actor 1, date, fatalities, place .74) and acled_notes_world2.yaml (written
# after them and scored as written: type .905, sub .881, actor 1 .906, place .786, date .976, fatalities .976).
# Floors about two reports below.
WORLD_FLOORS = {
    "acled_notes_world.yaml": {"type": 0.93, "actor1": 0.93, "place": 0.69, "date": 0.93, "fatalities": 0.93},
    "acled_notes_world2.yaml": {"type": 0.85, "actor1": 0.85, "place": 0.73, "date": 0.93, "fatalities": 0.93},
    # the leftovers round: acled_notes_leftovers.yaml (its classes fixed: type .882, fatalities .882, from .529
    # and .588) and acled_notes_leftovers_fresh.yaml (written after, scored as written: type 1.0, fatalities 1.0)
    "acled_notes_leftovers.yaml": {"type": 0.82, "actor1": 0.86, "place": 0.88, "date": 0.88, "fatalities": 0.82},
    "acled_notes_leftovers_fresh.yaml": {"type": 0.87, "actor1": 0.71, "place": 0.75, "date": 0.87, "fatalities": 0.87},
    # Afghanistan and Pakistan: acled_notes_afpak.yaml (written before its rules: type .80, place .73; after: type
    # .967, sub .967, actor 1 .964, place .867, date 1.0, fatalities .967)
    "acled_notes_afpak.yaml": {"type": 0.9, "actor1": 0.9, "place": 0.8, "date": 0.93, "fatalities": 0.9},
    # written after them, scored as written (type .867, actor 1 .786, place .867); after three classes: type .933,
    # actor 1 .857
    "acled_notes_afpak_fresh.yaml": {"type": 0.86, "actor1": 0.71, "place": 0.8, "date": 0.86, "fatalities": 0.93},
    # the regions the earlier batches covered least, all 25 sub-types (written before its rules: type .867, sub
    # .80, actor 1 .783, place .533, date .867, fatalities .90; after: .933, .933, .957, .867, .933, 1.0)
    "acled_notes_regions.yaml": {"type": 0.86, "actor1": 0.86, "place": 0.8, "date": 0.86, "fatalities": 0.93},
    # written after them, scored as written: type .933, sub .933, actor 1 .889, place .867, date 1.0, fatalities 1.0
    "acled_notes_regions_fresh.yaml": {"type": 0.86, "actor1": 0.77, "place": 0.8, "date": 0.93, "fatalities": 0.93},
    # round 12, the least-covered regions with fatality traps (before its rules: type .875, sub .833, place .667,
    # fatalities .875; after: type .917, sub .875, place .625 (a bar shooting the parser misreads now gives only
    # its wounded), fatalities .917)
    "acled_notes_least.yaml": {"type": 0.83, "actor1": 0.83, "place": 0.54, "date": 0.91, "fatalities": 0.83},
    # written after the running- and rival-toll rules, scored as written: type 1.0, place .929, fatalities .786
    # (after the range and toll-figure rules: .929); the third batch, written after all: 1.0 on every field
    "acled_notes_least_fresh.yaml": {"type": 0.85, "actor1": 0.85, "place": 0.78, "date": 0.85, "fatalities": 0.78},
    "acled_notes_least_fresh2.yaml": {"type": 0.83, "actor1": 0.83, "place": 0.83, "date": 0.83, "fatalities": 0.83},
}


# the fresh Afghanistan/Pakistan notes: one report in 15 still gives no event (a protest whose "against" the parser
# hangs on the town), scored as written
# the regions batch: two in 30 give none (a truce announced by a faction of no known kind, a depot fire)
NO_EVENT_LIMITS = {"acled_notes_afpak_fresh.yaml": 0.07, "acled_notes_regions.yaml": 0.07}


@pytest.mark.parametrize("name", sorted(WORLD_FLOORS))
def test_world_notes_keep_their_floors(short, name):
    scorer = _scorer()
    data = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    published = str(data["published"])
    outcomes = [
        scorer.outcome(r, short(Article(raw=r["text"], source="notes", published=published)).events)
        for r in data["reports"]
    ]
    result = scorer.score(outcomes)
    low = {f: result[f] for f, floor in WORLD_FLOORS[name].items() if result[f] < floor}
    assert not low, (low, result)
    assert result["no_event"] <= NO_EVENT_LIMITS.get(name, MAX_NO_EVENT), result

"""An attack retold later in its own story ("the death toll rose to ten") is one attack in the dataset
exports and in ``stats``, whether or not an incident merged the two (an attack placed only in its
country makes no incident): one row with the larger figure, never the sum. The flat exports keep every
row and name, in ``retells``, the row that counts a retelling.

Every sentence is composed for these tests."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest

from wirecoder import Article, incidents
from wirecoder.analysis.aggregate import aggregate
from wirecoder.export import export
from wirecoder.store import Store

pytestmark = pytest.mark.slow


def _exports(pipeline, text: str) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, object]]]:
    """The ACLED rows, the flat CSV rows and the stats by country of one coded story in a real SQLite store."""
    art = pipeline(Article(raw=text, source="t", id="story", published="2025-06-12"))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.db")
        try:
            store.save(art)
            incidents.update(store)
            out = {}
            for fmt in ("acled", "csv"):
                buf = io.StringIO()
                export(store, fmt, buf)
                out[fmt] = list(csv.DictReader(io.StringIO(buf.getvalue())))
            stats = aggregate(store, "country")
        finally:
            store.close()
    return out["acled"], out["csv"], stats


def test_retold_an_attack_placed_only_in_its_country_is_one_acled_row_with_the_later_toll(short):
    text = (
        "Militants stormed an army outpost in Chad on Wednesday, killing six soldiers. "
        "The death toll rose to ten on Thursday, the army said."
    )
    acled, flat, stats = _exports(short, text)
    assert [(r["country"], r["fatalities"]) for r in acled] == [("Chad", "10")]
    # the flat export keeps both reports; the retelling names the attack's row, and no incident was made; since
    # round 28 the risen toll is the attack's own (coding/risen_tolls.py) and the rising sentence adds none
    assert [(r["fatalities"], r["incident_id"]) for r in flat] == [("10", ""), ("", "")]
    assert flat[0]["retells"] == "" and flat[1]["retells"] == flat[0]["id"]
    assert [(r["country"], r["events"], r["fatalities"]) for r in stats] == [("TCD", 1, 10)]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Gunmen attacked a police station in Kidal on Monday, killing three officers. "
            "In a separate attack, militants killed eight villagers in Mopti on Monday.",
            [3, 8],
        ),
        (  # each placed only in its country: no incident, and still two attacks
            "Gunmen attacked a checkpoint in Chad on Monday, killing four soldiers. "
            "In a separate attack, militants killed eight villagers in Niger on Monday.",
            [4, 8],
        ),
    ],
)
def test_retold_two_separate_attacks_keep_two_rows(short, text, tolls):
    acled, flat, _ = _exports(short, text)
    assert sorted(int(r["fatalities"]) for r in acled) == tolls
    assert len(flat) == 2 and not any(r["retells"] for r in flat)


def test_retold_a_placed_attack_is_one_incident_as_before(short):
    text = (
        "A car bomb exploded at a market in Kandahar on Sunday, killing six people. "
        "The death toll rose to nine on Monday, officials said."
    )
    acled, flat, stats = _exports(short, text)
    assert [(r["location"], r["fatalities"]) for r in acled] == [("Kandahar", "9")]
    # merged by the incident table: one incident_id, and no retells (the incident already counts it once)
    assert len({r["incident_id"] for r in flat}) == 1 and flat[0]["incident_id"]
    assert not any(r["retells"] for r in flat)
    assert [(r["country"], r["events"], r["fatalities"]) for r in stats] == [("AFG", 1, 9)]

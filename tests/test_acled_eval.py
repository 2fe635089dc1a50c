"""``wirecoder eval --format acled``: ACLED-style rows (notes + types) coded and scored.

The rows in tests/data/acled_style.csv are composed for this test (no ACLED data is used).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecoder.errors import DataError
from wirecoder.evaluation.acled import _area, _inter, evaluate_acled, read_acled
from wirecoder.export.acled import inter_type

DATA = Path(__file__).parent / "data" / "acled_style.csv"


def test_read_acled_rows_and_dates():
    rows = read_acled(DATA)
    assert len(rows) == 6
    first = rows[0]
    assert (first.date, first.event_type, first.fatalities, first.inter1) == (
        "2024-03-12",
        "Violence against civilians",
        0,
        "Political militias",
    )


def test_read_acled_names_a_file_without_notes(tmp_path):
    bad = tmp_path / "events.csv"
    bad.write_text("event_date,event_type\n2024-01-01,Battles\n", encoding="utf-8")
    with pytest.raises(DataError, match="no column notes"):
        read_acled(bad)


def test_acled_helpers():
    assert _area("Borno State") == _area("borno") == "borno"
    assert _area("Tillabéri Region") == "tillaberi"
    assert _inter("1") == _inter("State forces") == "State forces"
    # protesters of any trade are protesters; a state named bare acts through its forces
    assert inter_type({"sector": "HLH", "country": "KEN"}, "KEN", "Protests") == "Protesters"
    assert inter_type({"actor_id": "TUR", "country": "TUR", "sector": None}, "IRQ") == "External/Other forces"


@pytest.mark.slow
def test_evaluate_acled_scores_types_fatalities_and_places(pipeline):
    score = evaluate_acled(DATA, pipeline=pipeline)
    assert score.rows == 6 and score.totals["sub_event_type"] == 6
    assert score.rate("event_type") >= 0.8 and score.rate("sub_event_type") >= 0.8
    assert score.rate("country") >= 0.8
    # the clash's five dead are in the note's second sentence: the note's figures count together
    assert score.rate("fatalities") >= 0.8


@pytest.mark.slow
def test_eval_cli_acled_json():
    from wirecoder.cli import load_commands

    result = CliRunner().invoke(load_commands(), ["eval", str(DATA), "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload[0]["rows"] == 2 and "sub_event_type" in payload[0]["accuracy"]

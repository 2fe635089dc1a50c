"""Tests of the confidence calibration map (wirecoder.coding.calibration); sentences composed for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.coding.calibration import PLOVER_TYPES, calibrate, load_map, probability, uncalibrated
from wirecoder.errors import DataError


def test_the_packaged_map_covers_every_feature_it_is_fitted_on():
    cmap = load_map()
    assert cmap is not None, "src/wirecoder/data/calibration/confidence.json is missing: run make calibration"
    names = set(cmap["weights"])
    assert {"raw", "in_article", "article_lead"} <= names
    assert {f"type:{t}" for t in PLOVER_TYPES} <= names
    assert cmap["sets"]["wikinews-dev"]["events"] > 0


def test_probability_is_the_logistic_of_bias_plus_weighted_features():
    cmap = {"bias": 0.0, "weights": {"raw": 2.0, "modal": -1.0}}
    assert probability({"raw": 0.0}, cmap) == pytest.approx(0.5)
    assert probability({"raw": 1.0, "modal": 1.0}, cmap) == pytest.approx(1 / (1 + 2.718281828**-1.0))


def test_a_broken_map_file_is_a_data_error(tmp_path: Path):
    bad = tmp_path / "map.json"
    bad.write_text(json.dumps({"weights": {}}))
    with pytest.raises(DataError, match="bias"):
        load_map.__wrapped__(str(bad))


@pytest.mark.slow
def test_events_carry_calibrated_confidence_and_raw_inside_uncalibrated(short):
    from wirecoder import Article

    text = "Police arrested twenty protesters outside the parliament building in the capital on Monday."
    coded = short(Article(raw=text, source="t", published="2024-03-05"))
    with uncalibrated():
        raw = short(Article(raw=text, source="t", published="2024-03-05"))
    assert coded.events and len(coded.events) == len(raw.events)
    cmap = load_map()
    for ev in coded.events:
        assert cmap["clip"][0] <= ev.confidence <= cmap["clip"][1]
    # the map is applied to the raw events the same way the stage applies it
    again = calibrate(raw)
    assert [e.confidence for e in again] == [e.confidence for e in coded.events]

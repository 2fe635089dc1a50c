"""docs/panel.md stays true: its Python blocks run, in order, beside a Parquet file and an ACLED CSV
exported from composed stories coded by the real pipeline."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

pytestmark = pytest.mark.slow

STORIES = [
    (
        "2023-04-12",
        "Gunmen Kill Five in Market Attack\n\nKaduna, 11 April 2023 - Gunmen killed five traders in an attack on a "
        "market in Kaduna State on Tuesday, police said.",
    ),
    (
        "2024-08-03",
        "Soldiers Clash With Militants\n\nMaiduguri, 2 August 2024 - Nigerian soldiers clashed with Boko Haram "
        "fighters near Bama on Friday, killing six of them, the army said.",
    ),
    (
        "2024-09-20",
        "Farmers Protest Fuel Prices\n\nMultan, 19 September 2024 - Hundreds of farmers protested in Multan on "
        "Thursday against a rise in diesel prices, witnesses said.",
    ),
]


def python_blocks(path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


def test_docs_panel_python_runs(pipeline, tmp_path, monkeypatch):
    from wirecoder import Article
    from wirecoder.export import export
    from wirecoder.store import Store

    store = Store(tmp_path / "news.db")
    run = store.start_run("code stories", {"spacy_model": pipeline.settings.spacy_model})
    for i, (published, text) in enumerate(STORIES):
        store.save(pipeline(Article(raw=text, source=f"s{i}.txt", published=published)), run)
    assert export(store, "parquet", tmp_path / "events.parquet") > 0
    assert export(store, "acled", tmp_path / "acled.csv") > 0
    store.close()
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks(ROOT / "docs" / "panel.md")
    assert len(blocks) == 3
    scope: dict = {}
    for block in blocks:
        exec(compile(block, "docs/panel.md", "exec"), scope)
    panel = scope["panel"]
    assert list(panel.columns) == ["location_country", "year", "events", "fatalities"]
    # a full panel: every country in every year, zeros filled
    assert len(panel) == panel["location_country"].nunique() * panel["year"].nunique()
    nga = panel[panel["location_country"] == "NGA"].set_index("year")
    assert nga.loc[2023, "fatalities"] == 5 and nga.loc[2024, "fatalities"] == 6
    assert (panel[(panel["location_country"] == "PAK") & (panel["year"] == 2023)]["events"] == 0).all()
    assert scope["acled_panel"]["fatalities"].sum() == 11

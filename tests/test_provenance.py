"""Provenance: ``wirecoder --version``, run rows that record what coded them, stable event ids."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from wirecoder.provenance import collect

STORY = (
    "Border Guards Trade Fire\n\nChaman, 3 April 2024 - Afghan and Pakistani border guards exchanged fire near "
    "the Chaman crossing on Wednesday, wounding two traders, officials said. Pakistan's foreign ministry "
    "summoned the Afghan envoy on Thursday to protest the shooting."
)


def test_provenance_names_versions_and_hashes():
    prov = collect()
    assert prov["wirecoder"] and prov["spacy"] and prov["spacy_model"] and prov["spacy_model_version"]
    for key in ("patterns_sha256", "ontology_sha256", "actors_sha256", "gazetteer_sha256"):
        assert len(prov[key]) == 16 and int(prov[key], 16) >= 0
    assert collect() == prov  # deterministic


def test_provenance_hash_follows_the_alias_table(tmp_path):
    from wirecoder import Settings

    table = tmp_path / "aliases.yaml"
    table.write_text("places: []\n", encoding="utf-8")
    other = collect(Settings(places_aliases=table))
    assert other["gazetteer_sha256"] != collect()["gazetteer_sha256"]
    assert other["patterns_sha256"] == collect()["patterns_sha256"]


def test_provenance_cli_version():
    from wirecoder import __version__
    from wirecoder.cli import load_commands

    result = CliRunner().invoke(load_commands(), ["--version"])
    assert result.exit_code == 0
    first, rest = result.output.split("\n", 1)
    assert first == f"wirecoder {__version__}"
    assert json.loads(rest)["spacy_model"]


def test_provenance_every_run_row_records_it(tmp_path):
    from wirecoder.store import Store

    store = Store(tmp_path / "runs.db")
    run_id = store.start_run("code x", {"spacy_model": "en_core_web_sm"})
    with store.engine.connect() as conn:
        from sqlalchemy import select

        from wirecoder.store import schema

        settings = json.loads(conn.execute(select(schema.runs.c.settings)).scalar_one())
    assert settings["spacy_model"] == "en_core_web_sm" and settings["provenance"] == collect()
    assert store.run_provenance() == []  # no article coded by it yet
    store.close()
    assert run_id


@pytest.mark.slow
def test_provenance_recoding_gives_the_same_event_ids(pipeline, tmp_path):
    from wirecoder import Article
    from wirecoder.store import Store

    first = pipeline(Article(raw=STORY, source="a.txt", published="2024-04-04"))
    again = pipeline(Article(raw=STORY, source="a.txt", published="2024-04-04"))
    assert first.events and [e.id for e in first.events] == [e.id for e in again.events]
    store = Store(tmp_path / "same.db")
    run = store.start_run("code a.txt", {"spacy_model": pipeline.settings.spacy_model})
    store.save(first, run)
    store.save(again, run)
    ids = [r["id"] for r in store.event_records()]
    assert sorted(ids) == sorted(e.id for e in first.events)
    [used] = store.run_provenance()
    assert used["run_id"] == run and used["provenance"] == collect(pipeline.settings)
    store.close()

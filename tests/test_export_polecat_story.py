"""POLECAT's story fields (people, organisations, locations from the article's resolved mentions) and
Contexts (from the sides' sectors), on a composed article coded by the real pipeline and read back
with pandas."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")

from wirecoder.export import export  # noqa: E402
from wirecoder.export.polecat import contexts  # noqa: E402

pytestmark = pytest.mark.slow

STORY = (
    "Sharif Blames Taliban for Border Attack\n\n"
    "Islamabad, 9 January 2023 - Prime Minister Shehbaz Sharif accused the Taliban on Monday of sheltering "
    "fighters who attacked a border post near Chaman. Pakistani soldiers later clashed with the fighters "
    "near Chaman, killing three of them, the army said."
)


@pytest.fixture(scope="module")
def polecat(pipeline, tmp_path_factory):
    from wirecoder import Article
    from wirecoder.store import Store

    base = tmp_path_factory.mktemp("polecat")
    store = Store(base / "story.db")
    store.save(pipeline(Article(raw=STORY, source="story", url="https://news.example/story", published="2023-01-09")))
    path = base / "events.tsv"
    assert export(store, "polecat", path) > 0
    store.close()
    return pd.read_csv(path, sep="\t", quoting=3, keep_default_na=False, na_values=[""])


def test_polecat_story_fields_come_from_the_resolved_mentions(polecat):
    row = polecat.iloc[0]
    people = str(row["Story People"]).split(";")
    orgs = str(row["Story Organizations"]).split(";")
    places = str(row["Story Locations"]).split(";")
    assert "Shehbaz Sharif" in people
    assert "Taliban" in orgs and "Taliban" not in people
    assert "Chaman" in places and "Islamabad" not in places  # the places of its events, not its dateline
    # the same article, the same story fields on every row
    for col in ("Story People", "Story Organizations", "Story Locations"):
        assert polecat[col].nunique(dropna=False) == 1
    # countries and generic actors are neither people nor organisations
    assert not {"Pakistan", "Pakistan (government)", "Pakistan (military)"} & set(people + orgs)


def test_polecat_contexts_from_the_sides_sectors(polecat):
    allowed = {"military", "intelligence", "legislative", "legal", "migration", "crime"}
    for value in polecat["Contexts"].dropna():
        assert set(value.split(";")) <= allowed
    assert contexts({"source": {"sector": "MIL"}, "target": {"sector": "REB"}}) == "military"
    assert contexts({"source": {"sector": "JUD"}, "target": {"sector": "REF"}}) == "legal;migration"
    assert contexts({"source": {"sector": "GOV"}, "target": {}}) == ""

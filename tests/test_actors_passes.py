"""Tests of the resolver's structure: its registered passes, their order as data, and the sector groups
(sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors import load_kb
from wirecoder.actors.passes import pass_order, passes, register, registered
from wirecoder.actors.resolve import Resolver
from wirecoder.actors.sectors import _groups, sector_group, sector_named
from wirecoder.article import Article
from wirecoder.errors import ConfigError, DataError
from wirecoder.nlp import NlpStage


@pytest.fixture(scope="module")
def parsed(settings):
    """The nlp stage on a text (roles resolve at its publication date), ready for a resolver."""
    nlp = NlpStage(settings)

    def run(text: str) -> Article:
        return nlp(Article(raw=text, source="test", text=text, published="2024-03-01"))

    return run


def test_actors_passes_listed_in_order_are_all_registered():
    order = pass_order()
    assert order[0] == "actors.names.v1" and order[-2:] == ("actors.text_order.v1", "actors.late_surnames.v1")
    assert set(order) <= set(registered())
    assert len(set(order)) == len(order)


def test_actors_passes_unknown_name_is_a_config_error():
    with pytest.raises(ConfigError, match="actors.nothing.v9"):
        passes(("actors.names.v1", "actors.nothing.v9"))


def test_actors_passes_unknown_name_in_the_order_file_names_the_file(tmp_path: Path):
    path = tmp_path / "passes.yaml"
    path.write_text("passes: [actors.names.v1, actors.typo.v1]\n", encoding="utf-8")
    with pytest.raises(DataError, match="actors.typo.v1"):
        pass_order(path)


def test_actors_passes_a_name_is_registered_once():
    with pytest.raises(ValueError, match="twice"):
        register("actors.names.v1")(lambda state: None)


def test_actors_passes_a_shorter_list_runs_only_those_passes(parsed):
    kb = load_kb("kb.v1")
    article = parsed("Pakistani soldiers crossed the river. They said Pakistan would respond.")
    full = Resolver(kb)(article)
    names_only = Resolver(kb, pass_names=("actors.names.v1",))(article)
    assert any(m.kind == "pronoun" for m in full)
    assert not any(m.kind in ("pronoun", "nominal") for m in names_only)
    # without the places pass, "Pakistan" is found but not yet typed as a state acting
    pakistan = [m for m in names_only if m.text == "Pakistan"]
    assert pakistan and pakistan[0].actor is None


def test_actors_sector_groups_are_read_from_sectors_yaml():
    assert sector_group("state_office") >= {"GOV", "MIL"}
    assert sector_named("government") == "GOV"
    assert "MED" in sector_group("not_they")
    with pytest.raises(DataError, match="no sector group"):
        sector_group("no_such_group")


def test_actors_sector_groups_must_name_known_sectors(tmp_path: Path):
    path = tmp_path / "sectors.yaml"
    path.write_text("GOV: {name: government, cameo: GOV}\ngroups:\n  state: [GOV, XYZ]\n", encoding="utf-8")
    with pytest.raises(DataError, match="XYZ"):
        _groups(path)

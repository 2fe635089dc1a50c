"""The ontology files load, validate, and cover each other (CAMEO -> PLOVER -> ACLED)."""

from __future__ import annotations

import pytest

from wirecoder.coding.ontology import load_ontology
from wirecoder.errors import DataError

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_ontology_loads_all_cameo_codes_and_roots():
    onto = load_ontology()
    assert 290 <= len(onto.cameo) <= 320
    roots = {c for c in onto.cameo if len(c) == 2}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert onto.cameo["112"].name == "Accuse"
    assert onto.cameo["186"].root == "18"


def test_ontology_goldstein_in_range_and_quad_classes():
    onto = load_ontology()
    assert all(-10 <= c.goldstein <= 10 for c in onto.cameo.values())
    assert onto.cameo["190"].quad_class == 4 and onto.cameo["030"].quad_class == 1
    assert onto.cameo["070"].quad_class == 2 and onto.cameo["112"].quad_class == 3


def test_ontology_every_cameo_code_has_a_plover_type():
    onto = load_ontology()
    assert set(onto.plover_types) == PLOVER_TYPES
    for code in onto.cameo:
        assert onto.plover(code)["type"] in PLOVER_TYPES, code
    assert onto.plover("0871") == {"type": "RETREAT", "mode": "ceasefire"}
    assert onto.plover("112")["type"] == "ACCUSE"
    assert onto.plover("020")["type"] == "REQUEST"


def test_ontology_acled_has_6_types_and_25_subtypes():
    onto = load_ontology()
    assert len(onto.acled_types) == 6
    assert sum(len(v) for v in onto.acled_types.values()) == 25


@pytest.mark.parametrize(
    ("code", "mode", "src", "tgt", "expected"),
    [
        ("190", None, "REB", "MIL", ("Battles", "Armed clash")),
        ("190", None, "REB", "CVL", ("Violence against civilians", "Attack")),
        ("195", None, "MIL", None, ("Explosions/Remote violence", "Air/drone strike")),
        ("1831", None, None, None, ("Explosions/Remote violence", "Suicide bomb")),
        ("181", None, "REB", "CVL", ("Violence against civilians", "Abduction/forced disappearance")),
        ("141", None, "CVL", "GOV", ("Protests", "Peaceful protest")),
        ("173", None, "COP", "CVL", ("Strategic developments", "Arrests")),
        ("0871", None, None, None, ("Strategic developments", "Agreement")),
        ("190", None, "PRO", "COP", ("Riots", "Violent demonstration")),
        ("193", None, "COP", "PRO", ("Protests", "Protest with intervention")),
        ("112", None, "GOV", "GOV", (None, None)),
        ("130", None, "GOV", "REB", (None, None)),
    ],
)
def test_ontology_acled_mapping(code, mode, src, tgt, expected):
    acled = load_ontology().acled(code, mode, None, src, tgt)
    assert (acled["event_type"], acled["sub_event_type"]) == expected


def test_ontology_bad_file_raises_data_error_with_line(tmp_path):
    import shutil
    from importlib import resources

    src = resources.files("wirecoder") / "data" / "ontology"
    for name in ("cameo.csv", "cameo2plover.csv", "plover.yaml", "acled.yaml"):
        shutil.copy(str(src / name), tmp_path / name)
    text = (tmp_path / "cameo.csv").read_text(encoding="utf-8").replace("112,11,Accuse,-2.0", "112,11,Accuse,-20")
    (tmp_path / "cameo.csv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_ontology(str(tmp_path))
    assert err.value.line is not None and "Goldstein" in str(err.value)


@pytest.mark.parametrize(
    "code, src, tgt, victims, expected",
    [
        # Police firing on a crowd: people killed or hurt -> excessive force; else a protest met intervention.
        ("193", "COP", "PRO", [("killed", "three marchers")], ("Protests", "Excessive force against protesters")),
        ("175", "COP", "PRO", [("wounded", "a dozen marchers")], ("Protests", "Excessive force against protesters")),
        ("193", "COP", "PRO", [], ("Protests", "Protest with intervention")),
        ("173", "COP", "PRO", [("arrested", "dozens of demonstrators")], ("Protests", "Protest with intervention")),
        # No target actor, but the dead were farmers: an attack on civilians, not a clash.
        ("190", "UAF", None, [("killed", "nine farmers")], ("Violence against civilians", "Attack")),
        (
            "181",
            "UAF",
            None,
            [("abducted", "four aid workers")],
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        ("190", "UAF", None, [("killed", "four aid workers")], ("Violence against civilians", "Attack")),
        ("190", "REB", "MIL", [("killed", "six people")], ("Battles", "Armed clash")),
        ("190", "REB", None, [("dead", "six fighters")], ("Battles", "Armed clash")),
        ("175", "COP", "OPP", [], ("Protests", "Protest with intervention")),
        ("1712", "PRO", None, [], ("Riots", "Violent demonstration")),
    ],
)
def test_ontology_acled_uses_casualties(code, src, tgt, victims, expected):
    acled = load_ontology().acled(code, None, None, src, tgt, victims)
    assert (acled["event_type"], acled["sub_event_type"]) == expected


def test_ontology_acled_trigger_lemmas_split_riots_and_looting():
    onto = load_ontology()
    lynching = onto.acled("182", None, "lynch", "PRO", None)
    assert lynching["sub_event_type"] == "Mob violence"
    looting = onto.acled("145", None, "loot", "UAF", None)
    assert looting["sub_event_type"] == "Looting/property destruction"
    rioting = onto.acled("145", None, "loot", "PRO", None)
    assert rioting["sub_event_type"] == "Violent demonstration"


def test_ontology_acled_compound_words_and_military_retreat():
    onto = load_ontology()
    assert onto.acled("190", None, "attack grenade", "UAF", None)["sub_event_type"] == "Grenade"
    assert onto.acled("0874", None, "withdraw", "REB", None)["sub_event_type"] == "Non-violent transfer of territory"


def test_ontology_extended_with_local_codes():
    onto = load_ontology()
    assert onto.extended(frozenset()) is onto and onto.extended(frozenset({"042"})) is onto
    local = onto.extended(frozenset({"907", "17X"}))
    assert local is onto.extended(frozenset({"17X", "907"})) and "907" not in onto.cameo
    coded = local.classify("907")
    assert coded["cameo"]["root"] == "90" and coded["cameo"]["goldstein"] is None
    assert coded["plover"] == {"type": None, "mode": None}
    assert coded["acled"] == {"event_type": None, "sub_event_type": None}
    assert local.classify("190")["plover"]["type"] == onto.classify("190")["plover"]["type"]


def test_pattern_config_rejects_a_local_code_that_is_not_a_code(tmp_path):
    import shutil

    from wirecoder.coding.patterns import load_patterns, patterns_dir

    folder = tmp_path / "set"
    shutil.copytree(patterns_dir("cameo.v1"), folder)
    with (folder / "config.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\nlocal_codes: [903, 'abc']\n")
    with pytest.raises(DataError, match="local_codes"):
        load_patterns(str(folder))


def test_acled_rules_on_the_source_noun_and_the_objects():
    onto = load_ontology()
    assert onto.acled("1712", source_sector="PRO", source_noun="mob")["sub_event_type"] == "Mob violence"
    assert onto.acled("1712", source_sector="PRO", source_noun="protester")["sub_event_type"] == "Violent demonstration"
    assert (
        onto.acled("1711", "seize", "seize", "COP", objects="cache rifle")["sub_event_type"] == "Disrupted weapons use"
    )
    assert onto.acled("1711", "seize", "seize", "COP", objects="ship")["sub_event_type"] is None

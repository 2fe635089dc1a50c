"""Tests of wirecoder.evaluation: gold readers, code normalisation, alignment, scoring, PETRARCH
dictionary conversion and the ``eval`` command. Sentences here are composed for the tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import shared_path
from wirecoder.article import Participant
from wirecoder.evaluation import GoldCoding, GoldItem, SetScore, guess_format, read_gold
from wirecoder.evaluation.gold import actor_code, iso_date, plover_label_map
from wirecoder.evaluation.score import align, country, country_sector, field_match, participant_code

GSR_SAMPLE = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "docs"},
    {
        "id": "X-DEMAND-0001",
        "date": "2000-01-01",
        "event": "DEMAND",
        "source": [{"actorText": "Ruritania", "code": "RUR", "sector": "GOV"}],
        "target": [
            {"actorText": "Freedonia", "code": "FRD"},
            {"actorText": "Sylvania", "code": "SYL", "sector": "MIL"},
        ],
        "text": "Ruritania's government demanded that Freedonia and the Sylvanian army withdraw.",
    },
    {
        "id": "X-FIGHT-0001",
        "date": "2000-01-01",
        "event": "FIGHT",
        "source": [{"actorText": "rebels", "code": "RUR", "sector": "REB"}],
        "target": "",
        "text": "{Rebels fought in the hills.}",
    },
    {
        "id": "X-AGREE-0001",
        "date": "2000-01-01",
        "event": "AGREE",
        "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}],
        "text": "Tokyo agreed.",
    },
]

PETR_SAMPLE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
#####  a banner that is not XML <EventCoding eventcode="999"> & friends
<Sentences>
<Sentence category="T" date="20100203" id="T-1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="RURMIL" targetcode="FRDCVL" />
<EventCoding eventcode="111" sourcecode='"A NEW ACTOR"' targetcode="---GOV" />
<Text>
Ruritanian troops shelled
Freedonian villages.
</Text>
<Parse>1 x</Parse>
<Sentence category="T" date="20100204" id="T-2" evaluate="true">
<!-- <EventCoding eventcode="042" sourcecode="A" targetcode="B" /> commented out -->
<EventCoding noevents="True" />
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="20100205" id="T-3">
<EventCoding error="dateline"></EventCoding>
<Text>TOWN: -- something.</Text>
</Sentence>
<Sentence date="20100206" id="T-4" evaluate="false"/>
<Text>Skipped.</Text>
</Sentences>
</Validation>
"""


@pytest.fixture()
def gsr_file(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(GSR_SAMPLE), encoding="utf-8")
    return path


@pytest.fixture()
def petr_file(tmp_path: Path) -> Path:
    path = tmp_path / "validation.xml"
    path.write_text(PETR_SAMPLE, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- readers


def test_gold_plover_gsr_maps_labels_and_expands_compound_actors(gsr_file):
    items = read_gold(gsr_file, "plover-gsr")
    assert [i.id for i in items] == ["X-DEMAND-0001", "X-FIGHT-0001", "X-AGREE-0001"]
    demand, fight, agree = items
    assert agree.codings == [GoldCoding("JPNGOV", None, None, "AGREE")]  # legacy CAMEO country code read as ISO
    assert demand.date == "2000-01-01"
    assert demand.codings == [
        GoldCoding("RURGOV", "FRD", None, "REQUEST"),
        GoldCoding("RURGOV", "SYLMIL", None, "REQUEST"),
    ]
    assert fight.codings == [GoldCoding("RURREB", None, None, "ASSAULT")]
    assert fight.text == "Rebels fought in the hills."


def test_gold_plover_label_map_covers_the_05_labels():
    mapping, skip = plover_label_map()
    assert mapping["DEMAND"] == "REQUEST" and mapping["DISAPPROVE"] == "ACCUSE"
    assert mapping["INVESTIGATE"] == "ACCUSE" and mapping["FIGHT"] == "ASSAULT"
    assert "DOCUMENT" in skip
    from wirecoder.coding.ontology import load_ontology

    assert set(mapping.values()) <= set(load_ontology().plover_types)


def test_gold_petr_xml_reads_malformed_files_as_a_tag_stream(petr_file):
    items = read_gold(petr_file, "petr-xml")
    assert [i.id for i in items] == ["T-1", "T-2", "T-3"]
    first, second, third = items
    assert first.text == "Ruritanian troops shelled Freedonian villages."
    assert first.date == "2010-02-03"
    assert first.codings[0] == GoldCoding("RURMIL", "FRDCVL", "190", "ASSAULT")
    assert first.codings[1].source == "A NEW ACTOR" and first.codings[1].target == "---GOV"
    assert second.expect_none and second.note == "noevents" and not second.codings
    assert third.expect_none and third.note == "error:dateline"


def test_gold_guess_format(gsr_file, petr_file, tmp_path):
    unit = tmp_path / "PETR.UnitTest.records.xml"
    unit.write_text(PETR_SAMPLE, encoding="utf-8")
    assert guess_format(gsr_file) == "plover-gsr"
    assert guess_format(petr_file) == "petr-xml"
    assert guess_format(unit) == "petr-unit"


def test_gold_bad_json_names_the_file(tmp_path):
    from wirecoder.errors import DataError

    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    with pytest.raises(DataError, match="bad.json"):
        read_gold(bad, "plover-gsr")


def test_gold_codes_and_dates():
    assert actor_code(" usa ", "gov") == "USAGOV"
    assert actor_code("IGO", "***") == "IGO"
    assert actor_code("") is None and actor_code(None) is None
    assert iso_date("20080804") == "2008-08-04" and iso_date("2000-01-01") == "2000-01-01" and iso_date("x") is None


@pytest.mark.parametrize(
    "path,count,codings,none",
    [
        (("gold", "plover_gsr", "PLOVER_GSR_CAMEO.txt"), 322, 363, 0),
        (("gold", "universal_petrarch", "PETR2_GSR_validation.xml"), 78, 80, 12),
        (("gold", "petrarch2", "PETR.UnitTest.records.xml"), 284, 359, 26),
    ],
)
def test_gold_real_files_have_the_documented_size(path, count, codings, none):
    file = shared_path(*path)
    items = read_gold(file, guess_format(file))
    assert len(items) == count
    assert sum(len(i.codings) for i in items) == codings
    assert sum(i.expect_none for i in items) == none


# ----------------------------------------------------------------------------- codes and scoring


def test_score_actor_code_levels():
    assert country("USAGOV") == "USA" and country("---GOV") == "---"
    assert actor_code("---") is None and actor_code("---GOV") == "---GOV"
    assert country_sector("USAGOVMIL") == "USAGOV"
    assert country_sector("PSEGZACVL") == "PSECVL"  # region chunk skipped
    assert country_sector("PSEREBHMS") == "PSEREB"
    assert country_sector("IGOUNO") == "IGO"
    assert country_sector("USA") == "USA"


def test_score_participant_code_prefers_cameo():
    assert participant_code(Participant("x", cameo="pakgov", country="PAK", sector="GOV")) == "PAKGOV"
    assert participant_code(Participant("x", country="AFG", sector="MIL")) == "AFGMIL"
    assert participant_code(Participant("x", sector="IGO")) == "IGO"
    assert participant_code(Participant("x", sector="CVL")) == "---CVL"
    assert participant_code(None) is None


def test_score_alignment_prefers_type_agreement():
    gold = [GoldCoding("RURGOV", "FRD", "111", "ACCUSE"), GoldCoding("RURMIL", "FRD", "190", "ASSAULT")]
    pred = [GoldCoding("RURMIL", "FRDGOV", "190", "ASSAULT"), GoldCoding("RURGOV", None, "112", "ACCUSE")]
    assert align(gold, pred) == [(0, 1), (1, 0)]
    assert align(gold, []) == [] and align([], pred) == []


def test_score_whole_event_accepts_any_target_when_gold_has_none():
    gold = GoldCoding("RURREB", None, None, "ASSAULT")
    assert field_match("event", gold, GoldCoding("RURREB", "FRDCVL", "190", "ASSAULT"))
    assert not field_match("event", gold, GoldCoding("RURGOV", None, "190", "ASSAULT"))
    assert not field_match("target", gold, GoldCoding("RURREB", None, "190", "ASSAULT"))


def test_score_counts_precision_recall_and_confusion():
    score = SetScore("t", "petr-xml")
    item = GoldItem(
        "1", "s", None, [GoldCoding("RURGOV", "FRD", "111", "ACCUSE"), GoldCoding("RURMIL", "FRD", "190", "ASSAULT")]
    )
    score.add(
        item,
        [
            GoldCoding("RURGOV", "FRD", "111", "ACCUSE"),
            GoldCoding("FRDGOV", None, "042", "CONSULT"),
            GoldCoding(None, None, "173", "COERCE"),
        ],
    )
    score.add(GoldItem("2", "calm", None, [], expect_none=True), [])
    plover = score.fields["plover"]
    assert (plover.tp, plover.n_pred, plover.n_gold) == (1, 3, 2)
    assert plover.precision == pytest.approx(1 / 3) and plover.recall == pytest.approx(0.5)
    assert score.fields["source"].n_pred == 2  # the event with no source has no source value
    assert score.reproduced == 2 and score.expected == 3  # one coding + the no-event record
    assert score.confusion[("ACCUSE", "ACCUSE")] == 1
    assert score.confusion[("ASSAULT", "CONSULT")] + score.confusion[("ASSAULT", "COERCE")] == 1
    assert sum(n for (g, _), n in score.confusion.items() if g == "(none)") == 1
    assert [e["id"] for e in score.errors] == ["1"]
    metrics = score.metrics()
    assert metrics["reproduced"] == pytest.approx(2 / 3) and "plover.f1" in metrics


def test_score_precision_undefined_for_a_field_gold_never_gives():
    score = SetScore("gsr", "plover-gsr")
    score.add(
        GoldItem("1", "s", None, [GoldCoding("RUR", None, None, "AGREE")]), [GoldCoding("RUR", None, "030", "AGREE")]
    )
    assert score.fields["cameo"].precision is None
    assert "cameo.p" not in score.metrics() and "reproduced" not in score.metrics()


# ----------------------------------------------------------------------------- PETRARCH dictionaries

ACTORS_SAMPLE = """<!-- a test dictionary -->
RURITANIA [RUR]
+RURITANIAN
+ZENDA_  # a capital
STRELSAU_GUARD [RURMIL]
RUDOLF_ELPHBERG  # dated codes
+THE_KING
\t[RURELI <900101]
\t[RURGOV 19900101 - 19991231]
\t[RUROPP >991231]
FREEDONIA [FRD/SYL]
<! -- a broken comment -->
"""


def test_petrarch_actors_convert_to_overlay_entries(tmp_path):
    from wirecoder.evaluation.petrarch_dicts import overlay_entries, read_actors

    path = tmp_path / "actors.txt"
    path.write_text(ACTORS_SAMPLE, encoding="utf-8")
    actors = read_actors(path)
    assert [a.name for a in actors] == ["RURITANIA", "STRELSAU GUARD", "RUDOLF ELPHBERG", "FREEDONIA"]
    assert actors[0].synonyms == ["RURITANIAN", "ZENDA"]
    rudolf = actors[2]
    assert rudolf.code is None
    assert rudolf.dated[0] == ("RURELI", None, dt.date(1990, 1, 1))
    assert rudolf.dated[1] == ("RURGOV", dt.date(1990, 1, 1), dt.date(2000, 1, 1))
    assert rudolf.dated[2] == ("RUROPP", dt.date(2000, 1, 1), None)
    entries = overlay_entries(actors, countries={"FRA"}, sectors={"GOV", "MIL", "ELI", "OPP"})
    by_id = {e["id"]: e for e in entries}
    assert by_id["petr-ruritania"]["cameo"] == "RUR" and "country" not in by_id["petr-ruritania"]
    assert by_id["petr-strelsau-guard"]["sector"] == "MIL"
    assert by_id["petr-freedonia"]["cameo"] == "FRD/SYL"  # two codes: two participants (coder._each_code)
    roles = by_id["petr-rudolf-elphberg"]["roles"]
    assert roles[1] == {"sector": "GOV", "cameo": "RURGOV", "from": "1990-01-01", "until": "2000-01-01"}


def test_petrarch_overlay_loads_into_the_kb():
    from wirecoder.actors.kb import load_kb
    from wirecoder.evaluation.petrarch_dicts import write_overlay

    gold = shared_path("gold", "petrarch2")
    overlay = write_overlay(gold)
    kb = load_kb("kb.v1", overlay)
    hits = kb.lookup("Gondor")
    assert hits and hits[0].overlay
    assert kb.entry_actor(hits[0].key, dt.date(2000, 1, 1)).cameo == "GON"


def test_petrarch_agents_and_verbs_are_read():
    from wirecoder.evaluation.petrarch_dicts import read_agents, read_verbs

    gold = shared_path("gold", "petrarch2")
    agents = read_agents(gold / "PETR.Validate.agents.txt")
    assert ("PRESIDENT", "~GOV") in agents
    verbs = read_verbs(gold / "PETR.Validate.verbs.txt")
    assert verbs["attack"]["code"] == "223"


# ----------------------------------------------------------------------------- the command


def _cli():
    from wirecoder.cli import load_commands

    return load_commands()


def test_eval_cli_says_so_when_gold_is_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_GOLD_DIR", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(_cli(), ["eval"])
    assert result.exit_code == 2
    assert "no gold files" in result.output and len(result.output.strip().splitlines()) == 1


def test_eval_cli_scores_a_gold_file_as_json(gsr_file):
    result = CliRunner().invoke(_cli(), ["eval", str(gsr_file), "--format", "plover-gsr", "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (s,) = data["sets"]
    assert s["sentences"] == 3 and s["codings"] == 4
    assert set(s["fields"]) >= {
        "plover",
        "cameo_root",
        "cameo",
        "source",
        "target",
        "source_country",
        "target_country",
        "event",
    }
    assert "errors" in s


def test_eval_cli_table_and_limit(petr_file):
    result = CliRunner().invoke(_cli(), ["eval", str(petr_file), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "validation (petr-xml): 2 sentences" in result.output
    assert "PLOVER type" in result.output and "confusion" in result.output


VERBS_SAMPLE = """<!-- test verbs -->
&PLACES_
+HARBOUR
+BRIDGE

--- MEND  [064] ---
MEND
+PATCH_UP {+PATCHED_UP +PATCHES_UP}
- * FENCES [064]
- * (WITH {OLD FRIENDS}) [036]
- * &PLACES [071]
- * UP [081]
- NOT * [112]
- * $ WITH + [042]
- * THINGS [999]

--- SNUB  [---] ---
SNUB
- * ENVOY [125]
"""


def test_petrarch_verbs_convert_to_word_frames(tmp_path):
    from wirecoder.coding.ontology import load_ontology
    from wirecoder.evaluation.petrarch_dicts import convert_verbs

    path = tmp_path / "verbs.txt"
    path.write_text(VERBS_SAMPLE, encoding="utf-8")
    conv = convert_verbs(path, set(load_ontology().cameo))
    by_id = {e["id"]: e for e in conv.entries}
    mend = by_id["petr-validate:mend"]
    assert mend["lemmas"] == ["mend", "patch up"] and mend["code"] == "064"
    frames = [{k: v for k, v in f.items() if k != "id"} for f in mend["frames"]]
    assert {"after": [["fences"]], "code": "064"} in frames
    assert frames[0] == {"after": [["with"], ["old friends"]], "code": "036"}  # the most specific first
    assert {"after": [["harbour", "bridge"]], "code": "071"} in frames
    assert {"before": [["not"]], "code": "112"} in frames
    assert {"after": [["with"]], "target": ["prep:with"], "code": "042"} in frames
    assert by_id["petr-validate:snub"]["code"] is None
    assert conv.patterns == 8 and conv.converted == 7
    assert conv.dropped == {"code not CAMEO": 1}
    kept = convert_verbs(path, set(load_ontology().cameo), local_codes=True)
    assert kept.local_codes == {"999"} and kept.converted == 8 and not kept.dropped


def test_petrarch_paired_codes_and_own_verb_codes(tmp_path):
    from wirecoder.coding.ontology import load_ontology
    from wirecoder.evaluation.petrarch_dicts import convert_verbs

    path = tmp_path / "verbs.txt"
    path.write_text(
        "--- JOURNEY  [032:033] ---\nJOURNEY\nSHRUG_OFF [014]\n- % * [030:030]\n- * + IN $ [---]\n", encoding="utf-8"
    )
    conv = convert_verbs(path, set(load_ontology().cameo))
    first, second = conv.entries
    assert first["lemmas"] == ["journey"] and first["code"] == "032" and first["reverse"] == "033"
    assert second["lemmas"] == ["shrug off"] and second["code"] == "014"
    frames = [{k: v for k, v in f.items() if k != "id"} for f in first["frames"]]
    assert {"mutual": True, "code": "030", "reverse": "030"} in frames
    assert {"after": [["in"]], "source": ["prep:in"], "code": None} in frames


def test_petrarch_frames_with_more_words_come_first(tmp_path):
    from wirecoder.coding.ontology import load_ontology
    from wirecoder.evaluation.petrarch_dicts import convert_verbs

    path = tmp_path / "verbs.txt"
    path.write_text("--- SCOLD  [120] ---\nSCOLD\n- NOT * AGAIN [111]\n- SURELY_NOT_EVER * [112]\n", encoding="utf-8")
    (entry,) = convert_verbs(path, set(load_ontology().cameo)).entries
    assert [f["code"] for f in entry["frames"]] == ["112", "111"]


def test_petrarch_validate_pattern_set_loads(tmp_path):
    from wirecoder.coding.patterns import load_patterns
    from wirecoder.evaluation.petrarch_dicts import write_pattern_set

    directory, conv = write_pattern_set(shared_path("gold", "petrarch2"), tmp_path)
    patterns = load_patterns(str(directory))
    assert conv.converted > 150
    assert patterns.candidates("verb", "restore")[0].code == "064"


# ----------------------------------------------------------------------------- the gate's baseline


def _scored(name: str, agree: bool) -> SetScore:
    score = SetScore(name, "petr-xml")
    pred = [GoldCoding("RURGOV", "FRD", "111", "ACCUSE")] if agree else [GoldCoding("FRD", None, "042", "CONSULT")]
    score.add(GoldItem("1", "s", None, [GoldCoding("RURGOV", "FRD", "111", "ACCUSE")]), pred)
    return score


def test_baseline_floors_hashes_and_lowering(tmp_path):
    from wirecoder.evaluation import GoldSet
    from wirecoder.evaluation.baseline import build, check, floor_to

    gold_file = tmp_path / "g.xml"
    gold_file.write_text(PETR_SAMPLE, encoding="utf-8")
    sets = [GoldSet("toy", "petr-xml", gold_file)]
    good, bad = _scored("toy", True), _scored("toy", False)
    baseline, lowered = build([good], sets)
    assert baseline["floors"]["toy"]["plover.f1"] == 0.99 and lowered == []
    assert check([good], sets, baseline) == []
    problems = check([bad], sets, baseline)
    assert any("plover.f1" in p and "below its floor" in p for p in problems)
    _, lowered = build([bad], sets, baseline, reason="test")
    assert any(line.startswith("toy plover.f1: 0.99 -> 0.00") for line in lowered)
    gold_file.write_text(PETR_SAMPLE + "\n", encoding="utf-8")
    assert any("changed" in p for p in check([good], sets, baseline))
    assert floor_to(0.5379) == 0.53 and floor_to(0.53) == 0.53


def test_eval_cli_markdown_table(gsr_file):
    result = CliRunner().invoke(_cli(), ["eval", str(gsr_file), "--markdown"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "| field | gsr |" and lines[2].startswith("| PLOVER type F1 | ")


def test_eval_rejects_unknown_petr_knowledge(petr_file):
    from wirecoder.evaluation import GoldSet, evaluate

    with pytest.raises(ValueError, match="petr_knowledge"):
        evaluate([GoldSet("x", "petr-unit", petr_file)], petr_knowledge="everything")


def test_eval_a_crashing_stage_is_counted_and_fails_the_gate(petr_file):
    from wirecoder import Pipeline, Settings, Stage
    from wirecoder.evaluation import GoldSet, evaluate_set
    from wirecoder.evaluation.baseline import check

    class Boom(Stage):
        name = "boom"

        def __call__(self, article):
            raise RuntimeError("kaput")

    gold = GoldSet("toy", "petr-xml", petr_file)
    score = evaluate_set(gold, Pipeline(Settings(), stages=[Boom(Settings())]))
    assert len(score.crashed) == 3 and "kaput" in score.crashed[0]
    assert score.items == 3
    assert any("crashed" in p for p in check([score], [gold], {"gold": {"toy": {"sha256": "x"}}, "floors": {}}))

"""Tests of the wikinews-dev and ucdp evaluation formats and of the confidence reliability table.
Every sentence, headline and label here is composed for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecoder.article import Event, Participant
from wirecoder.evaluation import guess_format
from wirecoder.evaluation.reliability import Reliability, band_of, expected_calibration_error
from wirecoder.evaluation.wikinews import (
    LabelledSentence,
    WikinewsScore,
    assign,
    overlap,
    score_sentence,
    tokens,
)


def _event(
    sentence: str,
    plover: str,
    confidence: float = 0.5,
    src: str | None = None,
    tgt: str | None = None,
    acled: str | None = None,
    fatalities: int | None = None,
    place: str | None = None,
    date: str | None = None,
) -> Event:
    return Event(
        id="e",
        article_id="a",
        sentence_index=0,
        trigger={"text": "x", "lemma": "x", "start": 0, "end": 1},
        date=date,
        date_precision="day" if date else None,
        source=Participant(text="s", country=src) if src else None,
        target=Participant(text="t", country=tgt) if tgt else None,
        cameo={},
        plover={"type": plover},
        acled={"event_type": acled, "sub_event_type": None},
        location={"name": "p", "country": place} if place else None,
        fatalities=fatalities,
        quantities=[],
        negated=False,
        hypothetical=False,
        future=False,
        evidence={"sentence": sentence, "start": 0, "end": len(sentence)},
        confidence=confidence,
    )


def _gold(plover: str, src: str | None = None, tgt: str | None = None, **kw: object) -> dict:
    return {
        "plover": plover,
        "source": {"text": "s", "country": src} if src else None,
        "target": {"text": "t", "country": tgt} if tgt else None,
        **kw,
    }


def test_overlap_counts_shared_words_over_the_shorter_text():
    a = tokens("Rebels shelled the northern town on Monday.")
    b = tokens("The rebels shelled the town")
    assert overlap(a, b) == pytest.approx(4 / 5)  # the, rebels, shelled, town (one "the" is shared)
    assert overlap(tokens(""), b) == 0.0


def test_events_go_to_the_labelled_sentence_they_overlap_most_or_nowhere():
    labelled = [
        LabelledSentence("a#0", "a", "Villagers blocked the highway to protest power cuts.", []),
        LabelledSentence("a#1", "a", "The governor met the protest leaders on Friday.", []),
    ]
    near = _event("Villagers blocked the highway on Tuesday to protest power cuts.", "PROTEST")
    other = _event("The weather stayed dry across the region all week.", "ASSAULT")
    per, ignored = assign([near, other], labelled)
    assert per["a#0"] == [near] and per["a#1"] == [] and ignored == 1


def test_sentence_scores_types_as_multisets_and_pairs_fields_by_type():
    score = WikinewsScore("t")
    sent = LabelledSentence(
        "a#0",
        "a",
        "Gunmen attacked a bus, killing four, and the minister condemned the attack.",
        [
            _gold("ASSAULT", None, "RUR", acled_event_type="Violence against civilians", fatalities=4),
            _gold("ACCUSE", "RUR", None),
        ],
    )
    ours = [
        _event(sent.text, "ASSAULT", 0.8, None, "RUR", "Violence against civilians", fatalities=4),
        _event(sent.text, "ASSAULT", 0.3, "RUR", None, "Battles"),
    ]
    score_sentence(score, sent, ours, keep_errors=True)
    m = score.metrics()
    assert m["relevance.f1"] == 1.0
    assert score.fields["plover"].tp == 1 and score.fields["plover"].n_pred == 2
    assert score.fields["acled"].tp == 1 and score.fields["event"].tp == 1
    assert m["fatalities.acc"] == 1.0 and m["target_country.acc"] == 1.0
    assert score.missed["ACCUSE"] == 1 and score.spurious["ASSAULT"] == 1
    assert len(score.errors) == 1 and score.errors[0]["sid"] == "a#0"
    assert [r for _, r in score.reliability.pairs] == [True, True]  # both ASSAULT: the type is gold's


def test_a_sentence_without_gold_events_makes_our_events_wrong_and_relevance_false_positive():
    score = WikinewsScore("t")
    sent = LabelledSentence("a#3", "a", "The city lies on a river.", [])
    score_sentence(score, sent, [_event(sent.text, "PROTEST", 0.9)], keep_errors=False)
    assert score.fields["relevance"].n_pred == 1 and score.fields["relevance"].tp == 0
    assert score.reliability.pairs == [(0.9, False)]


def test_reliability_bands_and_expected_calibration_error():
    assert band_of(0.0) == 0 and band_of(0.95) == 9 and band_of(1.0) == 9 and band_of(0.3) == 3
    perfect = [(0.95, True)] * 19 + [(0.95, False)] + [(0.25, True)] + [(0.25, False)] * 3
    assert expected_calibration_error(perfect) == pytest.approx(0.0)
    off = [(0.85, False)] * 4
    assert expected_calibration_error(off) == pytest.approx(0.85)
    rel = Reliability(perfect)
    assert rel.at_threshold(0.9) == (20, 19)
    rows = {r["band"]: r for r in rel.bands()}
    assert rows["0.9-1.0"]["events"] == 20 and rows["0.2-0.3"]["precision"] == 0.25
    assert "ECE 0.000" in rel.lines()[0]
    assert expected_calibration_error([]) is None


def test_guess_format_recognises_the_news_sets(tmp_path: Path):
    wn = tmp_path / "w.jsonl"
    wn.write_text(json.dumps({"sid": "a#0", "article_id": "a", "sentence": "x", "events": []}) + "\n")
    uc = tmp_path / "u.jsonl"
    uc.write_text(json.dumps({"id": "u1", "text": "x", "gold": {}}) + "\n")
    assert guess_format(wn) == "wikinews-dev" and guess_format(uc) == "ucdp"


def test_government_country_reads_only_governments():
    from wirecoder.actors import load_kb
    from wirecoder.evaluation.ucdp import government_country
    from wirecoder.settings import Settings

    kb = load_kb(Settings().actors)
    assert government_country("Government of Pakistan", kb) == "PAK"
    assert government_country("Government of United States of America", kb) == "USA"
    assert government_country("Some Armed Group", kb) is None and government_country(None, kb) is None


# ----------------------------------------------------------------------------------- end to end (real pipeline)

ARTICLE = (
    "Hundreds of farmers marched through the capital of Ruritania on Tuesday to protest a new land law.\n\n"
    "The weather was mild.\n\n"
    "Police arrested twelve protesters near the parliament building."
)


def _write_wikinews(tmp_path: Path) -> Path:
    gold_dir = tmp_path / "gold" / "wikinews-dev"
    gold_dir.mkdir(parents=True)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "wikinews-conflict.jsonl").write_text(
        json.dumps({"id": "art-1", "title": "Farmers march", "published": "2021-05-06", "text": ARTICLE}) + "\n"
    )
    sentences = [
        (
            "Hundreds of farmers marched through the capital of Ruritania on Tuesday to protest a new land law.",
            ["PROTEST"],
        ),
        ("The weather was mild.", []),
        ("Police arrested twelve protesters near the parliament building.", ["COERCE"]),
    ]
    lines = [
        json.dumps(
            {
                "sid": f"art-1#{i}",
                "article_id": "art-1",
                "published": "2021-05-06",
                "title": "Farmers march",
                "sentence": text,
                "events": [_gold(t) for t in types],
            }
        )
        for i, (text, types) in enumerate(sentences)
    ]
    path = gold_dir / "wikinews-dev.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.slow
def test_wikinews_format_codes_the_article_whole_and_scores_its_sentences(tmp_path: Path, short):
    from wirecoder.evaluation.wikinews import evaluate_wikinews

    score = evaluate_wikinews("wn", _write_wikinews(tmp_path), short)
    assert score.articles == 1 and score.sentences == 3 and score.gold_events == 2
    assert not score.crashed
    assert score.fields["relevance"].n_gold == 2
    assert score.fields["plover"].tp >= 1  # the march is a protest
    assert score.scored_events == len(score.reliability.pairs)


@pytest.mark.slow
def test_ucdp_format_scores_found_fatalities_place_and_side(tmp_path: Path, short):
    from wirecoder.evaluation.ucdp import evaluate_ucdp

    rows = [
        {
            "id": "u1",
            "text": "Troops killed five militants in a raid in North Waziristan, officials said.",
            "published": "2012-03-04",
            "gold": {
                "fatalities_best": 5,
                "side_a": "Government of Pakistan",
                "country": "PAK",
                "headline_count_matches_best": True,
            },
        },
        {
            "id": "u2",
            "text": "Markets reopen after a long holiday weekend.",
            "published": "2012-03-05",
            "gold": {"fatalities_best": 2, "side_a": "TTP", "country": "PAK", "headline_count_matches_best": False},
        },
    ]
    path = tmp_path / "u.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    score = evaluate_ucdp("u", path, short)
    assert score.items == 2
    assert score.compared["found"] == 2 and score.compared["fatalities"] == 1
    assert score.compared["side_a_country"] == 1 and score.compared["location_country"] == 2
    # the reading: found and location country on the count-matching row alone
    assert score.compared["found_counted"] == 1 and score.compared["location_counted"] == 1
    assert score.right["found_counted"] == 1
    assert score.right["found"] >= 1
    assert any("u2" in line for line in score.errors["found"])  # the market headline states no event


def test_eval_rejects_a_malformed_news_file_in_one_line(tmp_path: Path):
    from wirecoder.cli import load_commands

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sid": "x#0"}\n')
    result = CliRunner().invoke(load_commands(), ["eval", str(bad), "--format", "wikinews-dev"])
    assert result.exit_code == 2
    assert "bad.jsonl" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_eval_cli_runs_the_news_formats_with_json_errors_and_markdown(tmp_path: Path):
    from wirecoder.cli import load_commands

    wn = _write_wikinews(tmp_path)
    runner = CliRunner()
    result = runner.invoke(load_commands(), ["eval", str(wn), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.output)["sets"]
    assert data["format"] == "wikinews-dev" and data["sentences"] == 3
    assert "errors" in data and "reliability" in data and "relevance.f1" in data["metrics"]
    result = runner.invoke(load_commands(), ["eval", str(wn), "--markdown"])
    assert result.exit_code == 0 and "| relevance F1 |" in result.output


@pytest.mark.slow
def test_eval_takes_a_sets_folder_and_refuses_one_with_no_set_in_one_line(tmp_path: Path):
    """`wirecoder eval ../shared/gold/ucdp` scores that set's file; a folder that holds no one set is one line."""
    from conftest import shared_path
    from wirecoder.cli import load_commands

    folder = shared_path("gold", "ucdp")
    result = CliRunner().invoke(load_commands(), ["eval", str(folder), "-n", "2", "--no-actors"])
    assert result.exit_code == 0, result.output
    assert "events found" in result.output
    result = CliRunner().invoke(load_commands(), ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.output and "Traceback" not in result.output

"""PETRARCH2's verb transformations (coding/transforms.py): reported attacks, wanted attacks, attempts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.article import Article
from wirecoder.coding.patterns import load_patterns
from wirecoder.coding.transforms import load_transforms
from wirecoder.errors import DataError


def _events(pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    art = pipeline(Article(raw=text, source="test", published="2024-05-02"))
    return [
        ((e.source.cameo if e.source else None), (e.target.cameo if e.target else None), e.cameo["code"])
        for e in art.events
    ]


def test_transforms_are_converted_from_the_petrarch_dictionary():
    rules = load_patterns().transforms
    names = {(r.name, r.lower, r.lower_source, r.code) for r in rules}
    assert ("say", "19", "b", "112") in names and ("claim", "19", "a", "015") in names
    assert ("want", "19", "b", "021") in names and ("attempt", "186", "_", "185") in names
    say = next(r for r in rules if r.name == "say")
    assert {"say", "tell", "state"} <= say.upper


def test_saying_another_actor_attacked_is_an_accusation_and_the_attack_stays(short):
    coded = _events(short, "Norway said that Sweden had attacked Denmark.")
    assert ("NOR", "SWE", "112") in coded
    assert any(c[0] == "SWE" and c[2].startswith("19") for c in coded)


def test_claiming_ones_own_attack_is_a_claim_of_responsibility(short):
    coded = _events(short, "Chile claimed that it had attacked Peru.")
    assert ("CHL", "PER", "015") in coded


def test_attribution_after_the_clause_is_not_an_accusation(short):
    coded = _events(short, "Sweden attacked Denmark on Monday, Norway said.")
    assert not any(c[2] in {"112", "015"} for c in coded), coded


def test_wanting_another_actor_to_attack_is_an_appeal(short):
    coded = _events(short, "Angela Merkel wants Norway to attack Denmark.")
    assert any(c[1] == "NOR" and c[2] == "021" for c in coded), coded
    assert not any(c[0] == "NOR" and c[2][:2] in {"13", "19"} for c in coded), coded


def test_bad_transform_file_names_the_file(tmp_path: Path):
    path = tmp_path / "verbs.petrarch.yaml"
    path.write_text(
        "verbs: []\ntransforms:\n- {id: 'x:~say:attack:b', upper: [say], lower: '19', lower_source: z,"
        " lower_target: ., source: a, target: b, code: '112'}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="verbs.petrarch.yaml"):
        load_transforms(path, lambda code: True)


def test_reverse_only_petrarch_codes_make_the_subject_the_target():
    import importlib.util
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch_verbs.py"
    spec = importlib.util.spec_from_file_location("convert_petrarch_verbs", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("convert_petrarch_verbs", module)
    spec.loader.exec_module(module)
    known = {"030", "043", "042"}
    assert module._reverse_only(":030", known) == "030"
    assert module._reverse_only("043:042", known) is None and module._reverse_only("030", known) is None
    frames = [f for p in load_patterns().candidates("verb", "receive") for f in p.frames if f.code == "030"]
    assert frames and frames[0].target == ("nsubj", "nsubjpass") and "prep:from" in frames[0].source


def test_receiving_from_someone_is_their_act_toward_the_subject(short):
    assert ("CAN", "CHLCVL", "051") in _events(short, "Chilean villagers got support from Canada.")
    assert _events(short, "The plan got support from Canada.") == []  # the subject is no actor


def test_paired_petrarch_codes_add_the_act_back(short):
    """PETRARCH2's "[042:043]" on "rush to X": a visit by the subject and X hosting it."""
    coded = _events(short, "The Chilean president rushed to Peru on Monday.")
    assert ("CHLGOV", "PER", "042") in coded and ("PER", "CHLGOV", "043") in coded

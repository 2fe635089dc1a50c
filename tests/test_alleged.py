"""What a speaker's reported clause alleges (coding/alleged.py): "X said Y had violated the truce" is X accusing
Y (112), "X said it had no role in the attack" a denial (016), "Y was to blame, X said" X blaming Y; plain
reporting ("police said two people died") is no statement. Every sentence is composed for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from composed import coder_on

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Malian foreign minister said Algeria was trying to undermine the peace accord.", "MLI", "DZA"),
        ("Officials in Kampala said Sudan had repeatedly breached the border agreement.", None, "SDN"),
        ('"Belgrade is trying to destabilise our country," the Kosovo prime minister told reporters.', None, None),
        ("Chad's government spokesman said Libya had failed to stop arms smuggling across the desert.", "TCD", "LBY"),
        ("The Colombian interior minister said Venezuela was to blame for the crisis on the border.", "COL", "VEN"),
        ("Ecuador is to blame for the dispute, the Peruvian trade minister said on Friday.", "PER", "ECU"),
    ],
)
def test_a_reported_wrongdoing_is_the_speakers_accusation(short, text, source, target):
    evs = events(short, text)
    assert [e.cameo["root"] for e in evs] == ["11"], [e.cameo["code"] for e in evs]
    if source:
        assert evs[0].source is not None and evs[0].source.country == source
    if target:
        assert evs[0].target is not None and evs[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The armed group said in a statement that it had no role in the kidnapping of the engineers.",
        "The rebel alliance said it was not involved in the blast at the railway station.",
    ],
)
def test_a_speaker_denying_its_role_is_a_denial(short, text):
    evs = events(short, text)
    assert [e.cameo["code"] for e in evs] == ["016"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Accra said three people died when a storage tank exploded at the port.",
        "The minister said the talks had failed.",
        "The mayor said the storm had damaged hundreds of homes.",
        "The coach said his players were trying to provoke a reaction from the crowd.",
    ],
)
def test_plain_reporting_and_no_wrongdoing_give_no_accusation(short, text):
    assert not [e for e in events(short, text) if e.cameo["root"] in {"01", "11"}]


def test_a_negated_wrongdoing_is_no_accusation(short):
    evs = events(short, "The Malian foreign minister said Algeria did not violate the accord.")
    assert not [e for e in evs if e.cameo["root"] == "11"]


def test_according_to_a_speaker_a_wrongdoing_is_its_accusation(short):
    evs = events(
        short, "According to the Greek government, Turkey has violated the airspace agreement dozens of times."
    )
    assert evs and evs[0].cameo["root"] == "11"
    assert evs[0].target is not None and evs[0].target.country == "TUR"


def test_a_negated_acceptance_is_a_rejection(short):
    evs = events(short, '"We will never accept foreign troops on our soil," the Bolivian defence minister said.')
    assert [e.cameo["root"] for e in evs] == ["12"]
    assert evs[0].source is not None and evs[0].source.country == "BOL"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Somali government held al-Shabaab responsible for the bombing of the hotel.", "SOM", None),
        ("The Nigerian army said Boko Haram was behind the abduction of the schoolgirls.", "NGA", None),
    ],
)
def test_holding_responsible_and_being_behind_are_accusations(short, text, source, target):
    evs = events(short, text)
    # the accusation; the act the accused is said to have done is its own event too ("held X responsible for the
    # bombing": the bombing by X; "said X was behind the abduction": the abduction by X, coding/behind_doers.py)
    accused = [e for e in evs if e.cameo["root"] == "11"]
    assert accused, [e.cameo["code"] for e in evs]
    assert accused[0].source is not None and accused[0].source.country == source


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rebel alliance said it had nothing to do with the explosion near the barracks.", "016"),
        ("The separatist group said it was not behind the attack on the pipeline.", "016"),
        ("The mayor said the council had nothing to do with the concert this year.", None),
    ],
)
def test_nothing_to_do_with_an_attack_is_a_denial(short, text, code):
    codes = [e.cameo["code"] for e in events(short, text)]
    assert codes == ([code] if code else []) or (code is None and "016" not in codes)


def test_a_quoted_wrongdoing_by_a_pronoun_speaker_is_the_named_speakers_accusation(short):
    text = 'The Malawian president addressed lawmakers on Monday. "Zambia has breached the fishing treaty," he said.'
    evs = [e for e in events(short, text) if e.sentence_index == 1]
    assert [e.cameo["root"] for e in evs] == ["11"]
    assert evs[0].source is not None and evs[0].source.country == "MWI"
    assert evs[0].target is not None and evs[0].target.country == "ZMB"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Romania protested to Hungary over the remarks of its prime minister.", "111"),
        ("The Croatian foreign ministry protested to the Serbian embassy about the border incident.", "111"),
        ("Nurses protested to the health minister about unpaid wages.", "141"),
    ],
)
def test_a_state_protesting_to_a_state_disapproves(short, text, code):
    evs = events(short, text)
    assert evs and evs[0].cameo["code"] == code, [e.cameo["code"] for e in evs]


def test_the_composed_speaker_set_keeps_its_scores(short):
    """The main event's CAMEO root is right on at least 0.80 of tests/data/verbal_speakers.yaml (0.73 on its
    first 40 leads before these rules) and "is there an event" keeps F1 >= 0.90."""
    rows = yaml.safe_load((Path(__file__).parent / "data" / "verbal_speakers.yaml").read_text(encoding="utf-8"))
    right = tp = fp = fn = 0
    for row in rows:
        evs = events(short, row["text"])
        want, root = row.get("root"), (evs[0].cameo["root"] if evs else None)
        right += (root is None) if want is None else (root in want)
        tp += bool(want) and bool(evs)
        fp += (not want) and bool(evs)
        fn += bool(want) and not evs
    assert right / len(rows) >= 0.80
    assert 2 * tp / (2 * tp + fp + fn) >= 0.90


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ('"The raids are a violation of our sovereignty," the Syrian foreign minister said.', "11"),
        ("The Cuban president said the embargo was a breach of international law.", "11"),
        ('"The rain was a clear violation of my plans," the hiker said.', None),
    ],
)
def test_saying_an_act_breaks_international_law_condemns_it(short, text, root):
    roots = [e.cameo["root"] for e in events(short, text)]
    assert roots[:1] == ([root] if root else [])

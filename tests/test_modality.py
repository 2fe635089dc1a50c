"""Negation, hypothetical, future and hedge flags on sentences parsed with the real spaCy pipeline."""

from __future__ import annotations

import pytest

from wirecoder.coding.modality import flags

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(settings):
    from wirecoder.nlp import load_spacy

    return load_spacy(settings.spacy_model)


def flags_of(nlp, sentence: str, trigger: str) -> dict:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    return flags(token)


def on(result: dict) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future") if result[k]}


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The navy shelled the harbour at dawn.", "shelled", set()),
        ("The navy did not shell the harbour.", "shell", {"negated"}),
        ("The navy never shelled the harbour.", "shelled", {"negated"}),
        ("The navy didn't shell the harbour.", "shell", {"negated"}),
        ("No strikes were carried out overnight.", "strikes", {"negated"}),
        ("Nobody was injured in the fire.", "injured", {"negated"}),
        ("Neither army crossed the river.", "crossed", {"negated"}),
        ("The envoy failed to reach the camp.", "reach", {"negated"}),
        ("The cabinet refused to meet the strikers.", "meet", {"negated"}),
        ("The faction denied shelling the market.", "shelling", {"negated"}),
        ("The faction denied that it shelled the market.", "shelled", {"negated"}),
        ("The guards did not fail to stop the convoy.", "stop", set()),
        ("The militia may raid the depot.", "raid", {"hypothetical"}),
        ("Analysts think the rebels might regroup.", "regroup", {"hypothetical"}),
        ("If the envoy leaves, the truce will collapse.", "leaves", {"hypothetical"}),
        ("A possible offensive was discussed by generals.", "offensive", {"hypothetical"}),
        ("The cabinet is considering expelling the diplomats.", "expelling", {"hypothetical"}),
        ("The truce will collapse within days.", "collapse", {"future"}),
        ("The governor vowed to rebuild the bridge.", "rebuild", {"future"}),
        ("The rebels threatened to seize the airport.", "seize", {"future"}),
        ("The ministry plans to recruit more teachers.", "recruit", {"future"}),
        ("The army is going to withdraw next month.", "withdraw", {"future"}),
        ("The union said it would strike on Monday.", "strike", {"future"}),
        ("The council pledged not to tolerate any raids.", "tolerate", {"future", "negated"}),
        ("The city will not host the summit.", "host", {"future", "negated"}),
        ("The donors stand ready to help the flood victims.", "help", {"future"}),
        ("The rebels neither advanced nor withdrew.", "advanced", {"negated"}),
        ("The rebels neither advanced nor withdrew.", "withdrew", {"negated"}),
        ("Neither the navy nor the coast guard boarded the ship.", "boarded", {"negated"}),
        ("The raid was not carried out.", "raid", {"negated"}),
        ("The villagers agreed to leave the valley.", "leave", {"future"}),
    ],
)
def test_modality_flags(nlp, sentence, trigger, expected):
    assert on(flags_of(nlp, sentence, trigger)) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The mayor did not yield to the strikers' demands.", "demands"),
        ("Nobody knew which route the convoy had taken.", "taken"),
        ("The two parties signed a pact which allowed joint patrols.", "allowed"),
        ("The minister hesitated and resigned.", "resigned"),
    ],
)
def test_modality_stays_in_the_trigger_clause(nlp, sentence, trigger):
    """Negation or intent on a noun the trigger modifies, or on a conjoined verb, is not the trigger's."""
    assert on(flags_of(nlp, sentence, trigger)) == set()


def test_modality_reporting_hedges_lower_confidence_only(nlp):
    result = flags_of(nlp, "Bandits reportedly looted three shops.", "looted")
    assert result == {"negated": False, "hypothetical": False, "future": False, "hedge": "reportedly"}
    assert flags_of(nlp, "Smugglers allegedly bribed the guards.", "bribed")["hedge"] == "allegedly"
    suspected = flags_of(nlp, "The suspected ambush delayed the convoy.", "ambush")
    assert suspected["hedge"] == "suspected" and not suspected["hypothetical"]


def test_modality_hypothetical_cue_is_the_hedge(nlp):
    assert flags_of(nlp, "The militia could attack the depot.", "attack")["hedge"] == "could"
    assert flags_of(nlp, "The militia may attack the depot.", "attack")["hedge"] == "may"


def test_modality_negation_of_another_clause_does_not_leak(nlp):
    assert not flags_of(nlp, "The mayor did not say that the police raided the club.", "raided")["negated"]
    assert not flags_of(nlp, "The police did not arrest the man but released him.", "released")["negated"]


def test_modality_keys(nlp):
    assert set(flags_of(nlp, "Crowds gathered.", "gathered")) == {"negated", "hypothetical", "future", "hedge"}

"""Round-36 quotelabels lane: threats and accusation labels said in so many words.

- A speaker saying foes will pay, regret or be punished, or that all options are on the table, threatens them (CAMEO
  130), as "vowed the attackers will pay dearly" already did (verbs.yaml say-threat); the one it is said of is the
  target. Told as not happening, said of a hardship or said by a sports speaker it is none.
- A speaker naming an act a war crime, genocide, state terrorism... as the predicate of a copula accuses its doer
  (CAMEO 112, verbs.yaml say-crime-label); the one the label is said of ("said of X") is the target. The label
  named as a subject or a topic ("said the massacre was commemorated") is no accusation.
Quoted threats with a violent verb keep their code.

Every sentence is composed for these tests; tests/data/cameo_sentences_quotes_r36*.yaml hold composed sentences,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, pair

events = coder_on("2026-12-01")


def main_code(short, text):
    evs = current(events(short, text))
    return (evs[0].cameo["code"], pair(evs[0])) if evs else (None, (None, None))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We will make them pay a heavy price," the Chadian defence minister said of the rebels.', "TCD"),
        ('"Those who cross this line will regret it," the Kyrgyz border chief said.', "KGZ"),
        ("The Japanese defence minister said all options remained on the table after the incursion.", "JPN"),
        ("The Ecuadorian president said the attackers would be punished severely.", "ECU"),
    ],
)
def test_said_threat_is_threaten(short, text, want):
    code, (src, _) = main_code(short, text)
    assert code is not None and code[:2] == "13"
    assert src == want


def test_threat_target_is_who_it_is_said_of(short):
    code, (src, tgt) = main_code(
        short, '"They will pay dearly," the Cameroonian army chief said of the Nigerian smugglers.'
    )
    assert code == "130" and src == "CMR" and tgt == "NGA"


@pytest.mark.parametrize(
    "text",
    [
        "The general said his soldiers would not pay a heavy price for the offensive.",
        "The Kenyan governor said all options were on the table to tackle the drought.",
        '"We will make them pay on Saturday," the Italian coach said of the visitors.',
        '"Rome will pay a heavy price, whoever wins," the striker said after the draw.',
    ],
)
def test_no_threat_without_a_foe(short, text):
    code, _ = main_code(short, text)
    assert code is None or code[:2] != "13"


def test_quoted_violent_threat_keeps_its_code(short):
    code, (src, _) = main_code(short, '"We will bomb their bases until they give up," the Yemeni army commander said.')
    assert code is not None and code.startswith("13") and src == "YEM"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"This is state terrorism," the Bolivian opposition leader said of the army crackdown.', ("BOL", "BOL")),
        ('"It is ethnic cleansing," the Serbian ombudsman said.', ("SRB", None)),
        ("Pakistan's foreign minister said the Indian strikes amounted to war crimes.", ("PAK", None)),
        ('"What happened in the village was a massacre," the Peruvian bishop said.', ("PER", None)),
    ],
)
def test_crime_label_is_accusation(short, text, want):
    code, got = main_code(short, text)
    assert code == "112"
    assert got[0] == want[0]
    if want[1] is not None:
        assert got[1] == want[1]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the 1994 massacre was commemorated on Sunday.",
        "The president said the biggest threat to the country was terrorism.",
        "The prosecutor said the war crimes trial would open in March.",
        "The commission said the killings in the camp did not amount to genocide.",
        '"Losing five-nil at home was a massacre," the Dutch coach said.',
        'The documentary "State Terrorism" won the main prize at the Berlin festival.',
        'The band\'s song "Genocide" topped the charts in Brazil this week.',
    ],
)
def test_no_accusation_without_a_label_said(short, text):
    code, _ = main_code(short, text)
    assert code != "112"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"What Minsk did at the border is a crime against humanity," the Lithuanian minister said.', ("LTU", "BLR")),
        (
            "The Libyan envoy said what the Egyptian air force was doing near Derna amounted to war crimes.",
            ("LBY", "EGY"),
        ),
        ("The Sudanese opposition leader said the army's campaign in Darfur was genocide.", ("SDN", "SDN")),
    ],
)
def test_crime_label_targets_the_doer_of_the_labelled_act(short, text, want):
    code, got = main_code(short, text)
    assert code == "112" and got == want


def test_crime_label_of_what_the_speaker_saw_has_no_target(short):
    code, (src, tgt) = main_code(short, '"What we saw in the camp was a massacre," the Dutch doctor said.')
    assert code == "112" and src == "NLD" and tgt is None

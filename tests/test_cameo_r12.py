"""Round-12 CAMEO-style sentences of political interaction: a finite verb the parser hung on the subject noun
as a relative clause, places visited or where talks are held (and the other side of talks) that say nothing
of the visitors' country, rounds of talks concluded, and meetings "due" to happen (intent, not held).

Every sentence is composed for these tests; tests/data/cameo_sentences_r12.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.nlp import load_spacy
from wirecoder.reduced_relatives import promote_participles

events = coder_on("2024-05-20")


@pytest.fixture(scope="module")
def nlp(short):
    from wirecoder.evaluation.run import eval_settings

    return load_spacy(eval_settings().spacy_model)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called on President Halvorsen to step down.",
        "The Malawian opposition leader called on the cabinet to publish the audit.",
    ],
)
def test_finite_verb_read_as_relative_clause_is_the_sentence_verb(short, text):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] in {"02", "10"}
    assert evs[0].source is not None and "leader" in evs[0].source.text


def test_a_participle_relative_with_its_own_finite_verb_is_left(nlp):
    doc = promote_participles(nlp("The man arrested near the border was released on bail on Friday."))
    assert next(t for t in doc if t.text == "released").dep_ == "ROOT"
    assert next(t for t in doc if t.text == "arrested").dep_ != "ROOT"


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister is expected to travel to Hanoi later this month.",
        "The president visited Ankara on Friday.",
        "The foreign minister arrived in Lisbon on Tuesday for talks with Portuguese officials.",
        "The defence minister met his Chilean counterpart in Santiago.",
        "The trade delegation flew to Nairobi for consultations.",
    ],
)
def test_a_place_visited_or_the_other_side_gives_the_visitor_no_country(short, text):
    evs = events(short, text)
    assert evs and evs[0].source is not None
    assert evs[0].source.country is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Police in Mombasa arrested 20 protesters on Monday.", "KEN"),
        ("Gunmen killed five villagers in an attack near Maiduguri.", "NGA"),
        ("Protesters clashed with Peruvian police in Cusco.", "PER"),
    ],
)
def test_a_place_of_an_incident_still_gives_its_generic_actors_a_country(short, text, iso3):
    evs = events(short, text)
    assert evs and evs[0].source is not None and evs[0].source.country == iso3


def test_a_round_of_talks_concluded_is_a_consultation_with_its_parties(short):
    evs = events(short, "Sudanese rebels and the government concluded a fresh round of negotiations in Jeddah.")
    assert evs and evs[0].cameo["root"] == "04"
    assert {e.source.country for e in evs if e.source is not None} == {"SDN"}


def test_a_meeting_due_to_happen_is_an_intent_not_a_meeting(short):
    evs = events(short, "Trade ministers of the bloc are due to discuss the tariff plan at their next summit.")
    assert all(e.cameo["root"] != "04" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's foreign ministry said the tariffs imposed by Ankara were illegal.",
        "Hanoi said Beijing's survey ships were a serious violation of its sovereignty.",
    ],
)
def test_an_act_said_to_be_unlawful_is_a_criticism(short, text):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == "11"


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer said it was illegal to hold anyone without charge.",
        "Police said illegal loggers had been arrested near the reserve.",
    ],
)
def test_unlawful_as_a_general_rule_or_a_description_is_no_criticism(short, text):
    assert all(e.cameo["root"] != "11" for e in events(short, text))

"""Round-13 CAMEO-style sentences of the less-told roots: recognition "as a state" (054), humanitarian goods and
"supply X with Y" (07), captives handed over (0841), inspectors let in to act (0862), aid and lending suspended
(162), deadlines of one day or month (100), international courts and UN bodies as IGOs, and pacts of conjoined
parties signed at a place (each a source, the place no target).

Every sentence is composed for these tests; tests/data/cameo_sentences_r13.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py`.
"""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


def codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in events(short, text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Portugal recognised Kosovo as an independent state on Thursday.", "054"),
        ("The Norwegian Refugee Council sent relief supplies to camps in northern Yemen on Monday.", "073"),
        ("Qatar provided Lebanon with fuel for its power plants on Monday.", "073"),
        ("The rebels handed over three captives to the Red Cross in Bangui on Friday.", "0841"),
        ("Germany suspended development aid to Burundi on Friday.", "162"),
        ("The army gave the militia one week to leave the town.", "100"),
        ("Sudan allowed UN monitors to enter Darfur on Monday.", "0862"),
    ],
)
def test_less_told_roots_are_coded(short, text, code):
    assert code in codes(short, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The museum recognised the donor as a patron of the arts.", "054"),
        ("The rebels handed over the suspect to police on Monday.", "0841"),
        ("The police provided the suspect with a lawyer.", "072"),
        ("The ministry provided journalists with details of the plan.", "073"),
        ("The bank suspended lending rate reviews pending an audit.", "162"),
        ("The referee allowed the players to continue after the break.", "0862"),
    ],
)
def test_look_alikes_are_not_those_acts(short, text, wrong):
    assert wrong not in codes(short, text)


def test_supply_with_names_the_receiver(short):
    evs = events(short, "The United States supplied Ukraine with air defence systems on Tuesday.")
    assert evs and evs[0].cameo["code"] == "072"
    assert evs[0].target is not None and evs[0].target.country == "UKR"


def test_international_court_is_no_national_judiciary(short):
    evs = events(short, "The International Criminal Court opened an investigation into alleged crimes in Venezuela.")
    assert evs and evs[0].source is not None
    assert evs[0].source.country is None and evs[0].source.sector == "IGO"


def test_conjoined_signers_at_a_place_sign_with_no_one_there(short):
    """The place of the signing is no party to it; the two signers are each a source (PLOVER's mutual act)."""
    evs = events(short, "Vietnam and South Korea signed a partnership agreement in Hanoi on Tuesday.")
    assert {e.source.country for e in evs if e.cameo["code"] == "057"} == {"VNM", "KOR"}
    assert all(e.target is None for e in evs if e.cameo["code"] == "057")


def test_signers_with_a_named_partner_keep_it(short):
    evs = events(short, "Kenya and Ethiopia signed a trade deal with the European Union in Brussels on Monday.")
    assert evs and all(e.target is not None and e.target.name == "European Union" for e in evs)


def test_lone_signer_at_a_place_has_no_target(short):
    evs = events(short, "Ghana signed a loan agreement in Accra on Friday.")
    assert evs and evs[0].target is None


def test_police_in_a_country_that_fired_are_of_that_country(short):
    """ "Police in X fired": X is where the police are, not X's army firing (the parser read the verb right)."""
    evs = events(short, "Police in Bangladesh fired tear gas at protesters on Monday.")
    assert evs and evs[0].source is not None and evs[0].source.text == "Police"
    assert evs[0].source.country == "BGD"


def test_country_before_strikes_noun_stays_the_striker(short):
    evs = events(short, "21 fighters killed in Turkey airstrikes")
    assert evs and evs[0].source is not None and evs[0].source.country == "TUR"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Indonesian government denied entry to a Dutch journalist at Jakarta airport on Sunday.", "120"),
        ("Israel denied the charges on Monday.", "016"),
    ],
)
def test_denials_and_refusals(short, text, code):
    assert codes(short, text)[:1] == [code]


def test_dismissing_an_official_is_no_denial(short):
    assert "016" not in codes(short, "The president dismissed the defence minister on Monday.")


def test_rejected_criticism_from_names_its_maker(short):
    evs = events(short, "Argentina's government rejected criticism from the IMF on Monday over its currency controls.")
    assert evs and evs[0].cameo["root"] == "12" and evs[0].target is not None and evs[0].target.text.endswith("IMF")


def test_aid_received_from_is_no_said_thing(short):
    assert not any(e.cameo["root"] == "12" for e in events(short, "Kenya received aid from Japan on Monday."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tunisian authorities placed the main opposition leader under house arrest on Friday.", "173"),
        ("The Niger junta suspended the broadcasts of French media outlets on Thursday.", "172"),
    ],
)
def test_restrictions_and_house_arrest(short, text, code):
    assert code in codes(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister put the plan under review.",
        "The company placed an order for ten aircraft.",
        "The broadcaster suspended broadcasts during the storm.",
    ],
)
def test_placing_and_suspending_look_alikes(short, text):
    assert not {"172", "173"} & set(codes(short, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada froze all new development assistance to Haiti on Wednesday pending an audit.", "162"),
        ("The US withheld 95 million dollars in military aid from Egypt on Tuesday.", "162"),
        ("Moldova expelled four Russian embassy staff on Monday.", "166"),
        ("Kazakhstan and Uzbekistan staged joint counter-terrorism exercises near Tashkent on Thursday.", "062"),
    ],
)
def test_aid_frozen_envoys_expelled_joint_exercises(short, text, code):
    assert code in codes(short, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The government froze fuel prices on Monday.", "162"),
        ("The minister withheld 2 million dollars in fees from the contractor.", "162"),
        ("The company expelled two staff for misconduct.", "166"),
        ("Students did joint breathing exercises with their teachers.", "062"),
    ],
)
def test_freezing_expelling_exercising_look_alikes(short, text, wrong):
    assert wrong not in codes(short, text)

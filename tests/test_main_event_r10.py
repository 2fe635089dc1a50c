"""The main event of single news sentences (issue 11, class 8): advice is an appeal, a judgement an outlet
reports accuses no one. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    ("text", "code", "speaker", "addressee"),
    [
        ("The Chinese envoy said Japan should stop interfering in the affairs of the region.", "020", "envoy", "Japan"),
        ("The Kenyan president said Uganda should meet Rwanda in Nairobi next week.", "026", "president", "Uganda"),
    ],
)
def test_should_in_a_reported_clause_is_an_appeal(short, text, code, speaker, addressee):
    main = events(short, text)[0]
    assert main.cameo["code"] == code
    assert speaker in main.source.text and addressee in main.target.text


def test_must_in_a_reported_clause_stays_a_demand(short):
    main = events(short, "The foreign minister said Israel must withdraw its troops from the border area.")[0]
    assert main.cameo["root"] == "10"


@pytest.mark.parametrize(
    "text",
    [
        "According to the BBC, the Islamic State group was responsible for the bombing of the market in Raqqa.",
        "According to Xinhua, the separatists were responsible for the attack on the convoy near Quetta.",
        "According to local media, the Taliban were responsible for the attack on the convoy.",
    ],
)
def test_an_outlet_telling_who_is_responsible_accuses_no_one(short, text):
    evs = events(short, text)
    assert not [e for e in evs if e.cameo["root"] == "11"]
    assert all(e.source is not None for e in evs)


def test_an_actor_telling_who_is_responsible_accuses_them(short):
    evs = events(short, "According to the Nigerian army, Boko Haram was responsible for the bombing of the market.")
    accusations = [e for e in evs if e.cameo["code"] == "112"]
    assert accusations and "army" in accusations[0].source.text and "Boko Haram" in accusations[0].target.text
    assert any(e.cameo["root"] == "18" and e.source and "Boko Haram" in e.source.text for e in evs)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Yemeni rebels said they would respond forcefully to any Saudi aggression.", "13"),
        ("Caracas will respond firmly against any incursion into its territory, the defence minister said.", "13"),
    ],
)
def test_a_response_promised_to_any_attack_is_a_threat(short, text, root):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == root
    assert not [e for e in evs if e.cameo["root"] in {"18", "19"}]


def test_answering_one_past_attack_is_no_threat(short):
    evs = events(short, "Ankara responded to the attack by summoning the Swedish ambassador.")
    assert not [e for e in evs if e.cameo["root"] == "13"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said any attack on the dam would be met with force.",
        "Beijing warned that any deployment of missiles on the islands would be a serious escalation.",
    ],
)
def test_an_act_named_as_any_is_no_event(short, text):
    assert not [e for e in events(short, text) if e.cameo["root"] in {"15", "18", "19"}]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Students in Dhaka demanded the resignation of the vice-chancellor after three people died in clashes.", "10"),
        ("Kabul summoned the Pakistani envoy after four civilians were killed in cross-border shelling.", "11"),
    ],
)
def test_violence_told_as_the_circumstance_of_a_verbal_act_comes_after_it(short, text, first):
    evs = events(short, text)
    assert evs[0].cameo["root"] == first
    assert any(e.cameo["root"] in {"18", "19"} for e in evs[1:])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan government condemned Pakistani firing that killed five villagers in Kunar.",
        "Kazakhstan accused Kyrgyz border guards of killing two herders near the frontier.",
    ],
)
def test_violence_a_verbal_act_is_about_comes_after_it(short, text):
    evs = events(short, text)
    assert evs[0].cameo["root"] == "11"
    assert any(e.cameo["root"] in {"18", "19"} for e in evs[1:])


def test_calling_an_act_a_provocation_in_a_reported_clause_is_a_criticism(short):
    evs = events(short, "The Polish foreign minister said the Belarusian decision was an unacceptable provocation.")
    assert evs and evs[0].cameo["root"] == "11"


@pytest.mark.parametrize(
    "text",
    [
        "Ankara shrugged off Washington's warnings about the purchase of the missile system.",
        "The Hungarian prime minister brushed aside criticism from Brussels over the new media law.",
    ],
)
def test_waving_away_a_charge_or_a_warning_is_a_rejection(short, text):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == "12"


def test_brushing_off_dust_is_no_event(short):
    assert events(short, "The farmer brushed off the dust from his tractor before the parade in Lahore.") == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Riot police in Lagos responded with tear gas and batons.", "17"),
        ("The Sudanese army responded with artillery fire on paramilitary positions in Omdurman.", "19"),
    ],
)
def test_a_response_made_with_force_is_that_force(short, text, root):
    evs = events(short, text)
    assert evs and evs[0].cameo["root"] == root


def test_a_response_made_with_words_is_no_act_of_force(short):
    assert not [
        e for e in events(short, "The ministry responded with a statement on Friday.") if e.cameo["root"] > "13"
    ]

"""Round 36, figurative lane: a measure shot down, torpedoed or scuttled by a body is a rejection (CAMEO 120), no
force; commanding a unit is leading it, no demand; a broadside fired by no armed party is words; a bowler's
play is no attack; an act told in a relative clause nested in another is a person's past. Real incidents told in
the same shapes stay events with their tolls. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-03-10")


def _codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in current(events(short, text))]


def _force(short, text: str) -> list[str]:
    return [c for c in _codes(short, text) if c[:2] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian Congress shot down the mining reform by 61 votes to 40 on Tuesday.",
        "Latvia's parliament shot down the government's new tax package on Wednesday.",
        "Opposition deputies in Bolivia torpedoed the electoral bill in a late vote.",
        "Conservative senators scuttled the migration agreement on Thursday.",
    ],
)
def test_a_measure_shot_down_or_torpedoed_by_a_body_is_a_rejection(short, text):
    codes = _codes(short, text)
    assert codes and all(c.startswith("12") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ukrainian air defences shot down 14 drones over Odesa overnight, the air force said.", "150"),
        ("Rebels shot down an army helicopter in South Kivu on Monday, killing three crew.", "190"),
    ],
)
def test_aircraft_and_drones_shot_down_stay_force(short, text, code):
    assert code in _codes(short, text)


def test_a_thing_that_torpedoes_a_plan_rejects_nothing(short):
    assert _codes(short, "A row over grazing rights scuttled the trade deal between the two provinces.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The general who commanded the armoured division during the war testified in Zagreb on Thursday.",
        "She commanded the fleet for six years before retiring to Porto.",
        "The admiral who commanded the frigate that shelled the port gave evidence on Monday.",
    ],
)
def test_commanding_a_unit_is_no_demand(short, text):
    assert not [c for c in _codes(short, text) if c.startswith("10")]


def test_ordering_troops_to_a_border_stays_a_mobilization(short):
    assert "154" in _codes(short, "The president ordered troops to the northern border on Monday.")


def test_a_broadside_at_a_budget_is_words(short):
    assert _force(short, "Ghana's opposition fired a broadside at the budget on Tuesday.") == []


def test_a_frigates_broadside_that_kills_stays_force(short):
    evs = [
        e
        for e in current(events(short, "The frigate fired a broadside at the pirate skiff on Monday, killing two men."))
        if e.cameo["code"][:2] in {"18", "19", "20"}
    ]
    assert evs and evs[0].fatalities == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka's spinners destroyed the middle order before tea in Galle.",
        "England's pacemen ripped through the Indian top order on the first morning at Lord's.",
    ],
)
def test_a_bowlers_play_is_no_attack(short, text):
    assert _force(short, text) == []


def test_an_attack_on_batsmen_stays_an_attack(short):
    assert _force(short, "A mob attacked two batsmen outside the stadium in Multan on Sunday, injuring one.")


@pytest.mark.parametrize(
    "text",
    [
        "The major who led the soldiers that raided the market later joined the cabinet.",
        "The captain who trained the militiamen that burned the village now runs a farm in Ituri.",
    ],
)
def test_an_act_in_a_nested_relative_clause_is_a_persons_past(short, text):
    assert _force(short, text) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The militiamen who stormed the village of Ngala on Monday killed seven farmers, residents said.", 7),
        ("Soldiers who were guarding the convoy that came under fire on Sunday killed four attackers near Gao.", 4),
    ],
)
def test_real_incidents_told_with_relative_clauses_keep_their_tolls(short, text, dead):
    evs = [e for e in current(events(short, text)) if e.cameo["code"][:2] in {"18", "19", "20"}]
    assert any(e.fatalities == dead for e in evs), [(e.cameo["code"], e.fatalities) for e in evs]


def test_a_scathing_attack_on_a_pay_offer_is_words(short):
    text = "The dockers' union launched a scathing attack on the port authority's pay offer in Durban."
    assert _force(short, text) == []


def test_an_attack_on_a_base_stays_an_attack_with_its_toll(short):
    text = "Militants launched an attack on an army base near Menaka on Sunday, killing nine soldiers."
    evs = [e for e in current(events(short, text)) if e.cameo["code"][:2] in {"18", "19", "20"}]
    assert any(e.fatalities == 9 for e in evs)


def test_a_headlines_reduced_participles_are_no_nested_past(short):
    text = "Envoy summoned after farmer killed in border firing"
    assert _force(short, text)

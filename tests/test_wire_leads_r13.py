"""Wire-service leads the coordinator composed to probe the merged round (every sentence written for these
tests): counted objects of arson, "neighbouring X" read as a verb, a killing told in an "after" clause of a
non-violent act, a participle on a light verb's strike, and a licence suspended only of the media."""

from __future__ import annotations

import pytest

from composed import coder_on

_events = coder_on("2026-03-10", source="t")


@pytest.mark.parametrize(
    "text",
    [
        "Gang members set fire to dozens of homes in Port-au-Prince on Saturday.",
        "Militiamen set fire to some of the houses in the village before withdrawing.",
        "Soldiers set fire to hundreds of shops in the old city overnight.",
    ],
)
def test_arson_on_counted_property_is_coded(short, text):
    assert any(e.cameo["code"] == "1712" for e in _events(short, text))


def test_arson_on_counted_non_property_stays_uncoded(short):
    assert not any(
        e.cameo["code"] == "1712" for e in _events(short, "Fans set fire to dozens of flares in the stands.")
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ethiopia accused neighbouring Eritrea on Sunday of arming rebels in the Tigray region.", "ERI"),
        ("Pakistan blamed neighbouring Afghanistan for sheltering militants who attacked a checkpoint.", "AFG"),
    ],
)
def test_neighbouring_before_a_name_is_a_modifier(short, text, target):
    accusations = [e for e in _events(short, text) if e.cameo["root"] == "11"]
    assert accusations and accusations[0].target is not None and accusations[0].target.country == target


def test_a_killing_in_an_after_clause_of_a_cut_in_relations_is_an_event(short):
    text = (
        "The president suspended peace talks with the ELN guerrilla group on Sunday after the rebels killed nine "
        "soldiers in an attack on a military base in Arauca."
    )
    events = _events(short, text)
    assert any(e.cameo["code"].startswith("16") for e in events)
    assert sum(e.fatalities or 0 for e in events) == 9


def test_a_bare_topic_in_an_after_clause_stays_background(short):
    text = "The government suspended talks with the rebels after weeks of fighting."
    assert not any(e.cameo["root"] in {"18", "19", "20"} for e in _events(short, text) if not e.background)


@pytest.mark.parametrize(
    "verb",
    ["carried out", "launched"],
)
def test_a_participle_on_a_light_verbs_strike_is_the_strike(short, verb):
    text = f"The military {verb} air strikes on a village in Sagaing region on Saturday, killing at least 17 civilians."
    events = _events(short, text)
    strikes = [e for e in events if e.cameo["code"] == "195"]
    assert len(events) == 1 and strikes and strikes[0].fatalities == 17


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The ministry suspended the licence of a private school.", False),
        ("Authorities suspended the licence of the independent television channel for a month.", True),
    ],
)
def test_a_suspended_licence_restricts_only_the_media(short, text, coded):
    assert any(e.cameo["code"] == "172" for e in _events(short, text)) is coded


@pytest.mark.parametrize(
    "text",
    [
        "North Korea test-fired two short-range ballistic missiles into the sea on Thursday.",
        "Iran test-launched a new cruise missile on Monday, state media said.",
    ],
)
def test_a_missile_test_is_a_show_of_force(short, text):
    events = _events(short, text)
    assert [e.cameo["code"] for e in events] == ["150"] and events[0].fatalities is None


def test_missiles_fired_at_a_place_stay_an_attack(short):
    events = _events(short, "North Korea fired two ballistic missiles at a South Korean island on Thursday.")
    assert [e.cameo["root"] for e in events] == ["19"]


def test_a_hyphenated_adjective_stays_a_modifier(short):
    events = _events(short, "A well-armed group attacked the convoy near the border.")
    assert [e.cameo["root"] for e in events] == ["19"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The African Union suspended Niger's membership after the coup.", "NER"),
        ("ECOWAS suspended the membership of Guinea on Friday.", "GIN"),
    ],
)
def test_a_suspended_member_is_the_target(short, text, target):
    cut = [e for e in _events(short, text) if e.cameo["code"] == "161"]
    assert cut and cut[0].target is not None and cut[0].target.country == target


def test_troops_ordered_to_a_border_are_a_mobilisation(short):
    text = "The president ordered troops to the border with Guyana on Monday, raising tensions over the region."
    events = [e for e in _events(short, text) if e.cameo["code"] == "154"]
    assert events and events[0].target is not None and events[0].target.country == "GUY"


def test_an_ordered_release_stays_a_demand(short):
    assert [e.cameo["code"] for e in _events(short, "The judge ordered the release of the journalist.")] == ["1053"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Islamist militants killed at least 20 people in a village in Borno state, a local official said on "
            "Sunday.",
            "Islamist militants",
        ),
        (
            "Separatist fighters abducted three teachers near Bamenda, the regional governor said.",
            "Separatist fighters",
        ),
    ],
)
def test_the_doer_of_a_reported_act_is_its_source(short, text, source):
    events = _events(short, text)
    assert events and events[0].source is not None and events[0].source.text == source


def test_a_reported_passive_keeps_its_victims(short):
    events = _events(short, "Militants killed in the raid included two commanders, the army said.")
    assert all(e.source is None or e.source.text != "Militants" for e in events)


def test_an_accident_clause_on_the_wounded_is_the_deads_accident_too(short):
    text = (
        "At least 30 people were killed and dozens injured when a passenger train derailed in eastern India on Friday."
    )
    assert sum(e.fatalities or 0 for e in _events(short, text)) == 0


def test_an_attack_clause_on_the_wounded_keeps_the_toll(short):
    text = "Five soldiers were killed and two wounded when militants ambushed their convoy near Kunduz on Monday."
    assert sum(e.fatalities or 0 for e in _events(short, text)) == 5


@pytest.mark.parametrize(
    "text",
    [
        "Armed bandits killed a village head in Zamfara state on Saturday.",
        "Gunmen shot dead the head of the local council in Gao on Monday.",
    ],
)
def test_the_head_of_a_place_or_body_is_one_dead(short, text):
    assert sum(e.fatalities or 0 for e in _events(short, text)) == 1


def test_a_head_of_cattle_is_no_one_dead(short):
    assert sum(e.fatalities or 0 for e in _events(short, "Thieves killed a head of cattle in the village.")) == 0


@pytest.mark.parametrize(
    "text",
    ["The court blocked the strike on Monday.", "The Senate blocked the bill on Tuesday."],
)
def test_a_measure_blocked_by_an_institution_is_no_protest(short, text):
    assert not any(e.cameo["root"] in {"14", "17"} for e in _events(short, text))


def test_a_road_blocked_by_protesters_stays_a_protest(short):
    events = _events(short, "Protesters blocked the highway to the airport on Monday.")
    assert [e.cameo["code"] for e in events] == ["144"]

"""Round 44 (wiki5): three general rules for whole news articles, tested on examples composed for these tests.

- A bare state ministry ("the foreign ministry", "the ministry") is a body that acts as its state (agents.yaml
  ``ruling: true``): with no owner it is not of the country its reported clause tells of or its act is aimed at,
  in a story about another country.
- A legislature impeaching an office holder is a formal charge against them (verbs.yaml ``impeach``: CAMEO 112,
  ACCUSE, as the Wikinews guide codes impeachment).
- A motion or resolution a body passes or approves speaks for that body (speech_verbs ``document_nouns``,
  combine/authors.py): "parliament passed a motion censuring the minister" is parliament's criticism.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type, pair

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    ("text", "sentence", "src_cc"),
    [
        (
            "Chile recalled its ambassador from Bolivia on Monday. Santiago said the decision followed weeks of "
            "tension over water rights. The foreign ministry accused Bolivian police of detaining three "
            "Chilean truck drivers without cause.",
            2,
            "CHL",
        ),
        (
            "Vietnam protested on Friday against new Chinese patrols near the Paracel Islands. Hanoi said the "
            "patrols broke international law. The ministry said Chinese coast guard ships had rammed a Vietnamese "
            "fishing boat.",
            2,
            "VNM",
        ),
    ],
)
def test_bare_ministry_is_the_story_country_not_the_one_spoken_of(short, text, sentence, src_cc):
    evs = [e for e in current(events(short, text)) if e.sentence_index == sentence and e.source is not None]
    ministry = [e for e in evs if "ministry" in (e.source.text or "").lower()]
    assert ministry, [(e.cameo["code"], e.source.text) for e in evs]
    assert all(e.source.country == src_cc for e in ministry), [pair(e) for e in ministry]


def test_ministry_keeps_the_country_of_its_own_place(short):
    text = "The ministry in Nairobi said police had arrested two suspects in the capital."
    evs = [e for e in events(short, text) if e.source is not None and "ministry" in (e.source.text or "").lower()]
    assert all(e.source.country in {"KEN", None} for e in evs)


@pytest.mark.parametrize(
    ("text", "pair_cc"),
    [
        ("South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol.", ("KOR", "KOR")),
        ("Lawmakers in Guatemala impeached the attorney general on Thursday.", ("GTM", "GTM")),
        ("The Brazilian senate impeached President Dilma Rousseff in 2016 over budget manipulation.", ("BRA", "BRA")),
    ],
)
def test_impeachment_is_an_accusation(short, text, pair_cc):
    evs = of_type(events(short, text), "ACCUSE")
    assert evs and evs[0].cameo["code"] == "112", text
    assert pair(evs[0]) == pair_cc


def test_a_failed_impeachment_is_told_as_not_happening(short):
    evs = of_type(events(short, "The House failed to impeach the judge after a long debate."), "ACCUSE")
    assert not current(evs)


@pytest.mark.parametrize(
    ("text", "code", "src_cc"),
    [
        ("Romania's parliament passed a motion censuring the health minister over hospital delays.", "111", "ROU"),
        ("The Kenyan senate approved a resolution condemning the treatment of migrant workers in Qatar.", "111", "KEN"),
        ("Canada's parliament passed a motion calling on Ottawa to expel the envoy.", "02", "CAN"),
    ],
)
def test_a_passed_motion_is_its_adopters_act(short, text, code, src_cc):
    evs = current(events(short, text))
    hit = [e for e in evs if e.cameo["code"].startswith(code)]
    assert hit, [(e.cameo["code"], e.source and e.source.text) for e in evs]
    assert hit[0].source is not None and hit[0].source.country == src_cc


@pytest.mark.parametrize(
    "text",
    [
        "The committee passed the ball back to the finance ministry.",
        "The bill passed its second reading on Tuesday.",
        "A resolution to the border dispute is still far away.",
    ],
)
def test_passing_words_without_a_speaking_motion_are_no_act(short, text):
    assert not [e for e in current(events(short, text)) if e.cameo["root"] in {"11", "02", "10"}]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers from Latvia will help Estonia reinforce the flood barrier on the river.",
        "The court ruling reinforced the mayor's position ahead of the vote.",
        "The new data reinforce fears of a slowdown in Chile.",
    ],
)
def test_reinforcing_things_is_no_coercion(short, text):
    assert not [e for e in current(events(short, text)) if e.cameo["root"] == "17"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian troops reinforced their positions along the border on Sunday.",
        "Soldiers reinforced the frontier with Guinea after the raid.",
    ],
)
def test_reinforcing_a_front_is_a_show_of_force(short, text):
    assert [e for e in current(events(short, text)) if e.plover["type"] == "MOBILIZE"]


def test_an_adopted_resolution_is_its_adopters_act_not_an_accord(short):
    text = "Peru's congress adopted a resolution condemning the killing of two journalists in Ecuador."
    evs = current(events(short, text))
    assert [e for e in evs if e.cameo["code"] == "111" and e.source is not None and e.source.country == "PER"]
    assert not [e for e in evs if e.cameo["code"] == "057"]


def test_an_adopted_solution_keeps_petrarchs_accord(short):
    evs = current(events(short, "Kenya and Somalia adopted a solution to end the dispute."))
    assert [e for e in evs if e.cameo["code"] == "057"]

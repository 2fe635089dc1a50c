"""Round-27 verbal lane: a statement judging an act is aimed at the act's "by" doer, wherever the parser hangs
the "by" (on the act's "of" object, on "what it called X", on the verb); papers that let people of another
country stay are asylum given (075); ships or gunboats blocking a fleet or a mission impose a blockade (191), no
protest; a "near" phrase hung on the last of conjoined craft or forces still makes the show of force (150 / 154).

Every sentence is composed for these tests; tests/data/cameo_sentences_targets_r27*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-11-16")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Austria condemned the arrest of an Austrian aid worker by Syrian security forces.", "AUT", "SYR"),
        ("Italy denounced the expulsion of its journalists by Egypt.", "ITA", "EGY"),
        ("Latvia protested against what it described as border violations by Belarusian helicopters.", "LVA", "BLR"),
        ("Japan condemned what it called dangerous manoeuvres by Chinese warships.", "JPN", "CHN"),
        ("Mexico welcomed the return of its citizens by the Peruvian government.", "MEX", "PER"),
    ],
)
def test_verbal27_judged_act_names_its_doer(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][0][:2] in {"05", "11"} and got[0][1:] == (src, tgt), got


@pytest.mark.parametrize(
    ("text", "tgt"),
    [
        # no "by": an arrest is made by the state where it happens (coding/custody_places.py, round 36), so the
        #   condemnation is aimed at Syria, not at the Austrian held (round 27 kept the patient's country)
        ("Austria condemned the arrest of an Austrian aid worker in Syria.", "SYR"),
        ("Italy criticised Egypt over the expulsion of its journalists.", "EGY"),  # the object is the actor
    ],
)
def test_verbal27_no_doer_keeps_the_roles_target(short, text: str, tgt: str):
    got = coded(short, text)
    assert got and got[0][2] == tgt, got


def test_verbal27_judged_doer_not_on_material_acts(short):
    got = coded(short, "Syrian forces arrested an Austrian aid worker accused by Damascus of spying.")
    assert got and got[0][0][:2] == "17" and got[0][1] == "SYR", got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ireland granted residence permits to 200 Ukrainian refugees.", "IRL", "UKR"),
        ("France issued humanitarian visas to 60 Sudanese students.", "FRA", "SDN"),
        ("Brazil gave refugee status to 30 Nicaraguan dissidents.", "BRA", "NIC"),
    ],
)
def test_verbal27_stay_papers_are_asylum(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("075", src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "The ministry granted permits to 40 mining firms.",  # permits for business are no asylum
        "Chile issued a warning to Peru over the fishing dispute.",  # issue still warns
    ],
)
def test_verbal27_other_papers_are_no_asylum(short, text: str):
    assert all(code != "075" for code, _, _ in coded(short, text))


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chinese warships blocked a Philippine fishing fleet near the reef.", "CHN", "PHL"),
        ("Eritrean gunboats blockaded a Yemeni freighter in the Red Sea.", "ERI", "YEM"),
    ],
)
def test_verbal27_armed_craft_blocking_is_a_blockade(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert got and got[0] == ("191", src, tgt), got


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen blocked the port of Mombasa to protest against new fees.",
        "Truck drivers blocked a convoy of lorries near the border crossing.",
    ],
)
def test_verbal27_civilians_blocking_stay_protest(short, text: str):
    got = coded(short, text)
    assert got and got[0][0] == "144", got


@pytest.mark.parametrize(
    ("text", "code", "src", "tgt"),
    [
        ("China sent 24 warplanes and three navy ships near Taiwan on Monday.", "150", "CHN", None),
        ("Russia sent 60 tanks and several artillery units near the Estonian border.", "154", "RUS", "EST"),
        ("Russia sent 20 bombers around Japan.", "150", "RUS", "JPN"),
    ],
)
def test_verbal27_show_of_force_with_conjoined_craft(short, text: str, code: str, src: str, tgt: str | None):
    got = coded(short, text)
    assert got and got[0][:2] == (code, src), got
    if tgt is not None:
        assert got[0][2] == tgt, got


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent food and blankets to families near the quake zone.",  # aid, no show of force
        "The company sent 30 trucks and two cranes near the port.",  # no war craft
    ],
)
def test_verbal27_conjoined_goods_near_a_place_are_no_show_of_force(short, text: str):
    assert all(code[:2] != "15" for code, _, _ in coded(short, text))

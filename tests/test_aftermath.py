"""Attacks told again in the sentences after them (coding/aftermath.py): the toll, the wounded, the
weapon, the effects of an attack already reported are that attack, joined to its incident so that a
country table counts the story's toll once; fires, quakes, heart attacks and bomb scares are no attack.

Every sentence is composed for these tests (countries, names and wordings vary)."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest
import yaml

from wirecoder import Article, incidents
from wirecoder.analysis.aggregate import aggregate
from wirecoder.coding.aftermath import retold
from wirecoder.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "aftermath_stories.yaml"


def _article(pipeline, text: str, published: str = "2024-03-11"):
    return pipeline(Article(raw=text, source="t", id="story", published=published))


def _assaults(article, sentence: int):
    return [e for e in article.events if e.sentence_index == sentence and e.plover.get("type") == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen opened fire on worshippers at a mosque in Zaria on Friday. The death toll climbed to 19.", 19),
        ("A roadside bomb hit a bus near Khost on Sunday. Twelve bodies were taken to the provincial hospital.", 12),
        ("Militants ambushed a convoy in Borno state on Monday. The ambush left 11 soldiers dead.", 11),
        ("Israeli jets struck a building in Rafah on Tuesday. The strike left at least 8 people dead.", 8),
    ],
)
def test_aftermath_a_later_toll_is_the_attack_with_its_figure(short, text, killed):
    art = _article(short, text)
    later = _assaults(art, 1)
    assert later and later[0].fatalities == killed
    assert later[0].acled["event_type"] == _assaults(art, 0)[0].acled["event_type"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police station in Bannu on Thursday. A constable suffered wounds in the attack.",
        "A suicide bomber struck a rally in Quetta on Friday. Fourteen injured people were rushed to hospital.",
        "Attackers stabbed a priest in Nice on Monday. He survived the attack.",
        "Rebels shelled a market in Goma on Monday. The shelling set fire to dozens of stalls.",
        "A bomb exploded at a bus stop in Jerusalem on Wednesday. The bomb had been hidden in a bag.",
        "Militants stormed an army base in Niger on Saturday. A van loaded with explosives was rammed into the gate.",
        "Drones hit an airfield in Kursk overnight. The attack consisted of six drones launched from the south.",
        "Jets bombed a convoy near Sirte on Friday. Other victims included a customs officer and two drivers.",
        "Police fought gang members in Port-au-Prince on Monday. The army said the clashes lasted four hours.",
        "Bandits raided a village in Katsina on Friday. The raiders fired machine guns and threw grenades.",
    ],
)
def test_aftermath_wounds_weapon_and_effects_retell_the_attack(short, text):
    art = _article(short, text)
    later = _assaults(art, 1)
    assert later, [(e.cameo["code"], e.sentence_index) for e in art.events]
    assert all(e.fatalities in (None, 0) for e in later)


@pytest.mark.parametrize(
    "text",
    [
        # no attack in the story: a fire, a quake, an illness, a scare, a device made safe
        "A fire killed six patients at a hospital in Baghdad on Saturday. The death toll rose to nine.",
        "A strong earthquake struck western Nepal on Friday. The death toll from the quake rose to 150.",
        "Floods killed 20 people in Kerala on Monday. Thirty bodies have since been recovered.",
        "A magnitude 5.8 quake shook southern Peru on Sunday. Forty bodies were recovered from the ruins.",
        "The former governor died of a heart attack on Sunday. He suffered wounds in a fall last year.",
        "A bomb scare closed the airport in Oslo for three hours. The device was a toy.",
        "Police defused a bomb outside a church in Lahore on Sunday. The bomb had been left in a bag.",
    ],
)
def test_aftermath_no_attack_no_retelling(short, text):
    art = _article(short, text)
    assert not [e for e in art.events if e.plover.get("type") == "ASSAULT"], [e.cameo["code"] for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        # talk about the attack is no attack told again; a later sentence of another matter tells nothing
        "Gunmen killed three traders in Kano on Monday. The governor condemned the attack.",
        "A car bomb exploded in Mogadishu on Sunday. Police have opened an investigation into the blast.",
        "Troops shelled a village in Idlib on Tuesday. The foreign minister flew to Ankara on Wednesday.",
        # what may come, and a demand by people of the story
        "Rebels attacked an army post near Beni on Monday. The fighting is expected to resume.",
        "Gunmen raided a village in Zamfara on Friday. Relatives of the wounded demanded compensation.",
    ],
)
def test_aftermath_talk_about_the_attack_adds_no_attack(short, text):
    art = _article(short, text)
    assert not [e for e in _assaults(art, 1) if retold(e)]


def test_aftermath_a_later_death_in_the_attack_joins_it_and_takes_its_place(short):
    art = _article(short, "Militants stormed a hotel in Kismayo on Friday. Nine guests were killed in the attack.")
    first, later = _assaults(art, 0)[0], _assaults(art, 1)
    assert later and all(retold(e) for e in later) and later[0].fatalities == 9
    assert later[0].location == first.location and later[0].date == first.date


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("Three blasts tore through a shopping street in Karachi on Monday.", True),
        ("A man drove a van into a crowd of pedestrians in Toronto on Monday.", True),
        ("A truck loaded with explosives was driven into the gate of an army camp in Somalia.", True),
        ("A lorry crashed into a crowd of pilgrims near Mecca.", False),  # an accident: no driver acting
        ("The farmer drove his tractor into the barn in Ohio.", False),
        ("The company drove its prices into the ground.", False),
        ("Mortar fire struck a clinic on the edge of Khartoum on Friday.", True),
        ("A drone strike destroyed a pickup truck near Sanaa.", True),
        ("The bombing hit the headlines in Paris.", False),
    ],
)
def test_aftermath_attacks_told_by_explosions_and_vehicles(short, text, violent):
    art = _article(short, text)
    assert bool([e for e in art.events if e.plover.get("type") == "ASSAULT"]) is violent


def test_aftermath_a_bare_toll_again_joins_the_attack_but_more_victims_and_other_attacks_do_not(short):
    text = (
        "A car bomb killed six people outside a court in Aden on Sunday. "
        "Six people were killed and twelve wounded, a security official said. "
        "Two more guards were also killed. "
        "In a separate attack, gunmen shot dead a judge in Taiz."
    )
    art = _article(short, text)
    assert [retold(e) for e in _assaults(art, 1)] == [True]
    assert _assaults(art, 1)[0].acled == _assaults(art, 0)[0].acled
    assert _assaults(art, 2) and not any(retold(e) for e in _assaults(art, 2))
    assert _assaults(art, 3) and not any(retold(e) for e in _assaults(art, 3))


def test_aftermath_one_incident_told_in_three_sentences_is_counted_once(short):
    text = (
        "A suicide bomber killed seven people at a wedding in Jalalabad on Saturday. "
        "The death toll rose to 12 on Sunday, officials said. "
        "Twelve bodies were handed over to the families."
    )
    art = _article(short, text, "2024-03-11")
    tolls = [e.fatalities for e in art.events if e.plover.get("type") == "ASSAULT"]
    # the seven and the bomber, whose death the lead leaves untold (round 24), are counted again in the risen toll
    # of 12, which the attack carries; the risen sentence's retelling adds none (round 28, coding/risen_tolls.py)
    assert tolls == [12, None, 12]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.db")
        try:
            store.save(art)
            incidents.update(store)
            rows = aggregate(store, "country")
        finally:
            store.close()
    assert [(r["country"], r["events"], r["fatalities"]) for r in rows] == [("AFG", 1, 12)]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_aftermath", ROOT / "scripts" / "score_aftermath.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_aftermath_composed_stories_hold_their_scores(short):
    stories = yaml.safe_load(STORIES.read_text(encoding="utf-8"))
    coded = []
    for n, story in enumerate(stories):
        text = " ".join(s["text"] for s in story["sentences"])
        coded.append(short(Article(raw=text, source=f"s{n}", id=f"s{n}", published="2024-05-20")))
    result = _scorer().score(stories, coded)
    assert result["assault_p"] >= 0.95 and result["assault_r"] >= 0.9, result["misses"]
    assert result["story_toll_exact"] >= 0.85, result["misses"]


def test_aftermath_an_attack_placed_only_in_its_country_counts_its_toll_once(short):
    text = (
        "Insurgents attacked an army base in Burkina Faso on Monday, killing 15 soldiers. "
        "The army later raised the toll to 19 dead."
    )
    art = _article(short, text)
    tolls = [e.fatalities or 0 for e in art.events if e.plover.get("type") == "ASSAULT"]
    assert max(tolls) == 19 and sum(tolls) == 19  # the raised toll is the attack's (coding/note_tolls.py), once
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.db")
        try:
            store.save(art)
            incidents.update(store)
            rows = aggregate(store, "plover")
        finally:
            store.close()
    assert [(r["plover"], r["events"], r["fatalities"]) for r in rows if r["plover"] == "ASSAULT"] == [
        ("ASSAULT", 1, 19)
    ]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # an accident told in a story of fighting is no part of the fighting: its dead are counted by no one
        ("Militias fought for the hills above Kalehe on Monday. A lorry overturned near Minova, killing 16.", []),
        ("Rebels shelled villages outside Kidal on Sunday. A boat capsized on the river and 22 people drowned.", []),
        ("The army bombed rebel camps in Shan state on Friday. Two buses collided on the highway, killing nine.", []),
        # unless someone's act is told with it
        ("Gunmen attacked a minibus near Kaduna on Monday. It overturned after the driver was shot, killing 7.", [7]),
    ],
)
def test_aftermath_an_accident_in_a_story_of_fighting_lends_no_toll(short, text, tolls):
    art = _article(short, text)
    later = [e.fatalities for e in art.events if e.sentence_index == 1 and e.plover.get("type") == "ASSAULT"]
    assert [n for n in later if n] == tolls, [(e.cameo["code"], e.fatalities) for e in art.events]


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Two forest rangers died battling a wildfire in the hills above Patras on Sunday.", 0),
        ("Villagers fought the blaze through the night in Kebbi state.", 0),
        ("Government troops battled separatists near Bamenda on Sunday.", 1),
    ],
)
def test_fighting_a_fire_is_no_attack(short, text, attacks):
    art = _article(short, text)
    assert len([e for e in art.events if e.plover.get("type") == "ASSAULT"]) == attacks, [
        e.cameo["code"] for e in art.events
    ]

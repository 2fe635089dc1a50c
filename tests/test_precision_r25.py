"""Round-25 precision on long articles in which past violence is retold after a true incident of the week: an
old attack told as the agent of a passive verb with its own year ("the town was hit by a chemical attack in
2017, which killed 80") is dated by that year and stays background with its toll; attacks or violence said to
go on now in a later, undated sentence ("but attacks continue across the north-east") are no incident. Each
fix has look-alikes that must still code: the week's attack keeps its toll, a past "the fighting continued"
of the day's clash, a dated or counted "continue", and a lead that says fighting continues.

Every sentence is composed for these tests; tests/data/precision_r25.yaml and precision_r25_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding import lexicon

events = coder_on("2024-05-20")


def current(evs: list[Event]) -> list[Event]:
    return [e for e in evs if not (e.background or e.negated or e.hypothetical or e.future)]


def types(evs: list[Event]) -> list[str]:
    return [(e.plover or {}).get("type") for e in current(evs)]


def tolls(evs: list[Event]) -> list[int]:
    return [int(e.fatalities) for e in current(evs) if e.fatalities]


def test_precision25_word_lists_load():
    assert "continue" in lexicon.load("ongoing_violence")["going_verbs"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A drone strike killed five people in a village near Kobane on Sunday. The village was hit by a mortar "
            "attack in 2015, which killed more than 40 people.",
            5,
        ),
        (
            "Police said two officers were shot dead in Peshawar on Friday. The station was struck by a suicide "
            "bombing in 2013 that killed 25 people.",
            2,
        ),
    ],
)
def test_an_old_attack_as_a_passive_agent_keeps_its_year(short, text, toll):
    assert tolls(events(short, text)) == [toll]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The market was hit by a rocket attack on Sunday, which killed 12 people, officials said.", 12),
        ("The town was hit by shelling that killed seven civilians on Tuesday, residents said.", 7),
    ],
)
def test_a_current_attack_as_a_passive_agent_keeps_its_toll(short, text, toll):
    assert tolls(events(short, text)) == [toll]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits killed eleven villagers in Zamfara state on Tuesday, police said. The army says it has pushed "
        "the gangs back, but attacks continue across the north-west.",
        "Shelling killed four civilians in Kherson on Monday, officials said. Aid groups say the violence "
        "persists along the river.",
        "Militants killed three soldiers in an ambush near Wana on Friday. Analysts said the attacks have "
        "continued across the tribal districts.",
    ],
)
def test_violence_said_to_go_on_is_no_incident(short, text):
    evs = current(events(short, text))
    assert [e.sentence_index for e in evs if (e.plover or {}).get("type") == "ASSAULT"] == [0]
    assert tolls(evs) and tolls(evs)[0] > 0


@pytest.mark.parametrize(
    "text",
    [
        # a past telling retells the day's clash
        "Troops clashed with rebels near Beni on Saturday. The fighting continued into the night, residents said.",
        # a lead that fighting goes on
        "Fighting continues in the Sudanese city of El Fasher, residents said.",
        # a dated going on
        "Rebels attacked a base near Goma on Monday. Fighting continues on Tuesday around the airport.",
    ],
)
def test_violence_going_on_of_the_day_still_codes(short, text):
    evs = current(events(short, text))
    assert "ASSAULT" in types(evs)
    assert len([e for e in evs if (e.plover or {}).get("type") == "ASSAULT"]) >= (2 if "Tuesday" in text else 1)


@pytest.mark.parametrize(
    "text",
    [
        "Omar Farouk, a former army general, has died aged 84, his family said on Tuesday. He oversaw the assault on "
        "the city, in which thousands were killed. He later retired to the coast.",
        "The former rebel leader died aged 70 in Juba on Sunday. His fighters attacked the town of Bor, killing "
        "hundreds. He later joined the government.",
        "Jean Mutombo, a retired colonel, died at 88 in Kinshasa, his son said. Soldiers under his command killed "
        "about 300 villagers during the war.",
    ],
)
def test_an_obituarys_later_violence_is_history(short, text):
    evs = current(events(short, text))
    assert "ASSAULT" not in types(evs)
    assert tolls(evs) == []


@pytest.mark.parametrize(
    "text",
    [
        # a death from harm is news of an attack
        "Amina Yusuf, a journalist, died aged 45 after being shot outside her home in Kano on Monday. Gunmen shot "
        "her three times as she left for work, police said.",
        # violence done by others in the obituary's week keeps its day
        "The former mayor died aged 77 on Friday. He was buried on Saturday as gunmen attacked a nearby village, "
        "killing four people.",
        # no obituary: a commander's order of today
        "The general said on Monday that he ordered the assault on the town, in which 12 rebels were killed.",
    ],
)
def test_violence_beside_an_obituary_still_codes(short, text):
    assert "ASSAULT" in types(events(short, text))

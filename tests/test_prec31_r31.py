"""Round-31 precision on news with no incident of the week: a count of years reckoned from a clause ("to mark 15
years since gunmen attacked the hotels, killing 166"; "it is twenty years since rebels seized the town"), a rival
passed in a ranking ("India overtook China as the most populous country"), violence told of a share of a
population ("1 in 5 women had been attacked by a partner") and the play of a match period ("hit them three times
in the second half"). Each fix has look-alikes that must still code: an attack on the mourners themselves, an act
told hours after the remembered one, a town overtaken by rebels, a share of a counted group dated to a day,
violence in "the first half of May".

Every sentence is composed for these tests; tests/data/precision_r31.yaml and precision_r31_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers
from wirecoder.coding import lexicon

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


def _current(short, text: str) -> list:
    return [e for e in _events(short, text) if not (e.background or e.negated or e.hypothetical or e.future)]


def _types(short, text: str) -> list[str]:
    return [(e.plover or {}).get("type") for e in _current(short, text)]


def _current_dead(short, text: str) -> int:
    return sum(int(e.fatalities or 0) for e in _current(short, text))


def test_word_lists_load():
    assert "near_units" in lexicon.load("remembered")
    assert "overtake" in lexicon.load("rankings")["passing_verbs"]
    assert "survey" in lexicon.load("population_shares")["finding_words"]
    assert "half" in lexicon.load("figurative_force")["match_periods"]


@pytest.mark.parametrize(
    "text",
    [
        "Survivors gathered in Mumbai on Sunday to mark 15 years since gunmen attacked hotels and a railway station, "
        "killing 166 people.",
        "Sri Lanka on Sunday marked five years since suicide bombers killed 269 people at churches and hotels.",
        "It is twenty years since rebels seized the town of Bunia and massacred 400 villagers.",
        "Villagers in Tadamakka met on Friday to mark a decade since soldiers burned their homes and shot 30 men.",
    ],
)
def test_years_reckoned_from_a_clause_are_history(short, text):
    assert _current_dead(short, text) == 0
    assert "ASSAULT" not in _types(short, text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Gunmen killed three mourners in Maiduguri on Sunday as they marked ten years since the school was attacked.",
            3,
        ),
        (
            "Mourners marked a year since the bombing on Sunday, hours after gunmen killed two police officers nearby.",
            2,
        ),
    ],
)
def test_acts_of_the_day_beside_an_anniversary_stay(short, text, dead):
    assert "ASSAULT" in _types(short, text)
    assert _current_dead(short, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "India overtook China as the most populous country, the UN said.",
        "Burkina Faso overtook Afghanistan as the country most affected by terrorism.",
        "Nvidia toppled Apple as the world's most valuable company on Tuesday.",
        "Brazil has overtaken Argentina as the top beef exporter in the region.",
    ],
)
def test_a_rival_passed_in_a_ranking_is_no_attack(short, text):
    assert _types(short, text) == []


def test_a_town_overtaken_by_rebels_stays(short):
    assert "ASSAULT" in _types(short, "Rebels overtook the town of Kitshanga on Sunday after heavy fighting.")


@pytest.mark.parametrize(
    "text",
    [
        "The survey found that 1 in 5 women in Colombia had been attacked by a partner in the past year.",
        "A third of the children surveyed had been beaten by a teacher, the study found.",
        "Two in three of the victims were killed by a partner, the report said.",
        "Police killed one in every four suspects they stopped last year.",
    ],
)
def test_violence_told_of_a_population_share_is_a_statistic(short, text):
    assert _types(short, text) == []
    assert _current_dead(short, text) == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed one of the guards and wounded two in Kano on Monday.", 1),
        ("Half of the 40 hostages were killed when troops stormed the building, officials said.", None),
    ],
)
def test_shares_of_a_counted_group_stay(short, text, dead):
    assert "ASSAULT" in _types(short, text)
    if dead is not None:
        assert _current_dead(short, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal's defence was shot to pieces as Aston Villa hit them three times in the second half.",
        "Salah struck twice in the first half as Liverpool thrashed Everton.",
    ],
)
def test_play_in_a_match_period_is_no_attack(short, text):
    assert _types(short, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled the town in the first half of May, killing dozens.",
        "Gunmen attacked fans in the second half of the match in Lagos, killing two.",
    ],
)
def test_violence_in_a_half_of_a_month_or_at_a_match_stays(short, text):
    assert "ASSAULT" in _types(short, text)


def test_killed_jobs_are_no_toll(short):
    text = "The candidate said the government had killed 2,000 jobs in the steel industry."
    assert "ASSAULT" not in _types(short, text)
    assert _current_dead(short, text) == 0
    assert _current_dead(short, "Gunmen killed 20 workers at a gold mine in Zamfara on Sunday.") == 20


@pytest.mark.parametrize(
    "text",
    [
        "Wildfires killed 33 people in Algeria last summer, and the government promised new fire planes.",
        "Landslides killed 14 people in Uganda's Bulambuli district on Sunday.",
    ],
)
def test_a_plural_disaster_opening_a_sentence_is_no_attack(short, text):
    assert "ASSAULT" not in _types(short, text)
    assert _current_dead(short, text) == 0


def test_arson_with_killings_stays(short):
    text = "Gunmen set fire to houses and killed 33 people in the village on Sunday."
    assert "ASSAULT" in _types(short, text)
    assert _current_dead(short, text) == 33


def test_the_act_a_verdict_judged_gives_no_toll(short):
    text = "The warlord, who was convicted of killing 300 people, died on Sunday."
    assert "ASSAULT" not in _types(short, text)
    assert _current_dead(short, text) == 0
    sentenced = _current(
        short, "A court in Dakar sentenced a man to life for killing four people at a market in March."
    )
    assert [(e.target.text if e.target else None) for e in sentenced] == ["man"]


def test_violence_told_in_an_accusation_stays(short):
    text = "The army accused rebels of killing 12 villagers in Beni on Sunday."
    assert "ASSAULT" in _types(short, text)
    assert _current_dead(short, text) == 12


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The general, convicted in 2012 of ordering the killing of 1,771 villagers, died in prison on Sunday.", 0),
        ("Police shot dead a man suspected of killing three people in Durban on Sunday.", 1),
    ],
)
def test_a_toll_in_a_clause_of_blame_is_not_the_events(short, text, dead):
    assert _current_dead(short, text) == dead


def test_a_toll_in_a_relative_clause_of_the_weapon_stays(short):
    assert _current_dead(short, "A bomb that killed 12 people exploded in a market in Mogadishu on Sunday.") == 12


def test_a_party_described_by_what_it_is_blamed_for_gives_no_event(short):
    text = "The group, blamed for killing 300 people in a string of bombings, has been quiet since its leader died."
    assert "ASSAULT" not in _types(short, text)
    assert _current_dead(short, text) == 0


def test_blamed_violence_with_a_day_stays(short):
    text = "Rebels blamed for killing 20 farmers near Beni on Saturday fled into the forest."
    assert "ASSAULT" in _types(short, text)
    assert _current_dead(short, text) == 20


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of insurgents were killed in that offensive, the army said at the time.",
        "Three soldiers died in that ambush, which the group claimed.",
    ],
)
def test_violence_said_at_the_time_or_in_that_act_is_history(short, text):
    assert "ASSAULT" not in _types(short, text)
    assert _current_dead(short, text) == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Twelve rebels were killed in the offensive, the army said on Monday.", 12),
        ("Gunmen killed four traders at the market on Sunday, police said at the scene.", 4),
        ("Soldiers killed five militants in an offensive on Monday, the army said.", 5),
    ],
)
def test_violence_said_of_the_day_stays(short, text, dead):
    assert "ASSAULT" in _types(short, text)
    assert _current_dead(short, text) == dead

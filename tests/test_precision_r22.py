"""Round-22 precision on news that must give no conflict event or toll: a warning that a thing or a happening
could kill people forecasts harm and threatens no one; violence told in a film, an epic or a videogame is no
incident; coercion or killing counted over the whole world is a tally; a match report told by a basketball
scoreline, a tennis result in straight sets, two words of a contest or a result verb such as "crushed" or
"routed" is no fight. Each fix has look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r22.yaml and precision_r22_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current
from wirecoder.coding import lexicon
from wirecoder.coding.sports_story import sports_text

events = coder_on("2024-05-20")


def roots(short, text: str) -> set[str]:
    return {e.cameo["root"] for e in current(events(short, text))}


def test_precision22_word_lists_load():
    assert "could" in lexicon.load("predicted_harm")["possibility_modals"]
    assert "worldwide" in lexicon.load("world_tallies")["scope_adverbs"]
    assert "epic" in lexicon.load("remembered")["works"]


@pytest.mark.parametrize(
    "text",
    [
        "A breach of the levee could kill thousands of residents, hydrologists warned on Monday.",
        "Seismologists warned that a strong quake in Lima could kill tens of thousands.",
        "A cyclone of that strength may devastate the coast of Odisha, forecasters cautioned.",
        "Doctors warned that the cholera outbreak might kill hundreds in the camps.",
    ],
)
def test_forecast_warning_is_no_threat(short, text):
    assert "13" not in roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army warned that it could shell the town if the rebels did not leave.",
        "The kidnappers warned that the hostages could be killed if the ransom was not paid.",
        "The militia warned that its fighters could kill any soldier who entered the valley.",
        "Pyongyang warned that its missiles could destroy American bases in the region.",
    ],
)
def test_threat_by_the_speaker_stays(short, text):
    assert "13" in roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The director's new epic depicts the slaughter of 300 prisoners by an occupying army.",
        "In the season finale, the gang ambushes a police convoy and kills the captain.",
        "The trilogy follows a soldier who massacres a village during a civil war.",
    ],
)
def test_violence_in_a_work_is_no_incident(short, text):
    assert not {"18", "19", "20"} & roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three people at a cinema in Lahore on Friday during a screening of the film.",
        "Angry protesters attacked a cinema in Karachi on Sunday that was showing a banned film.",
    ],
)
def test_violence_at_a_showing_stays(short, text):
    assert {"14", "18", "19", "20"} & roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog said 290 journalists were imprisoned worldwide and 38 were killed last year.",
        "Attacks on aid workers killed 260 people around the world in 2023, the UN said.",
    ],
)
def test_acts_counted_over_the_world_are_a_tally(short, text):
    evs = current(events(short, text))
    assert not [e for e in evs if e.cameo["root"] in {"17", "18", "19", "20"}]
    assert not [e for e in evs if e.fatalities]


def test_worldwide_operation_with_a_day_stays(short):
    assert "17" in roots(short, "Police arrested 640 suspects worldwide on Tuesday in a sting run by Europol.")


@pytest.mark.parametrize(
    "text",
    [
        "The Bucks massacred the Hornets 138-91 in Milwaukee on Friday.",
        "Sabalenka blasted past her Czech opponent in straight sets in Madrid.",
        "The left-arm bowler tore through the batting as Sri Lanka won the Test in Galle.",
        "Leinster routed Munster in the rugby derby in Dublin.",
    ],
)
def test_sports_lead(text):
    assert sports_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Between 100-150 gunmen attacked the village on Monday, residents said.",
        "The army crushed the rebellion in the north, killing 40 fighters.",
        "Police fired on a football crowd in Conakry on Sunday.",
        "Police jailed 40 members of a banned group for playing in a football tournament in Kano.",
    ],
)
def test_not_a_sports_lead(text):
    assert not sports_text(text)


def test_sports_scoreline_keeps_real_harm(short):
    text = (
        "The Lakers routed the Suns 131-99 in Los Angeles. Police shot dead a gunman outside the arena after the game."
    )
    assert "18" in roots(short, text) or "19" in roots(short, text)


def test_basketball_rout_is_no_fight(short):
    assert not roots(short, "The Celtics crushed the Heat 128-94 in Boston on Tuesday night.") & {"18", "19", "20"}


def test_jailing_in_a_sports_story_stays(short):
    text = "Kano Pillars beat Enyimba 2-1 in the league final on Sunday. A court jailed 40 fans for insulting the referee at the match."
    assert "17" in roots(short, text)

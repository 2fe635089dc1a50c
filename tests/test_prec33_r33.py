"""Round 33 precision (prec33): signal shots and traded blows said of words or matches, a wave of job cuts
hitting, violence a historian estimates, a work's own characters, a place's past beside its present and an
obituary subject's people give no event; real incidents of the same shapes keep theirs. Composed sentences."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "The Reserve Bank fired a warning shot at mortgage brokers on Thursday over lax lending.",
        "The finance minister fired a shot across the bows of the country's biggest insurers.",
        "Unilever fired the opening shot in a price war with its rivals in Brazil.",
        "Chile's two main coalitions traded blows over pension reform in a televised debate.",
        "The two heavyweights traded blows for ten rounds before the judges gave the bout to the champion.",
        "A wave of redundancies hit 1,200 workers at Dutch shipyards in March.",
        "A fresh round of tariffs hit Vietnamese furniture makers on Monday.",
        "Historians estimate that the firebombing of Tokyo killed about 100,000 people.",
        "Scholars believe the sack of Baghdad in 1258 killed tens of thousands.",
        "The series' militiamen storm farm after farm as the drama builds.",
        "Luis Ortega went back to the town where paramilitaries shot his father, and now teaches there.",
        "A small chapel stands beside the road where rebels ambushed a convoy of pilgrims.",
        "Samuel Ndayi, whose militia abducted hundreds of schoolchildren, died in a clinic in Bunia on Monday.",
    ],
)
def test_figure_or_past_is_no_current_assault(short, text):
    assert current(of_type(events(short, text), "ASSAULT")) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Navy ships fired warning shots at a fishing trawler off the Paracel Islands on Tuesday.", None),
        ("Police fired warning shots into the air to break up a crowd in Lahore on Friday.", None),
        ("A wave of air strikes hit the outskirts of Idlib on Sunday, killing six people, rescuers said.", 6),
        ("Gunmen killed five people in the village where soldiers now patrol on Sunday.", 5),
        ("A rebel commander whose fighters ambushed a convoy on Monday died of his wounds on Tuesday.", None),
    ],
)
def test_real_incident_keeps_assault(short, text, dead):
    evs = current(of_type(events(short, text), "ASSAULT"))
    assert evs
    if dead is not None:
        assert max(e.fatalities or 0 for e in evs) == dead


def test_obituary_gives_no_toll_to_the_act_of_their_people(short):
    text = "Peter Ladu, the former rebel general whose troops shelled Juba for weeks, died in a hospital in Nairobi."
    assert [e for e in events(short, text) if (e.fatalities or 0) and not e.background] == []

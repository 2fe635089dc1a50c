"""Round 44 (lane wiki6), whole articles about armed conflict: a conflict's sides named only generically as the
subject ("both sides accused each other ...", "the two sides agreed ...") still make the act an event with no
actor named (coding/generic_sides.py, lexicon generic_sides); a fight forecast as the subject of an infinitive
under "expect", "predict", "fear" is no fight told as happening (modality.forecast_clause); a warning that famine,
hunger or cholera may spread threatens no one (verbs.yaml warn, hazards). The examples are composed for these
tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fighting broke out along the border on Monday. Both sides accused each other of firing first.", "ACCUSE"),
        ("The talks in Jeddah ended on Friday. The two sides agreed to open a corridor for aid convoys.", "AGREE"),
        (
            "Clashes erupted near the dam on Sunday. The warring parties rejected a proposal for a buffer zone.",
            "REJECT",
        ),
        ("Negotiators arrived in Nairobi on Tuesday. The two sides met behind closed doors for six hours.", "CONSULT"),
    ],
)
def test_generic_sides_act_is_an_event(short, text, kind):
    evs = current(events(short, text))
    assert of_type(evs, kind, sentence=1), [(e.plover, e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides of the valley were cut off by the floods.",
        "Both sides of the road were lined with stalls on Saturday.",
        "Both sides said the weather had been cold.",
        "Both sides oppose the militias in the east.",
    ],
)
def test_generic_sides_without_an_act_stay_none(short, text):
    assert not current(events(short, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Military analysts expect the fighting to intensify once the rains end.",
        "Diplomats in the region predict the clashes to spread to the coast.",
        "Western officials expect the offensive to resume within weeks.",
    ],
)
def test_forecast_fight_is_no_event(short, text):
    assert not of_type(current(events(short, text)), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting continued in the north of the city on Thursday, residents said.",
        "Clashes spread to two more districts of the capital on Wednesday.",
    ],
)
def test_fight_told_as_happening_stays(short, text):
    assert of_type(current(events(short, text)), "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme warned that hunger could spread across the besieged province.",
        "Medical charities warned of cholera in the crowded displacement camps.",
        "UNICEF warned that malnutrition among children could worsen this winter.",
    ],
)
def test_warning_of_want_or_sickness_is_no_threat(short, text):
    assert not of_type(current(events(short, text)), "THREATEN"), text


def test_warning_of_force_stays_a_threat(short):
    evs = current(events(short, "The Ethiopian army warned that it would strike rebel camps near the border."))
    assert of_type(evs, "THREATEN")

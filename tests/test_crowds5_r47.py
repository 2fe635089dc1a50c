"""Round 47 crowds (lane crowds5): words fired in a quarrel are no force (combine/figurative_force.fired_words, word
lists firing_verbs, word_salvoes, pelted_things); work or teaching halted to press a demand or in protest is a
strike, a display staged in protest is a demonstration, and people blinded or maimed by a crowd-control weapon are
force used on them (verbs.yaml work-stoppage, display-protest, maimed-by-crowd-weapons). Controls keep their
types. The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doctors at state hospitals in Harare stopped work to demand better pay.", "Peaceful protest"),
        ("Teachers in Lahore suspended classes in protest at the arrest of their union leader.", "Peaceful protest"),
        ("Farmers in Punjab parked their tractors on the highway in protest against the new law.", "Peaceful protest"),
        ("Students in Belgrade wore black armbands in protest at the killings.", "Peaceful protest"),
        ("A young protester was blinded by rubber bullets in Quito.", "Excessive force against protesters"),
    ],
)
def test_crowd_types(short, text, want):
    assert main_sub_type(short, text) == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gunmen fired a volley of shots at a police checkpoint in Quetta, wounding two officers.", "Armed clash"),
        ("Militants launched a barrage of rockets at the town of Sderot.", "Shelling/artillery/missile attack"),
    ],
)
def test_controls_keep_types(short, text, want):
    got = main_sub_type(short, text)
    assert got == want, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader fired a volley of criticism at the prime minister in Dhaka.",
        "The coach unleashed a torrent of abuse at the referee after the match.",
        "Reporters fired questions at the minister outside parliament in Nairobi.",
        "The airline suspended services to Kabul because of the weather.",
        "The school in Manila suspended classes because of the typhoon.",
        "Visitors parked their cars outside the stadium in Lagos.",
        "The director was blinded by ambition, critics said.",
    ],
)
def test_figures_give_no_crowd_event(short, text):
    assert main_sub_type(short, text) == "(none)", text

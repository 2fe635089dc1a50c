"""Round-23 precision on news that must give no conflict event or toll: an attack that "could kill"
thousands is feared, not told, and carries no toll; a toll over a whole year is a total, not an incident;
firms invading markets or raiding shares use no force; acts told "in the novel" or "in the play" are no
incident whatever their kind; a verdict of not guilty is no concession and what it clears someone of is no
new act. Each fix has look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r23.yaml and precision_r23_fresh*.yaml hold
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


def tolls(evs: list[Event]) -> list[int]:
    return [int(e.fatalities) for e in evs if e.fatalities]


def test_precision23_word_lists_load():
    assert "during" in lexicon.load("year_tolls")["span_preps"]
    assert "acquit" in lexicon.load("verdicts")["clearing_verbs"]
    assert "shares" in lexicon.load("figurative_objects")["traded_things"]


@pytest.mark.parametrize(
    "text",
    [
        "Relief workers said a full-scale assault on the port could kill thousands of civilians.",
        "Diplomats fear that an offensive on the valley might leave hundreds dead.",
        "A ground invasion of the enclave would kill 5,000 people, the agency's planners estimated.",
        "The minister said the raid will kill dozens of hostages.",
    ],
)
def test_feared_attack_gives_no_toll(short, text):
    evs = events(short, text)
    assert not current(evs)
    assert not tolls(evs)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("An air raid on the market in Idlib killed 17 people on Sunday, rescuers said.", 17),
        ("Rebels may have killed 12 soldiers in the ambush near Goma on Monday, the army said.", 12),
        ("The attack on the convoy killed nine aid workers in Darfur on Tuesday.", 9),
    ],
)
def test_told_or_hedged_attack_keeps_toll(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "About 900 people were killed in attacks on villages in Niger in 2024, the watchdog said.",
        "The monitor said 310 civilians died in shelling across the region during 2024.",
    ],
)
def test_year_toll_is_no_incident(short, text):
    evs = events(short, text)
    assert not [e for e in current(evs) if e.fatalities]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The 2024 attack on the school in Kano killed 12 pupils, the inquiry heard.", 12),
        ("Gunmen killed seven traders in Maiduguri on 3 May 2024, police said.", 7),
    ],
)
def test_one_incident_keeps_its_toll(short, text, dead):
    evs = current(events(short, text))
    assert dead in tolls(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Korean carmakers are invading the Mexican market with cheap electric models.",
        "Speculators raided the lender's shares after its results in Milan.",
        "The Taiwanese chipmaker launched an assault on the laptop market this spring.",
    ],
)
def test_trade_is_no_force(short, text):
    assert not events(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the market in Bunia on Friday, killing six traders.",
        "Militants attacked a busy market in Kandahar on Monday.",
        "Police raided the stock exchange offices in Accra.",
    ],
)
def test_force_on_a_market_place_stays(short, text):
    assert any(e.cameo["root"] in {"17", "18", "19", "20"} for e in events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "In the novel, a rebel band burns a mission station in Angola.",
        "In the play, soldiers arrest the young poet in Santiago.",
        "In the film's last scene, commandos storm an embassy in Nairobi.",
    ],
)
def test_act_in_a_work_is_no_incident(short, text):
    assert not current(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "In a show of force, police arrested 30 protesters in Harare on Monday.",
        "Soldiers arrested the poet in Santiago on Tuesday after his reading.",
    ],
)
def test_arrest_outside_a_work_stays(short, text):
    assert any(e.cameo["root"] == "17" for e in current(events(short, text)))


@pytest.mark.parametrize(
    "text",
    [
        "A court in Nairobi acquitted three officers of murder on Wednesday.",
        "Two soldiers were acquitted of killing a student in Bogota.",
        "The former governor was cleared of all charges by the appeals court.",
        "The tribunal exonerated the journalist.",
    ],
)
def test_acquittal_is_no_event(short, text):
    assert not events(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Nairobi convicted three officers of murder on Wednesday.",
        "Troops cleared the town of militants on Sunday after heavy fighting.",
        "Two soldiers were charged with killing a student in Bogota.",
    ],
)
def test_conviction_and_clearing_a_town_stay(short, text):
    assert events(short, text)

"""Tolls that must not be added to the day's incident: running tolls counted up to now over many acts
(coding/combine/cumulative_tolls.py), rival tolls of one incident told by two sources (coding/rival_tolls.py),
and the month "March" of a note's date, which is no protest march (coding/triggers.py). Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

_events = coder_on("2025-04-02", source="t")


def _deaths(events: list[Event]) -> int:
    return sum(e.fatalities or 0 for e in events if not e.background)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 2 April 2025, army jets bombed a school in Kalay (Sagaing region), killing 6 pupils. More than "
            "4,500 civilians have been killed in air raids since the takeover, a monitoring group said.",
            6,
        ),
        (
            "Gunmen raided a village near Gusau on Tuesday, killing nine farmers. Together the gangs have killed "
            "over 300 villagers in the state.",
            9,
        ),
        (
            "A landmine killed two herders near Hama on Monday. Such devices have killed 140 people so far this year.",
            2,
        ),
    ],
)
def test_running_tolls_are_not_added(short, text, toll):
    assert _deaths(_events(short, text)) == toll


def test_a_past_perfect_toll_is_the_incident(short):
    text = "Rebels attacked a convoy near Beni on Sunday. Officials said 7 soldiers had been killed in the ambush."
    assert _deaths(_events(short, text)) == 7


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Militants stormed a market in Gwoza on Sunday. Residents said 25 people were killed, whereas the army "
            "reported 11 deaths.",
            11,
        ),
        (
            "Gunmen attacked a church near Butembo on Friday. Early accounts said up to 30 worshippers had been "
            "killed, but the governor later confirmed 14 deaths.",
            14,
        ),
        (
            "Gunmen raided a village near Bama on Friday. Villagers said 16 people were killed, but the army put "
            "the toll at 7.",
            7,
        ),
        # different victims told by two sources: both counts stand
        (
            "Bandits attacked an army post in Zurmi on Monday. Police said 5 soldiers were killed, while villagers "
            "said 3 civilians died.",
            8,
        ),
    ],
)
def test_rival_tolls_keep_the_lowest(short, text, toll):
    assert _deaths(_events(short, text)) == toll


def test_the_month_march_is_no_protest(short):
    events = _events(short, "On 20 March 2025, gunmen killed 3 traders at a market in Tillaberi (Tillaberi region).")
    assert not [e for e in events if e.cameo["root"] == "14"]


def test_a_march_is_still_a_protest(short):
    events = _events(short, "Thousands of teachers joined a march through Bamako on Thursday to demand unpaid wages.")
    assert [e for e in events if e.cameo["root"] == "14"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 April 2025, rebels attacked an army camp near Kidal. Between 4 and 9 soldiers were killed.",
        "Between 4 and 9 soldiers were killed when rebels attacked an army camp near Kidal on Thursday.",
    ],
)
def test_a_range_at_the_head_of_a_sentence_is_its_lower_end(short, text):
    events = _events(short, text)
    assert _deaths(events) == 4
    assert all(e.date != "2024-04" for e in events)  # "Between 4 and 9" is no month


def test_a_range_of_days_is_still_a_date(short):
    events = _events(short, "Between 10 and 14 March 2025, militias burned 40 houses near Djugu.")
    assert _deaths(events) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Mali has been fighting armed groups since 2012, a conflict that has killed more than 10,000 people.",
        "The insurgency, which has killed 6,000 people, shows no sign of ending, the bishop of Pemba said.",
    ],
)
def test_a_wars_whole_toll_is_the_toll_of_no_event(short, text):
    """Told of a war in a relative clause, the count is history: no event carries it, flagged or not."""
    assert [e.fatalities for e in _events(short, text) if e.fatalities] == []


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("The number of aid workers killed in Sudan this year has risen to 19, a relief agency said.", []),
        (
            "Gunmen shot dead a trader in Maiduguri on Sunday. The killing brings to 27 the number of traders "
            "killed in the city since January.",
            [1],
        ),
        ("Militants killed four police officers at a checkpoint near Bannu on Tuesday.", [4]),
        # one attack's toll told through "the toll of X killed" is that attack's
        ("The toll of police officers killed in Tuesday's ambush near Zhob rose to 14, officials said.", [14]),
    ],
)
def test_the_dead_a_tally_counts_are_no_act(short, text, tolls):
    """ "the number of X killed" describes whom a tally counts, over many acts: no event, no toll."""
    events = _events(short, text)
    assert [e.fatalities for e in events if e.fatalities and not e.background] == tolls
    assert all(e.cameo["code"][:2] not in {"18", "19", "20"} or e.sentence_index == 0 for e in events), [
        (e.sentence_index, e.cameo["code"]) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the figure a source gives says how many "several" / "dozens" were: not added to them
        (
            "Several civilians were killed when a mortar shell hit a market in Gao on Monday, and the army later "
            "gave a toll of 12.",
            12,
        ),
        (
            "Dozens of villagers died when gunmen stormed Kuje on Sunday, and the state police put the toll at 31.",
            31,
        ),
        # other victims counted beside a vague count stay added up
        ("Four soldiers and several civilians were killed when a shell hit a checkpoint near Mopti on Monday.", 7),
    ],
)
def test_a_vague_count_takes_the_figure_a_source_gives(short, text, toll):
    assert _deaths(_events(short, text)) == toll

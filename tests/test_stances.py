"""Standing states are no events and sympathy said as a state is support: backing told as what a party is,
stances on causes, records of many acts, acts asked to stop, abstract things that "hit", a meeting told again,
others hurt in the same attack, trips by people no actor stands for; "our thoughts are with X", "we are with
you". Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of as _code
from conftest import plover_types as _types


@pytest.mark.parametrize(
    "text",
    [
        # backing told as what a party is
        "The armed group, which is funded by Qatar, runs schools in the valley.",
        "Separatists backed by Moscow hold two provinces in the east.",
        "In the delta, the gangs are armed by local politicians.",
        "Washington has long supported the monarchy in Amman.",
        "The coalition had been allied with tribal fighters in battling the jihadists.",
        # stances on causes and courses of action
        "The poet publicly backed independence for the island.",
        "The senator endorsed scrapping the fuel subsidy as a way to cut the deficit.",
        # records of many acts
        "The two envoys have met several times since the truce.",
        "The border districts have seen sporadic firing between the two armies for decades.",
        # acts asked to stop, abstract harm
        '"Both sides must stop attacking each other," the bishop said.',
        "The corruption scandal has hit the governing party hard.",
        # a trip by people no actor stands for
        "Some of the marchers were heading for the central bank instead.",
        # a meeting noun that only dates what is said
        "At the opening of the regional summit, the host said the talks would focus on trade.",
    ],
)
def test_standing_states_give_no_event(short, text: str) -> None:
    assert _types(_code(short, text)) == []


@pytest.mark.parametrize(
    ("text", "plover", "count"),
    [
        # the same meeting, the same attack: one event
        ("Ministers of the bloc met in Accra for a security summit on Monday.", "CONSULT", 1),
        (
            "A gunman opened fire on shoppers in a mall in Bangkok, killing four, with nine others wounded.",
            "ASSAULT",
            1,
        ),
        # acts told as news stay
        ("Germany backed Brazil's bid for a seat on the council on Tuesday.", "SUPPORT", 1),
        ("The two presidents met in Luanda on Friday.", "CONSULT", 1),
        ("Rebels attacked an army base near Beni on Sunday, killing six soldiers.", "ASSAULT", 1),
        ("The separatists have battled the army in the eastern hills since Monday.", "ASSAULT", 1),
        ("Iran-backed militiamen fired rockets at a base in Erbil on Saturday.", "ASSAULT", 1),
        # what people are suspected of is no second act
        ("Police in Lahore arrested four men believed to have taken part in the bombing of a bus.", "ASSAULT", 0),
        ("Police in Lahore arrested four men believed to have taken part in the bombing of a bus.", "COERCE", 1),
        ("The envoy cited the regime's ongoing persecution of the Uyghur minority as the reason.", "ASSAULT", 0),
        (
            "The minister named the raid on the consulate as an example of the attacks the militia has staged.",
            "ASSAULT",
            0,
        ),
    ],
)
def test_acts_are_counted_once(short, text: str, plover: str, count: int) -> None:
    assert _types(_code(short, text)).count(plover) == count


@pytest.mark.parametrize(
    "text",
    [
        '"Our thoughts are with the families of the miners," the Chilean president said on Tuesday.',
        '"My heart goes out to everyone who lost a loved one," the governor of Sindh said.',
        '"Nepal, we are with you," the Indian prime minister wrote after the earthquake.',
        '"We are thinking of the victims and their families," the Dutch king said.',
        'The archbishop wrote: "Let\'s pray for the people of Gaza."',
    ],
)
def test_sympathy_said_as_a_state_is_support(short, text: str) -> None:
    assert "SUPPORT" in _types(_code(short, text))


@pytest.mark.parametrize(
    "text",
    [
        '"The minister is with the president in Geneva," a spokesman said.',
        '"I think the talks will fail," the envoy said.',
    ],
)
def test_being_with_someone_or_thinking_is_no_support(short, text: str) -> None:
    assert "SUPPORT" not in _types(_code(short, text))
    assert "CONSULT" not in _types(_code(short, text))


def test_a_talk_told_with_counterparts_is_from_the_first_to_each_other(short) -> None:
    text = "The Chilean foreign minister and her Peruvian counterpart gathered in Lima on Monday to discuss the crisis in Bolivia."
    pairs = [
        (e.source.country if e.source else None, e.target.country if e.target else None) for e in _code(short, text)
    ]
    assert pairs == [("CHL", "PER")]

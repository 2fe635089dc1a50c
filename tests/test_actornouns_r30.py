"""Generic doer nouns of ACLED snippets, round 30 (actors/agents.yaml, ontology/acled.yaml).

Vandals and arsonists are unidentified wrongdoers (UAF); cattle rustlers and poachers are criminals (CRM); a
party's supporters (the plural) are a side of election violence (PTY), and supporters turning on rivals,
candidates or people are ACLED's rioters in Mob violence, while supporters stoning the police stay a violent
demonstration. Supporters of a bill or of a football club do no violent act and give no event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _main(short, text: str):
    from wirecoder.evaluation.acled import main_event

    return main_event(events_of(short, text))


def _sub(short, text: str) -> str:
    main = _main(short, text)
    return main.acled["sub_event_type"] if main is not None else "(none)"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Vandals attacked a Sikh temple in the Pakistani city of Lahore, smashing its doors.", "UAF"),
        ("Arsonists burned down a school in Burkina Faso's Kaya, destroying its library.", "UAF"),
        ("Cattle rustlers shot dead two herdsmen in Kenya's Marsabit county.", "CRM"),
        ("Poachers killed a game ranger in Zambia's Luangwa valley.", "CRM"),
        ("Rival party supporters clashed in the Ghanaian town of Tamale.", "PTY"),
    ],
)
def test_generic_doers_are_the_source(short, text, sector):
    main = _main(short, text)
    assert main is not None
    assert main.source is not None and main.source.sector == sector


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rival party supporters clashed in the Ghanaian town of Tamale.", "Mob violence"),
        ("Supporters of the governing party beat a rival candidate in Malawi's Lilongwe.", "Mob violence"),
        ("Cattle rustlers shot dead two herdsmen in Kenya's Marsabit county.", "Attack"),
        ("Poachers killed a game ranger in Zambia's Luangwa valley.", "Attack"),
    ],
)
def test_generic_doers_give_their_acled_type(short, text, sub):
    assert _sub(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # supporters stoning the police: a riot against the state, no mob's fight
        ("Opposition supporters threw stones at police in Freetown.", "Violent demonstration"),
        ("Hundreds of opposition supporters marched peacefully through Blantyre.", "Peaceful protest"),
        # supporters of a measure or of a club are no actor of an event
        ("Supporters of the reform say it will cut waiting times at clinics.", "(none)"),
        ("The club told its supporters that extra trains would run after the match.", "(none)"),
        # poaching told as a trend, with animals killed, is no political violence
        ("Poachers killed four elephants in Botswana last year, the wildlife department said.", "(none)"),
    ],
)
def test_supporters_and_poachers_without_political_violence(short, text, sub):
    assert _sub(short, text) == sub

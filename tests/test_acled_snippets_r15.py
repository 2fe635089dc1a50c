"""ACLED typing of news snippets, round 15: events a snippet tells in words the coder lacked. An exchange of fire
(nouns exchange-fire-n); protest forms of South Asia (dharna, gherao); stalls or offices shut in protest
(shutdown-protest); people whisked or spirited away (carry-off-people); a person picked up at home (pick-up-arrest:
an arrest, or an abduction by unnamed men); goods carted away by raiders (cart-away-goods); fighters "neutralised"
(dismantle-device); explosive vests and belts as suicide bombings (bomb); "attained martyrdom in a blast"
(give-life-in); constables, jawans, pensioners, hoodlums and cultists as actors (agents.yaml); a riot told as the
cause of what followed ("a curfew after rioting": occurrence_cause_*); a protest told as violent, or violence told at
a protest ("violence erupted during a demonstration", "the rally turned violent": protest_riots.violent_protests).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("An exchange of gunfire between soldiers and smugglers was reported near Kidira.", "Armed clash"),
        (
            "Opposition workers staged a dharna in front of the deputy commissioner's office in Sialkot.",
            "Peaceful protest",
        ),
        ("Street vendors in Mwanza shut their kiosks in protest against the eviction notices.", "Peaceful protest"),
        ("Armed men spirited away two aid workers from a camp near Bunia.", "Abduction/forced disappearance"),
        ("Officers picked up the blogger from his flat in Rawalpindi on Friday.", "Arrests"),
        (
            "The lecturer was picked up from his home by men in civilian clothes in Kassala.",
            "Abduction/forced disappearance",
        ),
        ("Raiders carted away cattle and grain from three villages in Tahoua.", "Looting/property destruction"),
        ("Troops neutralised five militants during a clearance operation in Shopian.", "Armed clash"),
        ("A man wearing an explosive belt blew himself up near a mosque in Herat.", "Suicide bomb"),
        ("Two constables attained martyrdom in a roadside blast in Lakki Marwat.", "Remote explosive/landmine/IED"),
        ("Hoodlums set ablaze a police post in Ebonyi on Saturday night.", "Looting/property destruction"),
        ("Shops stayed shut in Nuapada after rioting in the district headquarters.", "Violent demonstration"),
        ("Fighting broke out during a rally of teachers in Bamako, leaving several injured.", "Violent demonstration"),
        ("A march by taxi drivers against the new fares turned violent in Lusaka.", "Violent demonstration"),
        ("The sit-in outside the governor's house degenerated into clashes in Jos.", "Violent demonstration"),
    ],
)
def test_snippet_types_r15(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # look-alikes that must stay event-free
        ("The two countries agreed an exchange of prisoners in Doha.", "(none)"),
        ("Teachers may hold a dharna next week if salaries are not paid.", "(none)"),
        ("The bakery shut its stalls early because of the rain.", "(none)"),
        ("The wind whisked away the tents at the festival grounds.", "(none)"),
        ("The mayor picked up his grandchildren from school in Nakuru.", "(none)"),
        ("The new software neutralised the threat of hackers.", "(none)"),
        ("Officials warned that the protests could turn violent.", "(none)"),
        ("A film about the 2002 riots opened in cinemas in Mumbai.", "(none)"),
        ("Prices rose sharply after the riots of last year.", "(none)"),
        ("The debate in parliament turned ugly over the budget.", "(none)"),
    ],
)
def test_snippet_lookalikes_r15(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_armed_sides_at_a_protest_keep_their_battle_r15(short) -> None:
    """Soldiers and rebels clashing where a rally was held fight a battle, no violent demonstration."""
    text = "Clashes between the army and rebels erupted during a rally in Goma."
    assert _sub(short, text) != "Violent demonstration"

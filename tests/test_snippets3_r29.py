"""ACLED typing of news snippets, round 29 (lane snippets3), aimed at snippets that gave no event: groups of people
seized are abducted; a person taken by unnamed men and missing since is disappeared even when told by pronoun;
projectiles landing with no one hurt, and the parse's "rockets fired from X landed", are shelling; windows,
gravestones or statues smashed and groves set on fire are property destroyed; munitions carrying a poison and
chemical weapons used (told as an accusation too) are Chemical weapon; an armed group's announced merger is a
change to the group; an armed group moving its command post establishes a base; state control restored over a place
regains it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of

NONE = "(none)"


def _sub(short, text: str) -> str:
    from wirecoder.evaluation.acled import main_event

    main = main_event(events_of(short, text))
    return main.acled["sub_event_type"] if main is not None else NONE


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Bandits seized 27 pupils from a primary school in Kebbi state.", "Abduction/forced disappearance"),
        ("Pirates seized nine fishermen off the coast of Puntland.", "Abduction/forced disappearance"),
        # negatives: goods and places seized are no abduction
        ("Customs officers seized 40 kilograms of cocaine at the port of Guayaquil.", NONE),
        ("Police seized the passports of the suspects.", NONE),
    ],
)
def test_groups_seized(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "His wife says he was taken away by men in a white van and has not been seen since.",
            "Abduction/forced disappearance",
        ),
        (
            "His mother says he was picked up by men in plain clothes near the university and has been missing since.",
            "Abduction/forced disappearance",
        ),
        # negatives: taken away and released, or picked up with no sign of a disappearance, is none
        ("He says he was picked up by men in a car outside his office but was released the same night.", NONE),
        ("The missing climber was found alive after four days on the glacier.", NONE),
        ("The suitcase was taken away by men at the station and has not been seen since.", NONE),
    ],
)
def test_pronoun_disappeared(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rockets fired from Lebanon landed in an empty field near Metula.", "Shelling/artillery/missile attack"),
        (
            "Rockets landed near the airport in Tripoli overnight, causing no casualties.",
            "Shelling/artillery/missile attack",
        ),
        # negatives: a test launch, a launch into the sea
        ("Missiles fired from the warship in a test landed in the desert.", NONE),
        ("Rockets fired from the launch site fell into the sea.", NONE),
    ],
)
def test_projectiles_landed(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Unknown assailants smashed the windows of a mosque in Leeds overnight.", "Looting/property destruction"),
        ("Unknown attackers smashed gravestones at a Christian cemetery in Lahore.", "Looting/property destruction"),
        ("Settlers set fire to an orchard near the village of Burin.", "Looting/property destruction"),
        ("Vandals defaced a memorial with swastikas in Warsaw.", "Looting/property destruction"),
        # negatives: a record smashed, a farmer's field burnt to clear it, a window broken in an accident
        ("The sprinter smashed the world record in Zurich.", NONE),
        ("A storm shattered the windows of several shops in Galveston.", NONE),
        ("Hackers defaced hundreds of government websites over the weekend.", NONE),
    ],
)
def test_property_destroyed(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Shells containing chlorine struck a village in Hama province, medics said.", "Chemical weapon"),
        ("The opposition accused the army of using sarin against a rebel-held suburb.", "Chemical weapon"),
        ("Kyiv accused Russian troops of using chemical weapons near Pokrovsk.", "Chemical weapon"),
        # negatives: chlorine in a plant, a ban on chemical weapons, shells with no poison
        ("The water utility uses chlorine to treat drinking water.", NONE),
        ("The treaty bans the use of chemical weapons.", NONE),
        ("Shells struck a village in Hama province, medics said.", "Shelling/artillery/missile attack"),
    ],
)
def test_chemical_weapons(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The two armed groups announced a merger in Tillaberi.", "Change to group/activity"),
        (
            "The insurgents moved their command post to the town of Kalehe, residents said.",
            "Headquarters or base established",
        ),
        ("The army said it had restored state control over the town of Djibasso.", "Government regains territory"),
        # negatives: firms merging, a firm moving its headquarters, order restored
        ("The two banks announced a merger on Monday.", NONE),
        ("The company moved its headquarters to Singapore.", NONE),
    ],
)
def test_strategic_developments(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub

"""Round 45 crowds (lane crowds3): an unarmed crowd attacking property is a violent demonstration
(coding/crowd_property.py); a building's parts set on fire are arson (verbs.yaml set-fire); a protester harmed by a
crowd-control weapon with no doer named is excessive force (coding/protest_harm.py); a riot verb on a game's
things is figurative (combine/figurative_force.riot_on_play); a protest "march" read as the month is the verb's
object (march_objects.py); an act the protest is against is no intervention on it (protest_force._grievance);
shops shut in a boycott or in solidarity are a strike (verbs.yaml shutdown-protest). Controls keep their types.
The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a crowd on property
        ("Furious villagers attacked the police post in Bauchi after a boy was shot.", "Violent demonstration"),
        (
            "Enraged residents stormed the municipal offices in Tegucigalpa over water shortages.",
            "Violent demonstration",
        ),
        ("Hundreds of workers attacked the factory in Gazipur after wages went unpaid.", "Violent demonstration"),
        # building parts set ablaze
        ("Demonstrators set fire to the main gate of the provincial assembly in Peshawar.", "Violent demonstration"),
        ("Protesters set fire to the entrance of the electoral commission in Maputo.", "Violent demonstration"),
        # crowd-control weapons, no doer named
        (
            "A student marcher was killed after being hit by a rubber bullet in Santiago.",
            "Excessive force against protesters",
        ),
        # a protest march read as the month
        ("Soldiers broke up a march by striking miners in Potosi.", "Protest with intervention"),
        # the grievance is no intervention
        ("Detainees in Yaounde started a hunger strike to protest their arrest.", "Peaceful protest"),
        ("Farmers rallied in Lahore against the detention of their union leader.", "Peaceful protest"),
        # shops shut
        ("Shopkeepers in Jalalabad closed their stores in a strike over new levies.", "Peaceful protest"),
        ("Market women in Accra shut their stalls in solidarity with the striking nurses.", "Peaceful protest"),
    ],
)
def test_crowd_types(short, text, want):
    assert main_sub_type(short, text) == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Villagers attacked a suspected goat thief with clubs in Kisii.", "Mob violence"),
        ("Armed militiamen attacked the police post in Bauchi.", "Attack"),
        ("Gunmen stormed the municipal offices in Tegucigalpa and killed two guards.", "Attack"),
        ("Police fired tear gas to disperse the march in Quito.", "Protest with intervention"),
        ("Marchers in Lima were arrested by police; twenty were detained.", "Protest with intervention"),
    ],
)
def test_controls_keep_types(short, text, want):
    got = main_sub_type(short, text)
    assert got == want or (want == "Attack" and got in {"Attack", "Armed clash"}), (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "The visitors looted the home side's net twice in the second half.",
        "Supporters ransacked the rival team's box with wave after wave of attacks, the commentator said.",
        "The government closed its offices in March for the holidays.",
        "A crowd of fans cheered outside the stadium in Rosario.",
    ],
)
def test_figures_give_no_crowd_event(short, text):
    assert main_sub_type(short, text) == "(none)", text

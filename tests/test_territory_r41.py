"""Round 41 territory lane: battles for territory told in news snippets.

- ground taken and not kept (held briefly, or left by the takers or retaken, told in the act's own clause) is ACLED's
  Armed clash, not a Non-state actor overtakes territory; ground taken and kept, or taken after the other side left,
  keeps its type;
- a town or a base taken back, won back or recovered from an armed side is a place regained (CAMEO 192); people
  taken back, bodies or cars recovered are not.
"""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Separatist fighters overran a gendarmerie post near Bamenda before retreating into the bush.", "Armed clash"),
        ("Militants briefly seized the village of Kurmi before soldiers drove them out.", "Armed clash"),
        ("Rebels temporarily occupied the airport of Kindu on Saturday.", "Armed clash"),
        ("Gunmen overran an army outpost in Tillaberi and withdrew with seized vehicles.", "Armed clash"),
        ("Jihadists captured the town of Diapaga before being pushed back by the army.", "Armed clash"),
    ],
)
def test_unkept_ground_is_a_clash(short, text, want):
    assert main_sub_type(short, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Militants seized the town of Gorom before advancing on the regional capital.",
            "Non-state actor overtakes territory",
        ),
        ("Rebels captured the town of Walikale after weeks of fighting.", "Non-state actor overtakes territory"),
        ("Rebels seized the town of Masisi after government troops withdrew.", "Non-violent transfer of territory"),
        ("Gunmen attacked a village in Sokoto before fleeing into the forest.", "Attack"),
    ],
)
def test_kept_ground_keeps_its_type(short, text, want):
    assert main_sub_type(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops took back the town of Bulo Burde from al-Shabaab fighters on Monday.",
        "The Burkinabe army won back the district from the insurgents after a week of fighting.",
        "Government forces recovered the town of Tawergha from militia fighters, a spokesman said.",
    ],
)
def test_place_taken_back_is_regained(short, text):
    assert main_sub_type(short, text) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Rescue divers recovered the bodies of two fishermen from the river.",
        "Police recovered a stolen lorry from a warehouse in the town.",
        "The country agreed to take back 300 migrants deported from Germany.",
        "The singer won back the fans after a difficult year.",
    ],
)
def test_things_taken_back_are_no_territory(short, text):
    assert main_sub_type(short, text) not in (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Militants destroyed a telecommunications mast near the town of Mandera overnight.",
        "Unidentified men destroyed two electricity pylons outside Maiduguri.",
        "Separatists destroyed a school in the village of Bafut, residents said.",
        "Gunmen set fire to ballot boxes at a polling station in Anambra state.",
    ],
)
def test_property_destroyed_by_armed_doers_is_looting(short, text):
    assert main_sub_type(short, text) == "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "avoid"),
    [
        ("Government troops destroyed a rebel camp in the forest near Beni.", "Looting/property destruction"),
        ("The fire destroyed several homes in the village.", "Looting/property destruction"),
        ("The flood destroyed a bridge on the road to the border.", "Looting/property destruction"),
    ],
)
def test_other_destruction_is_no_looting(short, text, avoid):
    assert main_sub_type(short, text) != avoid

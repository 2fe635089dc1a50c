"""Round-13 precision on real news: remembered violence (anniversaries, memorials, memoirs), a report's toll
over a year's stretch, diseases and heat as killers, a war's toll dated by a clause on the war, and "killed
off" an abstract thing. Each fix has look-alikes that must still code with their own toll.

Every sentence is composed for these tests; tests/data/precision_r13.yaml holds a larger composed set,
scored by `python scripts/score_precision.py tests/data/precision_r13.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2024-05-20")


def current(evs: list[Event]) -> list[Event]:
    """Events that count as this week's (not flagged background)."""
    return [e for e in evs if not e.background]


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == "ASSAULT" or e.cameo["root"] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in Nagasaki to mark the anniversary of the atomic bombing, which killed some 70,000 people.",
        "Her memoir recounts the siege of Leningrad, during which hundreds of thousands of people died.",
        "A memorial to the victims of the 2011 Oslo bombing, which killed eight people, opened on Friday.",
        "The documentary revisits the massacre at Sabra, in which hundreds of refugees were killed.",
        "The exhibition recalls the shelling of Vukovar, which killed more than 1,000 people.",
    ],
)
def test_remembered_violence_gives_no_current_event_or_toll(short, text):
    evs = events(short, text)
    assert not current(violent(evs))
    assert not any(e.fatalities and not e.background for e in evs)


def test_commemorative_march_carries_no_old_toll(short):
    evs = events(short, "Hundreds marched in Dhaka to commemorate the 1971 killings of an estimated 300,000 people.")
    assert not any(e.fatalities for e in evs if not e.background)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen opened fire on mourners marking the anniversary of the massacre in Bor, killing three.", 3),
        ("A bomb exploded at a memorial service in Quetta on Monday, killing six people.", 6),
        ("Militants attacked a museum in Kabul on Tuesday, killing two guards.", 2),
    ],
)
def test_attack_on_a_commemoration_still_codes_with_its_toll(short, text, dead):
    evs = current(violent(events(short, text)))
    assert evs and any(e.fatalities == dead for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "At least 900 civilians were killed in the first half of the year, the UN mission said.",
        "Gang violence killed 3,400 people in Haiti last year, the government said.",
        "More than 2,000 people were killed in the region in the past 12 months, a monitoring group said.",
    ],
)
def test_toll_over_a_years_stretch_is_a_report_not_an_incident(short, text):
    evs = events(short, text)
    assert not current(violent(evs))
    assert not any(e.fatalities and not e.background for e in evs)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Five soldiers were killed last week in an ambush near Gao.", 5),
        ("Gunmen killed 12 villagers in Zamfara state on Sunday, the police said.", 12),
        ("Two police officers were killed in a bomb attack in Peshawar this morning.", 2),
    ],
)
def test_one_incidents_toll_stays(short, text, dead):
    evs = violent(events(short, text))
    assert evs and any(e.fatalities == dead for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Malaria killed 4,000 people in the province last year, health officials said.",
        "Dengue has killed 52 people in Dhaka this month, the health directorate said.",
        "Heat waves killed dozens of elderly people in Andalusia in July.",
        "An outbreak of measles killed 17 children in the district.",
    ],
)
def test_disease_and_heat_are_no_attackers(short, text):
    assert not violent(events(short, text))


def test_war_dated_by_its_own_clause_gives_no_toll(short):
    evs = events(short, "The war in Darfur, which began in February 2003, killed some 300,000 people.")
    assert not any(e.fatalities and not e.background for e in evs)


def test_killed_off_an_abstract_thing_is_no_attack(short):
    assert not violent(events(short, "Higher fuel costs killed off the recovery in the airline industry."))


def test_killed_off_people_is_an_attack(short):
    evs = violent(events(short, "Death squads killed off dozens of opposition activists in Kinshasa in June."))
    assert evs


@pytest.mark.parametrize(
    "text",
    [
        "The brewer said it had been hit hard by the slump in demand across Europe.",
        "Inflation is crushing household budgets in Argentina, economists said.",
    ],
)
def test_a_markets_force_hits_no_one(short, text):
    assert not violent(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The midfielder shot wide from the edge of the box in the 80th minute.",
        "The winger was booked after a clash with a defender just before half-time.",
    ],
)
def test_a_games_play_is_no_attack(short, text):
    assert not violent(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot the referee dead after the match in Cali on Sunday.",
        "Supporters clashed with police outside the stadium in Cairo, and 12 were injured.",
        "Israeli airstrikes hit the area hard on Tuesday, killing 20 people.",
    ],
)
def test_violence_at_a_game_or_hitting_hard_still_codes(short, text):
    assert violent(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The experimental drug killed 80 percent of tumour cells in mice, researchers in Seoul said.",
        "The fungus attacks the roots of banana plants, scientists said.",
        "Smog kills an estimated 40,000 people in the province each year, a study found.",
        "Police data showed 415 people were murdered in the city in the first half of the year.",
    ],
)
def test_cells_germs_and_yearly_murder_counts_give_no_attack_or_toll(short, text):
    evs = events(short, text)
    assert not current(violent(evs))
    assert not any(e.fatalities and not e.background for e in evs)


def test_killing_most_of_a_village_is_an_attack(short):
    assert violent(events(short, "Soldiers killed 90 percent of the villagers in Tula, survivors said."))


@pytest.mark.parametrize(
    "text",
    [
        "Villagers gathered in My Lai to mark 56 years since the massacre of some 500 civilians.",
        "Two decades after the siege of Grozny, which killed thousands, the city has been rebuilt.",
        "The veteran, who survived the battle of Kohima in which 4,000 men died, was buried on Monday.",
        "The number of aid workers killed worldwide rose to 280 last year, a UN agency said.",
    ],
)
def test_anniversaries_veterans_and_yearly_tallies_give_no_current_toll(short, text):
    evs = events(short, text)
    assert not current(violent(evs))
    assert not any(e.fatalities and not e.background for e in evs)


def test_todays_attack_two_years_after_another_keeps_its_toll(short):
    text = "Gunmen killed five people in Kano on Monday, two years after a similar attack killed 12 in the same market."
    evs = current(violent(events(short, text)))
    assert [e.fatalities for e in evs] == [5]

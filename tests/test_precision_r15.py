"""Round-15 precision on out-of-scope news (obituaries, profiles, sport, business, fiction, drills): a toll of
tens of thousands or more is an era's, never an incident's; a toll inside a war named before a relative
word ("the siege, during which ...") or "seen" by a war is history; a custody battle, a bombardment of
questions, a camera capturing an arrival and a helicopter striking power lines hurt no one; what happens "in
the film" or in a drill is no incident. Each fix has look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r15.yaml and precision_r15_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current
from wirecoder.article import Article, Event

events = coder_on("2024-05-20")


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in current(evs) if e.cameo["root"] in {"17", "18", "19", "20"}]


def tolls(evs: list[Event]) -> list[int]:
    return [e.fatalities for e in current(evs) if e.fatalities]


@pytest.mark.parametrize(
    "text",
    [
        "The dictator, whose forces killed some 300,000 people in the south, died in exile in Madrid on Monday.",
        "She grew up in a province where the famine of the 1950s saw hundreds of thousands perish.",
        "He was a teenager when the occupation, during which 40,000 people were killed, came to an end.",
        "The museum tells of the purge, when tens of thousands of officers were shot.",
        "The painter, whose parents fled after soldiers arrived and killed some 30,000 people, died on Friday.",
        "Scholars believe the Hundred Years' War killed as many as three million people in France.",
    ],
)
def test_precision15_era_toll_is_history(short, text):
    assert tolls(events(short, text)) == []
    assert violent(events(short, text)) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen shot dead 14 farmers near the village of Dogo in Plateau state on Sunday, police said.", 14),
        ("An air strike on a crowded market in the town killed 31 people, medics said.", 31),
        ("Militiamen killed 23 displaced people in a camp in Ituri overnight, a local official said.", 23),
    ],
)
def test_precision15_incident_toll_kept(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The actress won a bitter custody battle with her former husband in a Los Angeles court.",
        "Reporters bombarded the coach with questions about his future after the defeat.",
        "Security cameras captured the moment the thieves left the museum.",
        "A medical helicopter struck power lines and came down in a field near Toulouse.",
        "The midfielder killed off the tie with a header in the 88th minute.",
        "The former champion now runs a boxing academy in Accra, the wrestling federation said.",
    ],
)
def test_precision15_figure_of_force_is_no_event(short, text):
    assert violent(events(short, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured a rebel commander near the border town on Tuesday.",
        "Protesters bombarded the police with stones and petrol bombs in the capital.",
        "Rebels fought a fierce battle with government troops for control of the airport.",
        "A helicopter gunship struck rebel positions outside the town on Friday.",
        "Gunmen opened fire on a boxing club in Cape Town on Saturday, killing three men.",
    ],
)
def test_precision15_real_force_kept(short, text):
    assert violent(events(short, text)) != []


@pytest.mark.parametrize(
    "text",
    [
        "In the film, a former soldier kidnaps the son of a drug lord in Tijuana.",
        "In the game, players storm a castle and behead its king.",
        "The exercise simulated a bomb attack on a crowded train in Madrid.",
    ],
)
def test_precision15_fiction_and_drill_no_event(short, text):
    assert violent(events(short, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a film director in the city of Enugu on Thursday, police said.",
        "Police said the man attacked the actor during the premiere of the film in Seoul.",
    ],
)
def test_precision15_real_event_about_a_film_kept(short, text):
    assert violent(events(short, text)) != []


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire collapsed on Sunday when militiamen attacked a police post near Bunia.",
        "Talks between the two sides collapsed after gunmen ambushed a convoy outside the city.",
    ],
)
def test_precision15_collapsed_talks_keep_the_attack(short, text):
    assert violent(events(short, text)) != []


def test_precision15_collapsed_roof_is_an_accident(short):
    text = "Nine traders were killed when the roof of a market collapsed in Onitsha on Monday."
    assert tolls(events(short, text)) == []


def _dated(short, text: str, published: str) -> list[Event]:
    return short(Article(raw=text, source="test", published=published)).events


def test_precision15_explicit_lead_date_wins(short):
    evs = _dated(
        short, "On 14 March 2021, gunmen killed four herders near Djibo, local sources said on Tuesday.", "2021-03-20"
    )
    assert [(e.date, e.date_approximate, e.background) for e in violent(evs)] == [("2021-03-14", False, False)]


def test_precision15_as_reported_date_is_that_day_approximate(short):
    evs = _dated(short, "Around 14 March 2021 (as reported), soldiers detained a reporter in Bukavu.", "2021-03-20")
    assert [(e.date, e.date_approximate) for e in current(evs)] == [("2021-03-14", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Bolivia on Monday of breaking a water deal signed in 2018 after troops crossed the border.",
        "The envoy on Monday urged the council to enforce resolution 2334 on settlements.",
        "Students marched in Santiago on Monday, renewing demands first made in 2011 for free education.",
    ],
)
def test_precision15_date_of_another_clause_does_not_date_the_event(short, text):
    evs = current(_dated(short, text, "2026-03-10"))
    assert evs and all(e.date == "2026-03-09" for e in evs)


def test_precision15_last_night_is_the_eve_of_publication(short):
    evs = _dated(short, "Last night, a drone strike hit a fuel depot in Sumy, killing two workers.", "2026-03-10")
    assert [e.date for e in violent(evs)] == ["2026-03-09"]


def test_precision15_old_incident_is_background_with_its_own_date(short):
    text = "In May 2019, gunmen killed 12 miners in Kivu; on Sunday their families marched in Goma to demand justice."
    evs = _dated(short, text, "2026-03-10")
    old = [e for e in evs if e.cameo["root"] == "19" or e.cameo["code"] == "190"]
    assert old and all(e.background and e.date == "2019-05" for e in old)
    assert any(e.date == "2026-03-08" and not e.background for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The general, whose troops crushed a mutiny in the north in 1974, died in Lagos on Monday aged 88.",
        "The bishop, who was beaten by police during the strikes of the 1980s, died of cancer on Friday.",
        "The writer, who was tortured by the junta in 1977, died peacefully in Montevideo on Sunday.",
    ],
)
def test_precision15_natural_death_lends_no_toll(short, text):
    assert tolls(events(short, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The soldier, who was wounded in an ambush near Gao on Monday, died of his wounds in hospital.",
        "Gunmen shot the mayor of the town on Saturday; he died in hospital a few hours later.",
    ],
)
def test_precision15_death_of_wounds_keeps_its_toll(short, text):
    assert 1 in tolls(events(short, text))

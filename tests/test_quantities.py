"""Quantities and fatalities on sentences parsed with the real spaCy pipeline."""

from __future__ import annotations

import pytest

from wirecoder.article import Quantity
from wirecoder.coding.quantities import extract, fatalities

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(settings):
    from wirecoder.nlp import load_spacy

    return load_spacy(settings.spacy_model)


def kinds(nlp, sentence: str) -> list[tuple[str, float | int | None, str | None]]:
    doc = nlp(sentence)
    return [(q.kind, q.value, q.approx) for q in extract(doc[:])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Insurgents killed 27 border guards near the river.", [("killed", 27, None)]),
        ("Nineteen policemen were killed when the convoy was ambushed.", [("killed", 19, None)]),
        ("A car bomb that killed at least 8 went off outside the court.", [("killed", 8, "at least")]),
        ("The shelling left 6 dead and 31 wounded.", [("dead", 6, None), ("wounded", 31, None)]),
        ("Scores of villagers died after the flood of refugees began.", [("dead", 40, "scores")]),
        ("The raid ended in the death of dozens of fighters.", [("killed", 24, "dozens")]),
        ("The group has claimed more than 90 attacks since March.", [("attacks", 90, "more than")]),
        ("Troops detained nearly 300 protesters in the capital.", [("arrested", 300, "nearly")]),
        ("Gunmen kidnapped thirty-two passengers from a bus.", [("kidnapped", 32, None)]),
        ("Around 4,500 families have been displaced by the fighting.", [("displaced", 4500, "around")]),
        (
            "The ministry sent 2,000 troops and about 40 civilians volunteered.",
            [("troops", 2000, None), ("civilians", 40, "about")],
        ),
        ("The bank lent the province $2.5 billion last month.", [("money", 2500000000, None)]),
        (
            "Donors pledged €30m and Rs 4 crore for the survivors.",
            [("money", 30000000, None), ("money", 40000000, None)],
        ),
        ("The fund received 12 million dollars from abroad.", [("money", 12000000, None)]),
        ("Tens of thousands of people fled the valley.", [("displaced", 20000, "tens of thousands")]),
        ("A dozen soldiers were injured in the crash.", [("injured", 12, None)]),
        ("The death toll climbed to 64 on Sunday.", [("killed", 64, None)]),
        ("The explosion claimed 11 lives.", [("killed", 11, None)]),
        ("Eight firefighters lost their lives in the blaze.", [("dead", 8, None)]),
        ("The mortar hit 6 and 19 were hurt.", [("injured", 19, None)]),
        ("Officials said 23 had been detained overnight.", [("arrested", 23, None)]),
        ("Five or more guards were injured.", [("injured", 5, "or more")]),
        ("Witnesses said 50 or more people died.", [("dead", 50, "or more")]),
        ("Between 8 and 10 miners died underground.", [("dead", 8, "between")]),
        ("Raiders took 30 sailors hostage.", [("abducted", 30, None)]),
        ("Nine climbers have been confirmed killed and 4 are feared dead.", [("killed", 9, None), ("dead", 4, None)]),
        ("The clinic treated 25 wounded people.", [("wounded", 25, None)]),
        ("The famine claimed 14 lives and 3 lives were lost at sea.", [("killed", 14, None), ("dead", 3, None)]),
        ("Repairs will cost between $3 and $4 billion.", [("money", 3000000000, "between")]),
    ],
)
def test_quantities_kinds_values_and_approximations(nlp, sentence, expected):
    assert kinds(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks resumed on 14 March 2021 in the capital.",
        "In 2019 the province held elections for the first time.",
        "The 45-year-old commander was one of the founders of the group.",
        "Turnout reached 62% and 70 percent of voters backed the plan.",
        "The meeting started at 10:30 in room 12 and ended at 4 pm.",
        "Call the hotline on 03001234567 for details.",
        "He was the second minister to resign this year.",
        "Retired judge Anna Berg, 79, opened the session on Monday.",
        "Two thirds of the ninety patients recovered.",
        "Volunteers said 300 lives were saved by the new boats.",
    ],
)
def test_quantities_ignores_dates_years_ages_percentages_times_ordinals(nlp, sentence):
    assert kinds(nlp, sentence) == []


def test_quantities_offsets_point_into_the_doc_text(nlp):
    text = "Officials said more than 120 attacks were recorded, killing some 35 soldiers."
    doc = nlp(text)
    found = extract(doc[:])
    assert [q.text for q in found] == ["more than 120 attacks", "some 35 soldiers"]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_quantities_money_unit_and_approximation(nlp):
    doc = nlp("The agency promised over $7m in aid to the region.")
    (q,) = extract(doc[:])
    assert (q.kind, q.value, q.unit, q.approx, q.text) == ("money", 7000000, "USD", "over", "over $7m")


def test_quantities_extract_on_a_subtree_span(nlp):
    doc = nlp("The blast killed 9 people. Police arrested 4 suspects.")
    second = list(doc.sents)[1]
    assert [(q.kind, q.value) for q in extract(second)] == [("arrested", 4)]


def test_fatalities_sums_distinct_victims(nlp):
    doc = nlp("The attack killed 7 soldiers and 3 civilians and wounded 15 others.")
    assert fatalities(extract(doc[:])) == 10


def test_fatalities_uses_lower_bound_for_vague_words(nlp):
    doc = nlp("Dozens of people were killed in the clashes.")
    assert fatalities(extract(doc[:])) == 24


def test_fatalities_none_without_deaths():
    assert fatalities([Quantity("wounded", 5), Quantity("attacks", 10)]) is None
    assert fatalities([]) is None


def test_fatalities_counts_killed_and_dead_of_same_value_once():
    qs = [
        Quantity("killed", 5, start=0, end=1),
        Quantity("dead", 5, start=10, end=11),
        Quantity("dead", 2, start=20, end=21),
    ]
    assert fatalities(qs) == 7
    same = Quantity("killed", 4, start=3, end=4)
    assert fatalities([same, same]) == 4


def test_figures_of_an_event_noun_include_its_outcome_clause(nlp):
    from wirecoder.coding.quantities import figures_span

    doc = nlp("Fighting between two rival gangs left 14 residents dead.")
    noun = next(t for t in doc if t.text == "Fighting")
    assert [(q.kind, q.value) for q in extract(figures_span(noun))] == [("dead", 14)]
    doc = nlp("The ambush on the convoy happened after talks failed.")
    noun = next(t for t in doc if t.text == "ambush")
    assert figures_span(noun).text == "The ambush on the convoy"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one named or singular person told killed, without a number, is one
        (
            "Three guards were killed at the gate; a driver also lost his life.",
            [("killed", 3, None), ("dead", 1, None)],
        ),
        ("Village headman Karim Dad was murdered outside his house.", [("killed", 1, None)]),
        ("Masked men shot dead a pharmacist and two customers.", [("killed", 1, None), ("killed", 2, None)]),
        ("A mob beat three men to death near the depot.", [("killed", 3, None)]),
        ("Armed men gunned down four labourers at a brick kiln.", [("killed", 4, None)]),
        # not under negation, a modal, or a quantifier
        ("No guard was killed in the raid.", []),
        ("The driver could have been killed.", []),
    ],
)
def test_quantities_single_victims_and_kill_phrases(nlp, sentence, expected):
    assert kinds(nlp, sentence) == expected

"""Concessions, appeals and acceptances told with the party they are made to, and the forms that are none:
yielding to someone's pressure or demand, asking something "from" someone, accepting someone's offer, a letter
that asks, a deadline given; offers of goods, agreeing on a view, and violence told as what stops.

Every sentence is composed for these tests; tests/data/verbal_pairs.yaml holds a larger composed set, scored
by `python scripts/score_verbal_pairs.py`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from composed import coder_on
from wirecoder.article import Event

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "score_verbal_pairs.py"


events = coder_on("2024-05-20")


def typed(short, text: str, kind: str) -> list[Event]:
    return [e for e in events(short, text) if e.plover["type"] == kind]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kenyan party withdrew its nominee in response to a warning from President William Ruto.", "Ruto"),
        ("The mining company gave in to the government's demands for higher royalties.", "government"),
        ("The Chilean senator bowed to pressure from President Gabriel Boric.", "Boric"),
        ("The Malaysian government dropped the contested bill in response to pressure from the king.", "king"),
    ],
)
def test_a_concession_is_made_to_whoever_pressed_for_it(short, text, target):
    found = typed(short, text, "CONCEDE")
    assert found and found[0].target is not None and target.lower() in found[0].target.text.lower(), found


def test_a_concession_to_no_one_named_keeps_no_target(short):
    found = typed(short, "The Peruvian cabinet withdrew the tax bill after weeks of debate.", "CONCEDE")
    assert found and found[0].target is None, found


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Bangladesh requested an extension of the loan deadline from the IMF.", "REQUEST", "IMF"),
        ("Colombia accepted an invitation from Venezuela to attend the border summit.", "AGREE", "Venezuela"),
        ("Nigeria's president issued a statement urging Ghana to reopen the border.", "REQUEST", "Ghana"),
        ("The Kenyan union gave the government 48 hours to pay the arrears.", "REQUEST", "government"),
        ("Teachers in Lima gave the education ministry until Monday to restore the bonus.", "REQUEST", "ministry"),
        ("The Yemeni rebels accepted the Saudi proposal for a truce.", "AGREE", "Saudi"),
        ("The Sudanese rebels accepted the Sudanese government's offer of talks.", "AGREE", "government"),
        ("The governor of Oaxaca urged residents to stay indoors.", "REQUEST", "residents"),
        ("Dairy farmers in Cork said they want the ministers to listen to rural towns.", "REQUEST", "ministers"),
        ("Hatice Aydin addressed reporters in Madrid, calling for the killers to face trial.", "REQUEST", "killers"),
        ("Protesters in San Juan called for Gutierrez's resignation after the leak.", "REQUEST", "Gutierrez"),
        ("Ecuador's cabinet caved in to the demands of striking nurses.", "CONCEDE", "nurses"),
        (
            "Tonga sought emergency loans from the Asian Development Bank after the tsunami.",
            "REQUEST",
            "Asian Development Bank",
        ),
    ],
)
def test_appeals_and_acceptances_find_whom_they_concern(short, text, kind, target):
    found = typed(short, text, kind)
    assert found and found[0].target is not None and target.lower() in found[0].target.text.lower(), found


def test_the_author_of_a_letter_that_asks_is_its_sender(short):
    text = "Indonesia's foreign minister sent a letter asking the Dutch government to return the looted artefacts."
    found = typed(short, text, "REQUEST")
    assert found and found[0].source is not None and "minister" in found[0].source.text.lower(), found


@pytest.mark.parametrize(
    "text",
    [
        "The budget airline offers daily flights to Lisbon and Porto.",
        "The mayor agreed with reporters that the summer had been unusually dry.",
        "Japan gave Vietnam aid until 2019.",  # aid stays aid (below)
        "Economists in Lagos expect prices to rise next year.",  # no one asked to act
    ],
)
def test_offers_of_goods_and_shared_views_are_no_agreement(short, text):
    assert not typed(short, text, "AGREE") and not typed(short, text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        '"We have to stop attacking each other," the Sudanese general said.',
        "The rebels stopped shelling the town in March.",
        "The army refrained from firing on the protesters.",
    ],
)
def test_violence_told_as_stopping_is_no_attack(short, text):
    assert not typed(short, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen stopped a bus near Kaduna and shot two passengers.", "ASSAULT"),
        ("The two presidents agreed that the border would be reopened next month.", "AGREE"),
        ("Turkey offered aid to Syria after the earthquake.", "AGREE"),
    ],
)
def test_acts_next_to_these_forms_stay(short, kind, text):
    assert typed(short, text, kind)


def test_the_scorer_reads_a_row_of_each_kind():
    spec = importlib.util.spec_from_file_location("score_verbal_pairs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.holds({"text": "x", "plover": None}, [])
    assert module.holds({"text": "x", "not": ["AGREE"]}, [])


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Party of Canada did not say whom it would back in the runoff.",
        "Colombia has not decided whether to join the Pacific trade pact.",
        "Reporters in Accra asked whom the ruling party would support.",
        "In 2015 she was appointed to fill the vacancy on the Kenyan supreme court.",
        "The Green Party candidate proposes a new way to fund public schools in Oregon.",
        "Most economists agree that the Ghanaian cedi is undervalued.",
        "The Czech prime minister refused to say whom he would back in the Slovak election.",
    ],
)
def test_open_questions_and_offices_taken_are_no_agreement_or_refusal(short, text):
    kinds = {"AGREE", "REQUEST", "CONCEDE"} | (set() if "refused" in text else {"REJECT"})  # refusing to say: 12x
    assert not [t for t in (e.plover["type"] for e in events(short, text)) if t in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian government admitted that its soldiers had crossed into Congolese territory.",
        "The Pakistani army acknowledged that its troops had fired on the village.",
    ],
)
def test_admitting_a_wrongful_act_concedes_it(short, text):
    assert typed(short, text, "CONCEDE")


def test_an_answered_question_stays_an_act(short):
    assert typed(short, "Kenya announced it would send aid to Somalia.", "AGREE")
    assert typed(short, "The minister asked the army to free the hostages.", "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "The foreign agents bill was shelved after weeks of street protests in Tbilisi.",
        "The fuel levy was scrapped in Nairobi on Monday.",
    ],
)
def test_a_measure_withdrawn_with_no_one_named_is_a_concession(short, text):
    found = typed(short, text, "CONCEDE")
    assert found and found[0].source is None, found


@pytest.mark.parametrize(
    "text",
    [
        "The tax bill in Lima was not withdrawn.",
        "The tax bill in Lima may be withdrawn.",
        "The match in Lima was suspended after fans threw flares.",
    ],
)
def test_no_measure_withdrawn_is_no_concession(short, text):
    assert not typed(short, text, "CONCEDE")

"""ACLED typing of news snippets, round 13: taking part in or joining a protest or a strike (verbs.yaml
take-part-protest, participate-protest); shutters kept down on a strike call (keep-shutters-down); a place or unit
coming under fire or attack (come-under-fire, typed by the fire's kind); supporters gathering at a court, or people
gathering with placards (gather-protest); event nouns told as reported ("heavy fighting was reported") or raging
(occurrence.py); people hurt by an explosive in a by-phrase, a bomber wearing an explosive vest, protesters arrested
by no one named, two unarmed communities clashing (ontology/acled.yaml); an opening participle clause misread as
the subject (opening_participles.py); a counted object read through its "of" object ("shot down 40 of the 55
drones": frames.object_words). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "An estimated 5,000 teachers took part in the rally outside parliament in Lusaka on Thursday.",
            "Peaceful protest",
        ),
        ("Dock workers in Durban joined the national strike on Monday, halting cargo traffic.", "Peaceful protest"),
        ("Traders in Quetta kept their shutters down on Saturday against the new sales tax.", "Peaceful protest"),
        (
            "A border post came under mortar fire from across the frontier in Kurram late on Sunday.",
            "Shelling/artillery/missile attack",
        ),
        ("A military convoy came under attack near Kidal on Wednesday, the army said.", "Armed clash"),
        ("The town came under drone attack overnight, the local governor said.", "Air/drone strike"),
        (
            "Relatives of the detained activists gathered outside the court in Minsk as the trial opened.",
            "Peaceful protest",
        ),
        (
            "Holding placards, dozens of pensioners gathered in front of the finance ministry in Bucharest.",
            "Peaceful protest",
        ),
        ("Heavy clashes were reported in the eastern suburbs of Tripoli on Friday.", "Armed clash"),
        ("Fighting raged around the airport of Khartoum for a second day.", "Armed clash"),
        ("Three shepherds were killed by a landmine near the border in Kunar.", "Remote explosive/landmine/IED"),
        ("Five people were wounded by a roadside bomb in Mogadishu on Tuesday.", "Remote explosive/landmine/IED"),
        (
            "A teenager wearing a suicide vest blew it up at a checkpoint in Bannu, killing two policemen.",
            "Suicide bomb",
        ),
        ("About 40 demonstrators were detained in central Tbilisi overnight.", "Protest with intervention"),
        ("Clashes between Dinka and Nuer herders over grazing land left 14 people dead in Jonglei.", "Armed clash"),
        ("A general strike shut down Dhaka on Sunday.", "Peaceful protest"),
        ("Air defences shot down 31 of the 40 drones launched overnight, the military said.", "Disrupted weapons use"),
        ("Gunners shot down dozens of drones over Odesa overnight, the governor said.", "Disrupted weapons use"),
    ],
)
def test_snippet_r13(short, text, sub):
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ten runners took part in the race in Eldoret on Sunday.",  # taking part in no protest
        "The rebels took part in the talks in Doha.",
        "The prime minister came under fire from his own party over the budget.",  # figurative fire
        "Fans gathered outside the stadium in Lagos before the final.",  # a gathering with no sign of protest
        "No clashes were reported in the capital on Monday, police said.",  # a report of none
        "The shop keeps its shutters down at night.",
    ],
)
def test_no_snippet_event_r13(short, text):
    assert _sub(short, text) == "(none)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "not_sub"),
    [
        # a man wearing a uniform jacket is no suicide bomber
        ("A man wearing a police jacket shot dead a shopkeeper in Karachi.", "Suicide bomb"),
        # armed groups fighting are no mob
        ("Clashes between the army and the rebels left eight people dead in Ituri.", "Mob violence"),
        # arresting people of no protest by no one named stays an arrest
        ("Twelve suspected smugglers were arrested in Tangier on Friday.", "Protest with intervention"),
    ],
)
def test_snippet_r13_not_the_wrong_one(short, text, not_sub):
    assert _sub(short, text) != not_sub


def test_opening_participle_subject():
    """The noun after an opening participle clause's comma is the verb's subject again."""
    from wirecoder.nlp import load_spacy, repair_parse

    nlp = load_spacy("en_core_web_sm")
    doc = repair_parse(nlp, nlp("Waving flags and banners, supporters of the mayor gathered in the square."))
    supporters = next(t for t in doc if t.text == "supporters")
    assert supporters.dep_ == "nsubj" and supporters.head.text == "gathered"
    assert doc[0].dep_ == "advcl" and doc[0].head.text == "gathered"
    untouched = repair_parse(nlp, nlp("Red flags, banners and posters covered the walls of the hall."))
    assert next(t for t in untouched if t.text == "flags").dep_ == "nsubj"

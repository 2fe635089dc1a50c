"""ACLED typing of news snippets, round 26: a place that falls to an armed side is taken by it (and the side the
place fell to is no target of its own act); agreeing on a truce or a peace accord is an Agreement; "the rebel
movement" with no group named before is a rebel group, and rebel factions and plural communities are actors;
"retook" and "overran" read as nouns are parsed as the verbs they are; a chemical agent used on or against
someone is a Chemical weapon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of

TAKEN = "Non-state actor overtakes territory"
REGAINED = "Government regains territory"
NONE = "(none)"


def _main(short, text: str):
    from wirecoder.evaluation.acled import main_event

    return main_event(events_of(short, text))


def _sub(short, text: str) -> str:
    main = _main(short, text)
    return main.acled["sub_event_type"] if main is not None else NONE


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The town of Pinlebu fell to the Kachin Independence Army on Tuesday, residents said.", TAKEN),
        ("Pinlebu fell to the rebels on Tuesday.", TAKEN),
        ("The military base in Tessit fell to al-Qaeda-linked militants after a two-day siege.", TAKEN),
        ("The town fell to the army after heavy fighting.", REGAINED),
        # negatives: prices, rates or duties that fall to something; a projectile that falls on a place is a shelling
        ("Share prices fell to a record low on Tuesday.", NONE),
        ("Inflation fell to 4 percent in March.", NONE),
        ("The responsibility fell to the defence minister.", NONE),
        ("Two rockets fell on the village.", "Shelling/artillery/missile attack"),
    ],
)
def test_place_fell_to(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_fallen_place_keeps_its_taker_as_source(short) -> None:
    main = _main(short, "The base in Gao fell to the rebels.")
    assert main is not None and main.acled["sub_event_type"] == TAKEN
    assert main.source is not None and main.source.sector == "REB" and main.target is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Armenia and Azerbaijan agreed on a text of a peace treaty, the foreign ministries said.", "Agreement"),
        ("The army and the rebels agreed on a ceasefire.", "Agreement"),
        # negatives: agreeing on a date or a venue is no agreement of a conflict
        ("The ministers agreed on the date of the next summit.", NONE),
        ("The two federations agreed on a venue for the final.", NONE),
    ],
)
def test_agreed_on_peace(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub", "sector"),
    [
        ("The rebel movement declared a ceasefire.", "Agreement", "REB"),
        ("The rebel group attacked a village in Ituri.", "Attack", "REB"),
        ("The two rebel factions merged into a single movement.", "Change to group/activity", "REB"),
        ("The armed faction attacked a village.", "Attack", "REB"),
        ("The rival Fulani and Dogon communities signed a peace accord in Mopti.", "Agreement", "CVL"),
    ],
)
def test_generic_armed_and_community_actors(short, text: str, sub: str, sector: str) -> None:
    main = _main(short, text)
    assert main is not None and main.acled["sub_event_type"] == sub
    assert main.source is not None and main.source.sector == sector


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The international community condemned the coup in Niger.",  # singular: no people of a place
        "The Muslim community held prayers for rain in Kano.",
        "Two party factions merged ahead of the election.",  # no armed group
    ],
)
def test_communities_and_factions_give_no_event(short, text: str) -> None:
    assert _sub(short, text) == NONE


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The army retook control of Mweso.", REGAINED),
        ("The Congolese army retook control of Mweso after days of fighting with M23.", REGAINED),
        ("Government troops retook the town of Kawlin on Sunday.", REGAINED),
        ("Jihadist fighters overran a military post near Djibo.", TAKEN),
        # negatives: a market retaking lost ground, a driver retaking the lead take no place
        ("Shares of the mining company retook lost ground on Monday.", NONE),
        ("Verstappen retook the lead on lap 40.", NONE),
    ],
)
def test_irregular_past_read_as_noun(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_stand_in_reparse_makes_the_verb(settings) -> None:
    from wirecoder.nlp import load_spacy, repair_parse

    nlp = load_spacy(settings.spacy_model)
    doc = repair_parse(nlp, nlp("The army retook control of Mweso."))
    tok = next(t for t in doc if t.lower_ == "retook")
    assert tok.pos_ == "VERB" and tok.lemma_ == "retake" and tok.dep_ == "ROOT"
    assert [t.text for t in doc] == ["The", "army", "retook", "control", "of", "Mweso", "."]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Government forces used sarin gas on a rebel-held suburb, killing dozens of residents.", "Chemical weapon"),
        ("Syrian troops used chlorine against civilians in Douma.", "Chemical weapon"),
        ("The regime used chemical weapons against rebels in Ghouta.", "Chemical weapon"),
        # negatives: chlorine used on nothing and no one; tear gas used on protesters is crowd control
        ("Farmers used chlorine to clean the water tanks.", NONE),
        ("The police used tear gas on protesters in Dakar.", "Protest with intervention"),
    ],
)
def test_chemical_agent_used(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub

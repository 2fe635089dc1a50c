"""ACLED typing of news snippets, round 16: "rioting" as the riot noun (riot-n), so that "rioting broke out in X"
is told as happening; a protest that violence marred is told as happening whoever held it, also when the small
model reads its noun as adverbial ("violence marred a march by X": protest_riots.violence_at_protest), and the
marring verb gives way to it (combine.light_verb.v1); property burnt or torched with no doer named
(combine.agentless_damage.v1); an unmanned aerial vehicle or UAV as a drone (weapon_codes, by an adjective and its
head). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type
from conftest import events_of

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rioting broke out in Rangpur on Saturday.", "Violent demonstration"),
        ("Heavy rioting erupted in the port city of Mombasa overnight.", "Violent demonstration"),
        ("Violence marred a march by opposition supporters in Harare.", "Violent demonstration"),
        ("Clashes marred a rally by teachers in Lilongwe on Friday.", "Violent demonstration"),
        ("Scuffles marred a procession by traders in Multan.", "Violent demonstration"),
        ("Several huts were torched in a village near Bossangoa on Thursday night.", "Looting/property destruction"),
        ("Dozens of shops were burnt down in the main market of Maiduguri.", "Looting/property destruction"),
        ("A church was set ablaze in the Shaheen Colony of Faisalabad.", "Looting/property destruction"),
        ("An unmanned aerial vehicle struck a pickup near Marib, killing three men.", "Air/drone strike"),
        ("A UAV hit a motorbike in Aitaroun, killing two people.", "Air/drone strike"),
    ],
)
def test_snippet_types_r16(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rioting is punishable by up to five years in prison in Malawi.", "(none)"),
        ("Heavy rain marred the march in Lusaka.", "(none)"),
        ("Officials fear violence could mar the rally planned for Saturday.", "(none)"),
        ("A late own goal marred the team's celebrations in Accra.", "(none)"),
        ("The opposition plans to march to parliament next week.", "(none)"),
        ("Several houses were damaged by floods in Sylhet.", "(none)"),
        ("The rice was burnt while the family slept.", "(none)"),
        ("The burnt houses of the 2018 violence still stand in Bokkos.", "(none)"),
        ("Houses could be torched if the feud is not settled, elders warned.", "(none)"),
        ("An unmanned aerial vehicle was displayed at the Dubai air show.", "(none)"),
    ],
)
def test_snippet_lookalikes_r16(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_a_vehicle_is_no_drone_r16(short) -> None:
    """Only an aerial vehicle is a drone: an army truck hitting someone is no air strike."""
    assert _sub(short, "A military vehicle hit a cyclist in Tyre, killing him.") != "Air/drone strike"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Troops foiled a raid on their camp near Tessit, killing five assailants.", "Armed clash"),
        ("Police thwarted an ambush on a convoy in Lamu, shooting dead three attackers.", "Armed clash"),
        ("Police foiled a bomb plot in Garissa, arresting two suspects.", "Disrupted weapons use"),
        ("The army foiled an attack on a fuel depot near Tillaberi.", "Disrupted weapons use"),
    ],
)
def test_foiled_attack_met_with_force_r16(short, text: str, sub: str) -> None:
    """A foiled attack that goes on with violence in a participle was fought off: the fight is the event."""
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_one_word_title_needs_its_article_r16(short, settings) -> None:
    """'The Hindu' is a newspaper only with its article; 'Hindu and Muslim groups' name none."""
    from wirecoder.actors import ActorStage
    from wirecoder.article import Article
    from wirecoder.dates import TimeStage
    from wirecoder.nlp import NlpStage

    events = events_of(short, "Clashes between Hindu and Muslim groups left ten injured in Nuh.")
    assert events and all(e.source is None or e.source.sector != "MED" for e in events)
    text = "The Hindu reported that the minister would visit Madurai."
    article = Article(raw=text, source="test", text=text, published="2024-05-20")
    for stage in (NlpStage(settings), TimeStage(settings), ActorStage(settings)):
        article = stage(article)
    assert any(m.actor is not None and m.actor.sector == "MED" for m in article.mentions)

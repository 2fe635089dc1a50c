"""Who did it to whom: the state force a compound names as the user of an act of force ("police gunfire",
"an army drone strike"), and the people a participle or relative clause after an attack says were harmed as
its target ("stormed a clinic, wounding five nurses"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def _violent(short, text: str) -> list[Event]:
    events = short(Article(raw=text, source="t", published="2025-03-04")).events
    return [e for e in events if e.cameo["root"] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        ("Police gunfire killed two marchers in Lilongwe on Saturday.", "police", "MWI"),
        ("Army air strikes killed 14 insurgents in Cabo Delgado province.", "army", "MOZ"),
        ("Three looters were shot dead by police gunfire in Port Harcourt.", "police", "NGA"),
        ("Four robbers were killed in an army firefight near Kasese on Tuesday.", "army", "UGA"),
    ],
)
def test_a_force_noun_modifying_the_act_is_its_source(short, text: str, source: str, country: str) -> None:
    events = _violent(short, text)
    assert events, text
    src = events[0].source
    assert src is not None and source in (src.text or "").lower() and src.country == country, src


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police station in Bauchi on Friday.",  # the station is a thing, the police no actor
        "A bomb exploded near an army base outside Mogadishu.",
    ],
)
def test_a_force_noun_modifying_a_thing_is_no_source(short, text: str) -> None:
    for e in _violent(short, text):
        assert (
            e.source is None
            or "police" not in (e.source.text or "").lower()
            and "army" not in (e.source.text or "").lower()
        ), e.source


@pytest.mark.parametrize(
    ("text", "target", "country"),
    [
        ("Militants stormed a clinic in Kandahar, wounding five pupils.", "pupils", "AFG"),
        ("Bandits attacked a convoy of buses near Gusau, killing four drivers.", "drivers", "NGA"),
        (
            "A rocket slammed into a hall in Idlib where mourners had gathered, killing nine mourners.",
            "mourners",
            "SYR",
        ),
        ("Police gunfire killed a street vendor in Harare on Monday.", "vendor", "ZWE"),
        ("A blast ripped through a ferry terminal in Bujumbura, killing six travellers.", "travellers", "BDI"),
    ],
)
def test_people_a_participle_says_were_harmed_are_the_target(short, text: str, target: str, country: str) -> None:
    events = _violent(short, text)
    assert events, text
    tgt = events[0].target
    assert tgt is not None and target in (tgt.text or "") and tgt.country == country, tgt


def test_a_finite_second_clause_is_no_participle() -> None:
    """ "attacked the depot and killed a guard": the second verb is an act of its own, not the depot's victim."""
    from wirecoder.coding.participle_victims import harmed_objects
    from wirecoder.nlp import load_spacy

    nlp = load_spacy("en_core_web_sm")
    doc = nlp("Rebels attacked the depot and killed a guard.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert harmed_objects(root) == []
    doc = nlp("Rebels attacked the depot, killing a guard.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [t.text for t in harmed_objects(root)] == ["guard"]


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        ("A missile hit a fuel depot near Marib on Sunday. The Houthis claimed the strike.", "Houthis", "YEM"),
        ("Rockets landed inside a base near Erbil. Kataib Hezbollah claimed the rocket attack.", "Kataib", "IRQ"),
    ],
)
def test_a_claimed_strike_names_the_earlier_attacks_source(short, text: str, source: str, country: str) -> None:
    events = _violent(short, text)
    assert events, text
    src = events[0].source
    assert src is not None and source in (src.text or src.name or "") and src.country == country, src


def test_a_labour_strike_claimed_as_a_success_names_no_attacker(short) -> None:
    text = "Gunmen shot a guard at a mine near Rustenburg. The union claimed the strike had shut the mine."
    events = _violent(short, text)
    assert events and (events[0].source is None or "union" not in (events[0].source.text or "").lower())

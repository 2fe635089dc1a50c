"""Coordinator's round-13 probes of composed news (every sentence written for these tests): an escape's goal
is no country of those who fled nor the place of their acts, and a measure the source calls its own
("extended its sanctions against X") is aimed at X."""

from __future__ import annotations

from composed import coder_on

_events = coder_on("2026-03-10", source="t")


def test_the_goal_of_an_escape_names_no_country(short):
    text = (
        "Suspected jihadists killed 14 villagers in an overnight raid in western Niger on Saturday. The attackers "
        "set fire to granaries before fleeing towards the Malian border."
    )
    arson = [e for e in _events(short, text) if e.cameo["code"].startswith("171")]
    assert arson and all((e.location or {}).get("country") == "NER" for e in arson)
    assert all((e.source is None or e.source.country != "MLI") for e in arson)


def test_a_place_acted_in_is_kept_beside_an_escape(short):
    text = "Gunmen stormed a police post in Tillaberi on Monday before fleeing to Mali, officials said."
    attack = _events(short, text)[0]
    assert attack.location["country"] == "NER"


def test_a_sanction_named_as_the_sources_own_is_aimed_further_in(short):
    for text in (
        "The European Union on Monday extended its sanctions against Belarus for another year.",
        "The European Union on Monday renewed its sanctions against Russia for six months.",
    ):
        events = [e for e in _events(short, text) if e.cameo["code"] == "163"]
        assert events and events[0].target is not None and events[0].target.country in {"BLR", "RUS"}


def test_a_pronoun_target_of_someone_else_stays(short):
    text = "Iran's foreign minister met his Omani counterpart on Monday and welcomed his efforts to end the war."
    assert all(e.target is None or e.target.country != "IRN" for e in _events(short, text) if e.cameo["root"] == "05")

"""A violent verb and the violent event noun that was its means are one event ("killed in a Y air strike")."""

from __future__ import annotations

from wirecoder.article import Article


def test_victims_killed_in_a_named_air_strike_are_one_event_with_its_maker_as_source(short):
    art = short(
        Article(
            raw="Two Kurdish villagers were killed in a Turkish air strike on Sunday.",
            source="t",
            published="2024-05-02",
        )
    )
    coded = [
        (e.source.country if e.source else None, e.target.sector if e.target else None, e.cameo["code"][:2])
        for e in art.events
    ]
    assert coded == [("TUR", "CVL", "19")], coded


def test_an_active_killer_is_not_replaced_by_the_means(short):
    art = short(
        Article(
            raw="Greek police killed two smugglers in a raid near the Turkish border.",
            source="t",
            published="2024-05-02",
        )
    )
    sources = {e.source.country for e in art.events if e.source and e.cameo["code"][:2] in {"18", "19"}}
    assert sources <= {"GRC"}, [(e.source, e.cameo) for e in art.events]


def test_a_target_inside_the_object_phrase(short):
    """A verb whose roles find no target takes the named actor inside its object phrase."""
    art = short(Article(raw="Canada advised against travel to Tunisia.", source="t", published="2024-05-02"))
    assert [(e.source.cameo, e.target.cameo if e.target else None) for e in art.events] == [("CAN", "TUN")]


def test_an_infinitive_on_a_noun_is_not_an_act(short):
    """'permission to help X': the help has not happened; 'efforts to mediate' (an attempt) still codes."""
    art = short(
        Article(raw="Chile refused permission for Peru to send aid to Bolivia.", source="t", published="2024-05-02")
    )
    assert not [e for e in art.events if e.cameo["code"][:2] == "07"], [(e.source, e.cameo) for e in art.events]

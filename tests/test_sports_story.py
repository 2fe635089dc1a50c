"""A match report gives no events: its sides beat, attack and strike back on a pitch; a riot or an attack told
in a sports story, and any conflict story, keep theirs. Composed stories."""

from __future__ import annotations

from wirecoder.article import Article
from wirecoder.coding.sports_story import sports_text


def _types(short, text: str, title: str | None = None) -> list[str]:
    art = short(Article(raw=text, source="t", published="2025-03-10", title=title))
    return [e.plover["type"] for e in art.events]


_MATCH = (
    "Ghana beat Mali 3-0 in Accra on Sunday to reach the final of the regional cup.\n\n"
    "Mali attacked from the start, but Ghana struck twice before half-time.\n\n"
    "Mali's coach accused the referee of missing a foul in the 40th minute.\n\n"
    "The president congratulated the team on state radio."
)
_MATCH_RIOT = _MATCH + "\n\nAfter the final whistle, police fired tear gas at fans who threw stones, injuring nine."


def test_a_match_report_gives_no_events(short):
    assert _types(short, _MATCH) == []


def test_a_riot_in_a_sports_story_is_kept(short):
    assert _types(short, _MATCH_RIOT)


def test_a_conflict_story_keeps_its_attacks(short):
    text = (
        "Gunmen attacked a police post near Kano on Sunday, killing three officers.\n\n"
        "The army said its team had struck back at the attackers in the afternoon."
    )
    assert "ASSAULT" in _types(short, text)


def test_sports_leads():
    assert sports_text("Kenya's runner won the Berlin marathon on Sunday")
    assert sports_text("Brazil edged Argentina 2-1 in Rio")
    assert not sports_text("The Arab League condemned the strike and said the final decision lay with Cairo")
    assert not sports_text("Talks were held on July 27-28 in Doha")
    assert not sports_text("The Awami League won 200 seats in the election")

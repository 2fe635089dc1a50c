"""A person told by a role no actor stands for ("the city's mayor") takes the country of its sentence's places,
as bare noun phrases of people do; a thing named by a noun does not. Composed sentences."""

from __future__ import annotations

from wirecoder.article import Article


def _targets(short, text: str) -> list[tuple[str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2025-06-04"))
    return [(e.target.text, e.target.country) for e in art.events if e.target is not None]


def test_a_role_of_an_owner_no_actor_stands_for_takes_the_place_country(short):
    text = "A court in Lahore on Monday sentenced the city's former mayor to six years in prison."
    assert ("the city's former mayor", "PAK") in _targets(short, text)


def test_a_governor_detained_in_a_named_city(short):
    text = "Police in Ankara detained the province's governor on Tuesday."
    assert ("the province's governor", "TUR") in _targets(short, text)


def test_no_place_and_no_story_gives_no_country(short):
    text = "Police detained the city's mayor on Tuesday."
    assert all(country is None for _, country in _targets(short, text))


def test_plural_officials_meeting_abroad_take_no_country_from_the_venue(short):
    art = short(Article(raw="The foreign ministers met in Geneva on Friday.", source="t", published="2025-06-04"))
    assert all(e.source is None or e.source.country != "CHE" for e in art.events)

"""People a story names without a country ("critics", "residents") are of the country the story is about,
when other sentences name that one country clearly more than any other; a story about two countries, or
one sentence alone, gives them none. Composed stories."""

from __future__ import annotations

from wirecoder.article import Article


def _sources(short, text: str) -> list[tuple[str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    return [(e.source.text, e.source.country) for e in art.events if e.source is not None]


_CHILE = (
    "Chile's government raised bus fares in Santiago on Monday.\n\n"
    "The Chilean transport minister defended the rise in Valparaiso on Tuesday.\n\n"
    "Critics condemned the decision on Wednesday."
)
_TWO = (
    "Peru and Bolivia signed a border deal in Lima on Monday.\n\n"
    "Peruvian and Bolivian officials praised the deal in La Paz.\n\n"
    "Critics condemned the deal on Wednesday."
)


def test_people_named_without_a_country_take_the_storys(short):
    assert ("Critics", "CHL") in _sources(short, _CHILE)


def test_a_story_about_two_countries_gives_none(short):
    assert ("Critics", None) in _sources(short, _TWO)


def test_one_sentence_gives_none(short):
    assert ("Critics", None) in _sources(short, "Critics condemned the decision on Wednesday.")

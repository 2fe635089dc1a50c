"""Round 19 on short attack summaries: tolls told as a share of a casualty count ("caused 30 casualties, 6 of
them fatal"), as "one of the <captives>" killed ("one of the hostages was beheaded"), and as the list of "the
dead included ..." (each count, and one for an "a/an" noun). Every sentence here was written for these tests
(none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from wirecoder.article import Article
from wirecoder.coding.quantities import extract, fatalities


def _quantities(short, text: str) -> list:
    article = short(Article(raw=text, source="t", published="2026-03-04"))
    return [q for sent in article.doc.sents for q in extract(sent)]


def _toll(short, text: str) -> int | None:
    return fatalities(_quantities(short, text))


def test_share_of_casualties_told_fatal(short):
    text = "A mortar round hit a bus depot in Mogadishu, Somalia, causing 26 casualties, 6 of them fatal."
    assert _toll(short, text) == 6


def test_share_of_casualties_word_number(short):
    text = "A landmine struck a tractor near Herat, Afghanistan, leaving 11 casualties, three of them fatal."
    assert _toll(short, text) == 3


def test_share_not_told_fatal_is_no_toll(short):
    text = "A grenade blast in a market in Jos, Nigeria, caused 18 casualties, 5 of them children."
    assert not _toll(short, text)


def test_one_of_the_captives_beheaded(short):
    text = "Gunmen seized three loggers in Sulu, Philippines. One of the loggers was beheaded in July."
    assert _toll(short, text) == 1


def test_one_of_them_shot_dead(short):
    text = "Rebels kidnapped two road engineers near Bunia. One of them was shot dead a week later."
    assert _toll(short, text) == 1


def test_one_of_the_superlative_is_no_count(short):
    text = "One of the largest fuel depots in Aden, Yemen, was set on fire by a drone strike."
    assert not _toll(short, text)
    assert not [q for q in _quantities(short, text) if q.text.lower().startswith("one")]


def test_one_of_the_who_speaks_is_no_count(short):
    text = "One of the wounded guards said the attackers escaped on foot."
    assert not [q for q in _quantities(short, text) if q.text.lower().startswith("one")]


def test_dead_included_a_list(short):
    text = "Insurgents attacked a checkpoint near Tal Afar, Iraq. The dead included 7 policemen and 2 schoolboys."
    assert _toll(short, text) == 9


def test_dead_included_an_article_noun(short):
    text = "Raiders struck a convoy near Gao, Mali. The dead included 4 peacekeepers and an interpreter."
    assert _toll(short, text) == 5


def test_victims_included_is_no_toll(short):
    text = "A bomb wounded shoppers in Peshawar, Pakistan. The victims included 4 police officers and a nurse."
    assert not _toll(short, text)


def test_delegation_included_is_no_toll(short):
    text = "The delegation included 3 ministers and an adviser."
    assert not _toll(short, text)


def _main(short, text: str):
    from wirecoder.coding.main_event import is_violent, main_event

    events = short(Article(raw=text, source="t", published="2026-03-04")).events
    return events, main_event([e for e in events if is_violent(e)]) or main_event(events)


def test_toll_after_the_blame_is_the_blamed_groups(short):
    events, main = _main(
        short,
        "06/11/1993: A bomb went off outside a court house in San Sebastian, Spain. Investigators blamed ETA. "
        "Two bailiffs were killed.",
    )
    tolls = [e for e in events if e.fatalities]
    assert tolls and all(e.source is not None and "ETA" in (e.source.text or "") for e in tolls)


def test_toll_after_the_blame_of_another_attack_keeps_no_doer(short):
    events, _ = _main(
        short,
        "08/02/2014: A grenade was thrown at a bar in Mombasa, Kenya. Police blamed Al-Shabaab. "
        "In a separate attack, two fishermen were killed near Lamu.",
    )
    tolls = [e for e in events if e.fatalities]
    assert all(e.source is None or "Shabaab" not in (e.source.text or "") for e in tolls)

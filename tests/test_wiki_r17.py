"""Round-17 whole Wikinews-style articles: datelines, blocs suspending members, juntas closing institutions.

- A dateline place the parser made the subject ("Kuala Lumpur — Foreign ministers of ASEAN signed ...") is no
  actor: the apposition after it is; a dateline with its own subject is untouched.
- The dateline counts once (double) towards the story's country, not again as a lead-sentence name: a story
  filed from a regional hub ("Addis Ababa — The African Union suspended Madagascar ...") is about the country
  the text names, and its unnamed actors are of that country.
- A bloc suspending a member named alone ("the African Union suspended Madagascar") reduces relations
  (SANCTION, the member the target); "suspended talks", "suspended the strike", "suspended aid" keep their codes.
- Suspending or dissolving a country's institutions (constitution, senate, electoral commission, outlets) is
  COERCE; suspending an officer or flights is not this.
Every text is composed for these tests; tests/data/news_articles_r17.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r17.yaml`.
"""

from __future__ import annotations

from composed import coder_on, of_type, pair

events = coder_on("2026-06-14")


def test_dateline_subject_gives_way_to_its_apposition(short):
    evs = events(
        short,
        "Bangkok — Foreign ministers of the Association of Southeast Asian Nations signed an agreement on Tuesday "
        "on fishing rights.",
    )
    assert evs
    assert all(e.source is not None and e.source.text != "Bangkok" for e in evs)
    assert all(e.source is not None and e.source.country != "THA" for e in evs)


def test_dateline_with_its_own_subject_is_untouched(short):
    evs = events(short, "Lagos — Nigerian police arrested 14 protesters on Tuesday.")
    coerce = of_type(evs, "COERCE")
    assert coerce and coerce[0].source is not None and coerce[0].source.country == "NGA"


def test_hub_dateline_does_not_make_the_story_country(short):
    evs = events(
        short,
        "Nairobi — Soldiers in Burundi detained the speaker of parliament on Monday, according to officials in "
        "Bujumbura. The soldiers also arrested two opposition journalists.",
    )
    arrests = of_type(evs, "COERCE", 1)
    assert arrests and all(pair(e)[1] != "KEN" for e in arrests)


def test_dateline_of_the_story_country_still_decides(short):
    evs = events(short, "Accra — Police fired tear gas at students on Monday. Police arrested 30 students.")
    arrests = of_type(evs, "COERCE", 2)  # "Accra —" is the dateline, a sentence of its own
    assert arrests and arrests[0].source is not None and arrests[0].source.country == "GHA"


def test_bloc_suspends_a_member_named_alone(short):
    evs = events(short, "The Commonwealth suspended Fiji on Tuesday after the army took over the government.")
    sanction = of_type(evs, "SANCTION", 0)
    assert sanction and sanction[0].target is not None and sanction[0].target.country == "FJI"


def test_suspending_talks_a_strike_or_aid_keeps_its_code(short):
    assert of_type(events(short, "The government suspended talks with the rebels on Friday."), "SANCTION")
    assert not of_type(events(short, "The teachers' union suspended the strike on Friday."), "SANCTION")
    sanction = of_type(events(short, "Sweden suspended development aid to Zimbabwe."), "SANCTION")
    assert sanction and sanction[0].cameo["code"] == "162"


def test_junta_suspends_and_dissolves_institutions(short):
    evs = events(
        short,
        "The junta dissolved the senate, suspended the electoral commission and banned public gatherings on Sunday.",
    )
    coerce = of_type(evs, "COERCE", 0)
    assert {e.trigger["lemma"] for e in coerce} >= {"dissolve", "suspend"}


def test_suspending_an_officer_or_flights_is_no_crackdown(short):
    assert not of_type(events(short, "The ministry suspended the officer pending an inquiry."), "COERCE")
    assert not of_type(events(short, "Two airlines suspended flights to Cyprus because of the storm."), "COERCE")

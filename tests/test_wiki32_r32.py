"""Round-32 whole news articles (lane wiki32): classes that recur across Wikinews-style articles.

- An act judged in a reported clause is the speaker's criticism ("the ministry said the attack was a deliberate
  attempt to derail the talks", "the union said the ban was illegal"): ACCUSE, aimed at the act's owner only when
  the clause names one (coding/judged_acts.py, lexicon judged_acts). A plain description ("said the protest was
  peaceful") or a negated judgement is no event.
- A court's or a judge's order to the army or the police is a demand on them (REQUEST), not a mobilization nor the
  act ordered done by the court; a government's order to its own forces is still the act (combine/ordered_forces.py,
  ``judicial_orderers``).
- A speaker announcing its own future protest with a light verb ("the unions said they would hold a strike") is a
  threat; a plan told by someone else ("police said the unions would hold a strike") stays a protest
  (combine/complements.py).
- Organisers (of a protest, a strike) are protesters: "organisers said ..." takes the story country (actors/agents.yaml).
- Silencing and intimidating are wrongdoings an accuser alleges ('"The government is trying to silence us," ...').

Every sentence is composed for these tests; tests/data/news_articles_wiki32_r32*.yaml hold composed whole
articles, scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

from composed import coder_on, current, of_type, pair

events = coder_on("2026-09-14")


def kinds(evs) -> list[tuple[str, str | None, str | None]]:
    return sorted(((e.plover or {}).get("type"), *pair(e)) for e in current(evs))


def test_judged_attack_is_accusation_without_target(short):
    got = kinds(
        events(short, "The foreign ministry of Iran said the attack was a deliberate attempt to derail the talks.")
    )
    assert got == [("ACCUSE", "IRN", None)]


def test_judged_abduction_part_of_campaign(short):
    got = kinds(
        events(
            short,
            "The Pakistan Federal Union of Journalists said the abduction was part of a campaign to intimidate the press.",
        )
    )
    assert got == [("ACCUSE", "PAK", None)]


def test_judged_illegal(short):
    assert kinds(events(short, "The Kenyan interior ministry said the strike was illegal.")) == [
        ("ACCUSE", "KEN", None)
    ]


def test_quoted_judgement_has_no_addressee_target(short):
    evs = current(
        events(short, '"This arrest is an attack on democracy," the spokesman of the Kenyan opposition told reporters.')
    )
    accusations = of_type(evs, "ACCUSE")
    assert len(accusations) == 1 and pair(accusations[0]) == ("KEN", None)


def test_plain_description_or_negated_judgement_is_no_event(short):
    assert kinds(events(short, "Kenya's interior minister said the protest was peaceful.")) == []
    assert kinds(events(short, "The Kenyan interior ministry said the strike was not illegal.")) == []
    assert kinds(events(short, "Police in Kenya said the blast was an accident.")) == []


def test_judgement_needs_a_named_speaker(short):
    assert kinds(events(short, "It said the raid was illegal.")) == []


def test_court_order_to_police_is_demand(short):
    got = kinds(
        events(short, "The Islamabad High Court on Monday ordered police to explain the disappearance of a journalist.")
    )
    assert got == [("REQUEST", "PAK", "PAK")]


def test_court_order_to_investigate_is_demand_not_investigation(short):
    got = kinds(
        events(short, "The Supreme Court of India ordered the police to investigate the killing of the activist.")
    )
    assert got == [("REQUEST", "IND", "IND")]


def test_judge_order_to_army_is_demand(short):
    got = kinds(events(short, "A federal judge in Mexico ordered the army to hand over files on the missing students."))
    assert got == [("REQUEST", "MEX", "MEX")]


def test_government_order_to_own_forces_still_the_act(short):
    got = kinds(events(short, "The Nigerian president ordered the army to hunt down the gunmen."))
    assert got == [("MOBILIZE", "NGA", "NGA")]


def test_announced_own_strike_is_threat(short):
    got = kinds(events(short, "Opposition parties in Georgia said they would hold a general strike next week."))
    assert got == [("THREATEN", "GEO", None)]
    got = kinds(events(short, "The Kenyan teachers' union said it would stage a nationwide walkout on Monday."))
    assert [g[0] for g in got] == ["THREATEN"]


def test_strike_planned_by_others_or_held_stays_protest(short):
    got = kinds(events(short, "Police in Georgia said the opposition parties would hold a general strike next week."))
    assert [g[0] for g in got] == ["PROTEST"]
    got = kinds(events(short, "Opposition parties in Georgia said they held a general strike last week."))
    assert [g[0] for g in got] == ["PROTEST"]


def test_silencing_alleged_is_accusation(short):
    got = kinds(
        events(short, '"The government is trying to silence every critic," the Ugandan opposition leader said.')
    )
    assert got == [("ACCUSE", "UGA", "UGA")]


def test_organisers_of_a_protest_take_the_story_country(short):
    text = "Thousands of protesters rallied in Bangkok on Sunday. Organisers said the prime minister had betrayed the country."
    accusations = of_type(current(events(short, text)), "ACCUSE", 1)
    assert [pair(e) for e in accusations] == [("THA", "THA")]


def test_organisers_of_games_make_no_statement(short):
    assert kinds(events(short, "The organisers of the Olympic Games said the stadium was ready.")) == []


def test_announced_protest_of_a_plain_group_keeps_its_speaker(short):
    evs = current(events(short, "Farmers' groups in India said they would stage fresh protests next month."))
    threats = of_type(evs, "THREATEN")
    assert len(threats) == 1 and pair(threats[0])[0] == "IND" and not of_type(evs, "PROTEST")


def test_quoted_judgement_told_to_reporters_names_no_target(short):
    text = (
        "Hundreds marched in Mombasa over the detention of Kenyan activist Grace Atieno. "
        '"This detention is an attack on free speech," the Kenyan opposition spokesman told reporters.'
    )
    accusations = of_type(current(events(short, text)), "ACCUSE", 1)
    assert len(accusations) == 1 and accusations[0].target is None

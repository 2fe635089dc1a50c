"""Round-26 whole Wikinews-style conflict articles (lane wikiwar): judgements of attacks, armed men sent, orders.

- "Called the strike a deliberate attack on civilians", "described the raid as a blatant attack on X": the
  speaker's judgement of the act (ACCUSE), not a new attack; an attack named after "called a meeting" or
  "witnesses described" is no judgement (combine/characterized.py, lexicon ``characterized``).
- Troops, soldiers or police sent with no state named to receive them are deployed (MOBILIZE), not aid; troops sent
  to a state stay as before (aid), soldiers sent to a state stay no event.
- An order to one's own forces to pursue or hunt down attackers mobilizes them (no appeal to anyone).
Every text is composed for these tests; tests/data/news_articles_war_r26.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_war_r26.yaml`.
"""

from __future__ import annotations

from wirecoder.article import Article, Event
from wirecoder.evaluation.igo_codes import guide_country


def events(short, text: str, published: str = "2026-10-14") -> list[Event]:
    return short(Article(raw=text, source="test", published=published)).events


def types(evs: list[Event], sentence: int = 0) -> list[str]:
    return [str((e.plover or {}).get("type")) for e in evs if e.sentence_index == sentence and not e.background]


# --- a judgement that names an attack


def test_called_the_strike_a_deliberate_attack_is_an_accusation(short):
    text = (
        "A missile hit a school in Kharkiv on Monday, killing four children. "
        "President Volodymyr Zelensky called the strike a deliberate attack on civilians."
    )
    evs = events(short, text)
    assert types(evs, 1) == ["ACCUSE"]
    acc = [e for e in evs if e.sentence_index == 1][0]
    assert guide_country(acc.source) == "UKR"


def test_described_as_an_attack_is_an_accusation(short):
    text = (
        "Israeli jets struck a village in southern Lebanon on Monday. "
        "Lebanon's president described the raid as a blatant attack on Lebanese sovereignty."
    )
    evs = events(short, text)
    assert types(evs, 1) == ["ACCUSE"]
    assert guide_country([e for e in evs if e.sentence_index == 1][0].source) == "LBN"


def test_a_meeting_called_after_an_attack_is_no_judgement(short):
    text = "The Ukrainian president called an emergency meeting after an attack on the city of Sumy."
    assert "ACCUSE" not in types(events(short, text))


def test_witnesses_describing_an_attack_judge_nothing(short):
    text = "Witnesses in northern Nigeria described a brutal attack on the village."
    assert "ACCUSE" not in types(events(short, text))


def test_a_judgement_without_an_attack_noun_is_unchanged(short):
    text = "The Kenyan opposition called the verdict an attack on the voters."
    assert types(events(short, text)) == ["ACCUSE"]


# --- armed men sent


def test_troops_sent_to_patrol_are_a_deployment(short):
    text = (
        "Ecuador's President Daniel Noboa declared a state of emergency in Guayas province and sent 2,000 troops "
        "to patrol the streets."
    )
    evs = events(short, text)
    assert "MOBILIZE" in types(evs) and "AID" not in types(evs)


def test_soldiers_sent_to_a_town_are_a_deployment(short):
    assert types(events(short, "Mali's government sent soldiers to the border town of Menaka on Tuesday.")) == [
        "MOBILIZE"
    ]


def test_troops_sent_to_a_state_stay_aid(short):
    evs = events(short, "Kenya sent troops to Somalia on Monday.")
    assert types(evs) == ["AID"]
    assert guide_country(evs[0].target) == "SOM"


def test_soldiers_sent_to_a_state_in_passing_are_no_event(short):
    text = "Officials in Cairo said a plan for sending Egyptian soldiers to Sudan would break the truce."
    assert "MOBILIZE" not in types(events(short, text))


def test_food_sent_stays_aid(short):
    text = "The World Food Programme sent trucks carrying food to the Sudanese town of Kosti on Monday."
    assert "MOBILIZE" not in types(events(short, text))


# --- orders to pursue


def test_ordering_troops_to_pursue_attackers_mobilizes(short):
    text = "Philippine Defence Secretary Gilberto Teodoro ordered troops to pursue the attackers."
    evs = events(short, text)
    assert types(evs) == ["MOBILIZE"]
    assert guide_country(evs[0].source) == "PHL"


def test_ordering_police_to_hunt_down_gunmen_mobilizes(short):
    text = "Nigeria's president ordered security forces to hunt down the gunmen who killed 20 villagers."
    assert "MOBILIZE" in types(events(short, text))


def test_an_order_to_another_party_stays_no_mobilization(short):
    text = "The Nigerian court ordered the state government to pay compensation to the victims."
    assert "MOBILIZE" not in types(events(short, text))

"""Round-18 whole Wikinews-style articles: requests told as the reason of an act, coups, acts told as a rule,
media switched off.

- "At the request of X, Y did Z", "at X's request", "upon a request from X": X's request is an event of its own
  (REQUEST) beside Y's act; "rejected the union's request" keeps the request as the rejection's topic.
- Seizing or grabbing power is a coup (COERCE, as the dev set codes coups); "power" is never a target, the one
  ousted ("seized power from X") is.
- An act told as what is usual ("it is commonplace for new juntas to suspend parliament") or as a habit in the
  simple present ("governments often impose curfews") is no event; the same act told as done stays.
- Switching off or closing television and radio stations restricts the media (COERCE); closing a border
  crossing reduces relations (SANCTION).
Every text is composed for these tests; tests/data/news_articles_r18.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r18.yaml`.
"""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-06-14")


def of_type(evs: list[Event], kind: str) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind]


def test_request_of_x_is_kept_beside_the_act_it_asked_for(short):
    evs = events(short, "At the request of the Somali government, Kenya arrested four clan militia leaders.")
    assert [e.source.country for e in of_type(evs, "REQUEST") if e.source] == ["SOM"]
    assert of_type(evs, "COERCE")


def test_possessive_request_is_an_event(short):
    evs = events(short, "At Baghdad's request, Jordan sent two planes to evacuate the wounded.")
    req = of_type(evs, "REQUEST")
    assert req and req[0].source is not None and req[0].source.country == "IRQ"


def test_request_from_x_is_an_event(short):
    evs = events(short, "Upon a request from Kinshasa, Angola deployed 500 troops along the border.")
    assert any(e.source is not None and e.source.country == "COD" for e in of_type(evs, "REQUEST"))
    assert of_type(evs, "MOBILIZE")


def test_rejected_request_stays_a_topic(short):
    evs = events(short, "The Colombian government rejected the guerrillas' request for a ceasefire on Monday.")
    assert of_type(evs, "REJECT")
    assert not of_type(evs, "REQUEST")


def test_seized_power_is_a_coup_with_no_power_target(short):
    evs = events(short, "Niamey, Niger — Army officers seized power on Wednesday and closed the airport.")
    coerce = of_type(evs, "COERCE")
    assert coerce
    assert all(e.target is None or "power" not in (e.target.text or "").lower() for e in evs)
    assert not of_type(evs, "ASSAULT")


def test_power_seized_from_a_leader_targets_the_leader(short):
    evs = events(short, "Soldiers grabbed power from President Alpha Conde in Conakry on Sunday.")
    coerce = of_type(evs, "COERCE")
    assert coerce and coerce[0].target is not None and "Conde" in (coerce[0].target.text or "")


def test_seized_weapons_keep_their_code(short):
    evs = events(short, "Police in Lagos seized 40 rifles from a warehouse on Friday.")
    assert all((e.cameo or {}).get("code") != "170" for e in evs)


def test_what_is_usual_is_no_event(short):
    evs = events(
        short,
        "Bamako, Mali — It is commonplace for military governments in the Sahel to suspend political parties "
        "and arrest their critics.",
    )
    assert evs == []


def test_habit_in_the_simple_present_is_no_event(short):
    evs = events(short, "Security forces in the region often detain journalists during elections.")
    assert evs == []


def test_same_act_told_as_done_stays(short):
    evs = events(short, "Security forces in the region detained four journalists during the election on Sunday.")
    assert of_type(evs, "COERCE")


def test_past_act_with_habit_adverb_in_a_relative_clause_keeps_main_act(short):
    evs = events(short, "Police in Harare arrested six activists who often organise protests.")
    assert of_type(evs, "COERCE")


def test_stations_switched_off_are_coerced(short):
    evs = events(short, "The military government switched off three private television stations in Conakry on Monday.")
    assert of_type(evs, "COERCE")


def test_lights_switched_off_are_no_event(short):
    evs = events(short, "Workers at the ministry switched off the lights and went home on Monday.")
    assert not of_type(evs, "COERCE")


def test_closing_a_border_crossing_is_a_sanction(short):
    evs = events(short, "Pakistan closed the Chaman crossing with Afghanistan on Tuesday.")
    assert of_type(evs, "SANCTION")


def test_possessive_request_in_passing_is_no_event(short):
    evs = events(short, "The spokesman declined to comment regarding Ankara's request, the agency said.")
    assert not of_type(evs, "REQUEST")


def test_possessive_deep_in_the_phrase_makes_no_request(short):
    evs = events(short, "Her brother made repeated requests for help with his son's medical bills.")
    assert not of_type(evs, "REQUEST")

"""Round-22 wire-service leads, dates and places: the day of a reported act written inside the reported clause
(on a participle or relative clause of the act) rather than the speaker's day; a weekday inside the act's own
clause when no time dates the act's verb; and the place of a gerund phrase ("killed 30 fighters in fighting
outside X"). Every text is composed for these tests; tests/data/wire_leads_r22.yaml holds a larger composed
set, scored by `python scripts/score_leads.py tests/data/wire_leads_r22.yaml`. 2026-11-26 is a Thursday.
"""

from __future__ import annotations

from wirecoder.article import Article, Event

PUBLISHED = "2026-11-26"


def events(short, text: str) -> list[Event]:
    return short(Article(raw=text, source="test", published=PUBLISHED)).events


def of_type(evs: list[Event], kind: str) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == 0]


# --- the reported act's own day, not the speaker's ---


def test_day_on_a_participle_of_the_object_dates_the_reported_act(short):
    text = "Soldiers shot dead three herders accused of cattle theft on Monday, relatives said on Wednesday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-11-23"


def test_day_on_a_trailing_participle_dates_the_reported_act(short):
    text = "A drone hit a fuel depot in Kherson, killing two guards on Tuesday, the governor said on Wednesday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-11-24"


def test_day_of_a_relative_clause_of_the_act_dates_it(short):
    text = "Troops killed four rebels in a firefight that began late on Monday near Beni, the army said on Wednesday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-11-23"


def test_day_night_on_a_participle_dates_the_reported_act(short):
    text = "Gunmen killed nine traders sleeping at a market in Zamfara on Monday night, police said on Wednesday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-11-23"


def test_day_behind_after_is_not_the_reported_acts_day(short):
    text = (
        "Police arrested five men in Kano, days after gunmen raided a bank there on Sunday, officials said on Tuesday."
    )
    evs = of_type(events(short, text), "COERCE")
    assert evs and all(e.date != "2026-11-22" for e in evs)


def test_act_with_its_own_day_keeps_it(short):
    text = "Police arrested two men in Kano on Tuesday over a raid on a bank, officials said on Wednesday."
    (e,) = of_type(events(short, text), "COERCE")
    assert e.date == "2026-11-24"


def test_speakers_day_stays_without_a_day_in_the_reported_clause(short):
    text = "Rebels killed six soldiers in an ambush near Beni, the army said on Wednesday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-11-25"


# --- a weekday inside the act's own clause when nothing dates its verb ---


def test_weekday_on_a_participle_of_a_conjoined_verbs_object_dates_the_act(short):
    text = "Police beat and detained dozens of traders resisting eviction from a Harare market on Tuesday."
    evs = of_type(events(short, text), "ASSAULT") + of_type(events(short, text), "COERCE")
    assert evs and all(e.date == "2026-11-24" for e in evs)


def test_future_weekday_does_not_date_a_past_act(short):
    text = "Police beat and detained dozens of traders planning a march through Harare on Saturday."
    evs = of_type(events(short, text), "ASSAULT") + of_type(events(short, text), "COERCE")  # force on a crowd: COERCE
    assert evs and all(e.date != "2026-11-28" for e in evs)


# --- the place of a gerund phrase ---


def test_place_after_a_gerund_phrase_places_the_act(short):
    text = "The army said its troops had killed 30 militants in fighting outside the town of Bama on Monday."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert (e.location or {}).get("name") == "Bama"


def test_gerund_after_a_non_location_preposition_gives_no_place(short):
    text = "Police in Lagos arrested a man for plotting attacks in Abuja."
    evs = of_type(events(short, text), "COERCE")
    assert evs and all((e.location or {}).get("name") != "Abuja" for e in evs)


def test_weekday_of_a_clause_with_its_own_subject_does_not_date_the_act(short):
    text = "African leaders met in Accra for a summit where on Sunday two presidents signed a trade pact."
    evs = [e for e in events(short, text) if (e.trigger or {}).get("text") == "met"]
    assert all(e.date != "2026-11-22" for e in evs)


def test_named_day_is_no_weekday_of_the_act(short):
    text = "The senator chose not to campaign in the early states, instead focusing on Super Tuesday."
    assert all(e.date != "2026-11-24" for e in events(short, text))

"""Round-15 wire-service leads: the toll of a fight told as happening ("fighting broke out ..., leaving 12
dead"), a fight that is the subject of an outcome verb ("Fighting in the north left 12 dead"), "leaving nine
members of X dead", the object "them" of a verb of force, an appeal that names whom it asks, a struck place
as the target, and a lead's weekday hung on a participle. Every text is composed for these tests;
tests/data/wire_leads_r15.yaml holds a larger composed set, scored by
`python scripts/score_leads.py tests/data/wire_leads_r15.yaml`.
"""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-03-09")


def of_type(evs: list[Event], kind: str, sentence: int = 0) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == sentence]


def country(side) -> str | None:
    return side.country if side is not None else None


# --- the toll of a fight told as happening ---


def test_fighting_broke_out_leaving_dead_counts_them(short):
    (e,) = of_type(
        events(short, "Fighting broke out between rival militias in Kasai on Sunday, leaving 17 dead."), "ASSAULT"
    )
    assert e.fatalities == 17


def test_clashes_erupted_killing_civilians_counts_them(short):
    (e,) = of_type(events(short, "Clashes erupted in northern Chad on Saturday, killing 23 civilians."), "ASSAULT")
    assert e.fatalities == 23


def test_clashes_erupted_after_a_killing_take_no_toll(short):
    evs = events(short, "Clashes erupted in the town on Sunday after gunmen killed four herders last week.")
    clashes = [e for e in of_type(evs, "ASSAULT") if e.trigger["text"] == "Clashes"]
    assert clashes and all(e.fatalities is None for e in clashes)


def test_clashes_in_a_town_of_many_people_take_no_toll(short):
    (e,) = of_type(events(short, "Clashes broke out in the town of 40,000 people on Sunday."), "ASSAULT")
    assert e.fatalities is None


def test_fighting_in_the_north_left_dead_is_an_event(short):
    (e,) = of_type(events(short, "Fighting in the east left 15 dead."), "ASSAULT")
    assert e.fatalities == 15


def test_fighting_a_cause_left_someone_tired_is_no_event(short):
    assert not events(short, "Fighting inflation left the central bank exhausted.")
    assert not events(short, "Fighting for higher wages left the teachers exhausted.")


def test_leaving_members_of_a_force_dead_counts_them(short):
    text = "Egyptian security forces clashed with gunmen in North Sinai, leaving seven members of the security forces dead."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.fatalities == 7


def test_leaving_members_of_a_team_unhappy_is_no_toll(short):
    evs = events(short, "Troops clashed with gunmen in Tillaberi, leaving two members of the council unhappy.")
    assert all(e.fatalities is None for e in evs)


# --- the object "them" of a verb of force ---


def test_battled_them_targets_the_attackers(short):
    evs = events(
        short,
        "Al-Shabaab militants stormed a hotel in Kismayo on Sunday night. "
        "Security forces battled them for hours before retaking the building.",
    )
    (fight,) = of_type(evs, "ASSAULT", 1)
    assert fight.target is not None and country(fight.target) == "SOM" and fight.target.sector == "REB"


def test_them_of_a_verb_of_no_force_stays_unresolved(short):
    evs = events(
        short,
        "Al-Shabaab militants stormed a hotel in Kismayo on Sunday. Officials later praised them in a statement.",
    )
    assert not any(e.target is not None and e.target.text == "them" and e.sentence_index == 1 for e in evs)


# --- an appeal that names whom it asks ---


def test_call_on_allies_to_send_things_targets_no_thing(short):
    (e,) = of_type(events(short, "Ukraine called on allies to send more air defences."), "REQUEST")
    assert e.target is None or "defences" not in (e.target.text or "")
    (u,) = of_type(events(short, "Kyiv urged its partners to deliver more air defence systems."), "REQUEST")
    assert u.target is None or "defence" not in (u.target.text or "")


def test_appeal_with_an_actor_addressee_keeps_it(short):
    (e,) = of_type(events(short, "Egypt called on Israel to withdraw its troops from the border strip."), "REQUEST")
    assert country(e.target) == "ISR"


def test_intent_without_addressee_still_takes_its_complements_partner(short):
    (e,) = of_type(events(short, "Iran vowed to halt oil supplies to Israel."), "AGREE")
    assert country(e.target) == "ISR"


# --- a struck place as the target ---


def test_shelled_town_is_of_its_country(short):
    (e,) = of_type(events(short, "Russian forces shelled the town of Nikopol on Monday."), "ASSAULT")
    assert country(e.target) == "UKR"
    (f,) = of_type(events(short, "Russian troops shelled Kherson overnight."), "ASSAULT")
    assert country(f.target) == "UKR"


def test_a_protest_in_a_town_has_no_struck_place(short):
    (e,) = of_type(events(short, "Protesters marched through Nikopol on Monday."), "PROTEST")
    assert e.target is None


# --- a lead's weekday hung on a participle ---


def test_weekday_after_a_participle_on_the_object_dates_the_attack(short):
    text = "Gunmen fired on a bus carrying pilgrims in northern Kenya on Sunday, killing three."
    (e,) = of_type(events(short, text), "ASSAULT")
    assert e.date == "2026-03-08"
    (m,) = of_type(events(short, "A mob lynched a man accused of theft in Bihar on Saturday."), "ASSAULT")
    assert m.date == "2026-03-07"


def test_a_year_on_a_participle_does_not_date_the_act(short):
    (e,) = of_type(events(short, "Police released a journalist detained in 2019."), "RETREAT")
    assert e.date == "2026-03-09"


def test_a_day_after_threatened_is_no_addressee(short):
    (e,) = of_type(events(short, "Turkey threatened on Monday to cut off water supplies to Syria."), "THREATEN")
    assert country(e.target) == "SYR"


def test_an_arrested_persons_home_town_is_no_struck_place(short):
    evs = events(short, "A teacher from Calgary was arrested in Lebanon on Monday.")
    assert all(country(e.target) != "USA" for e in evs)


# --- missiles fired into the sea ---


def test_missiles_fired_into_the_sea_are_a_show_of_force(short):
    text = "North Korea fired two ballistic missiles into the sea off its east coast on Monday."
    evs = events(short, text)
    assert not of_type(evs, "ASSAULT")
    (e,) = of_type(evs, "MOBILIZE")
    assert country(e.source) == "PRK" and e.target is None


def test_rockets_fired_into_a_country_are_an_attack(short):
    (e,) = of_type(events(short, "Hezbollah fired rockets into northern Israel on Monday."), "ASSAULT")
    assert country(e.target) == "ISR"


# --- a capital told by its country's adjective ---


def test_the_libyan_capital_is_tripoli(short):
    (e,) = of_type(
        events(short, "Armed groups clashed in the Libyan capital on Sunday night, killing five people."), "ASSAULT"
    )
    assert (e.location or {}).get("name") == "Tripoli" and e.fatalities == 5


def test_a_region_of_a_country_is_no_capital(short):
    (e,) = of_type(events(short, "Fighting raged in northern Libya on Sunday."), "ASSAULT")
    assert (e.location or {}).get("name") != "Tripoli"

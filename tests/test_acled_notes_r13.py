"""Round-13 incident notes (ACLED notes style, weighted to Pakistan and Afghanistan): a protest whose next
sentence tells police force on it, the baton charge of South Asian wire English, robbers and dacoits as
criminals, and the fighters of a movement that governs (the Taliban) as an armed side.

Every note is composed for these tests; tests/data/acled_notes_r13.yaml holds a larger composed set, scored
by `python scripts/score_incident_reports.py tests/data/acled_notes_r13.yaml`.
"""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-05-31")


def acled(event: Event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


def first_typed(evs: list[Event]) -> Event:
    return next(e for e in evs if (e.acled or {}).get("event_type") and not e.background)


def test_protest_then_police_force_is_one_intervened_protest(short):
    evs = events(
        short,
        "On 2 May 2026, lawyers took out a rally in Hyderabad (Sindh) against the arrest of a colleague. "
        "Police fired tear gas at the lawyers and detained several of them.",
    )
    assert acled(first_typed(evs)) == ("Protests", "Protest with intervention")


def test_protest_then_arrest_of_the_same_kind_is_intervention(short):
    evs = events(
        short,
        "On 3 May 2026, farmers staged a sit-in in Okara (Punjab) over wheat prices. Police arrested 20 farmers.",
    )
    assert acled(first_typed(evs)) == ("Protests", "Protest with intervention")


def test_protest_then_an_unrelated_arrest_stays_peaceful(short):
    evs = events(
        short,
        "On 4 May 2026, teachers rallied in Lahore (Punjab) against privatisation. "
        "Separately, police arrested three suspected militants in Quetta.",
    )
    assert acled(first_typed(evs)) == ("Protests", "Peaceful protest")


def test_force_on_another_day_leaves_the_protest_peaceful(short):
    evs = events(
        short,
        "On 5 May 2026, students marched in Peshawar (Khyber Pakhtunkhwa) against fee hikes. "
        "On 9 May 2026, police dispersed a sit-in of nurses in Mardan with tear gas.",
    )
    assert acled(first_typed(evs)) == ("Protests", "Peaceful protest")


def test_baton_charge_is_force_on_a_crowd(short):
    evs = events(short, "On 6 May 2026, police baton-charged the protesters outside the press club in Quetta.")
    assert any(e.cameo["code"] == "175" for e in evs)
    assert not any(e.cameo["code"].startswith("112") for e in evs)


def test_charged_with_a_crime_is_no_baton_charge(short):
    evs = events(short, "On 6 May 2026, the prosecutor charged two men with fraud in Lahore.")
    assert not any(e.cameo["code"] == "175" for e in evs)


def test_dacoits_and_robbers_are_criminals_of_the_country(short):
    evs = events(short, "On 7 May 2026, dacoits abducted two shopkeepers near Ghotki (Sindh) and demanded ransom.")
    main = first_typed(evs)
    assert acled(main) == ("Violence against civilians", "Abduction/forced disappearance")
    assert main.source is not None and main.source.sector == "CRM" and main.source.country == "PAK"


def test_ambush_on_taliban_forces_is_a_battle(short):
    evs = events(
        short,
        "On 8 May 2026, NRF fighters ambushed a Taliban vehicle in Khenj district (Panjshir). Three Taliban were killed.",
    )
    assert acled(first_typed(evs)) == ("Battles", "Armed clash")


def test_killing_a_taliban_official_stays_an_attack(short):
    evs = events(short, "On 9 May 2026, gunmen shot dead a Taliban official in Jalalabad city (Nangarhar).")
    assert acled(first_typed(evs)) == ("Violence against civilians", "Attack")


def test_lashing_people_is_an_attack(short):
    evs = events(short, "On 10 May 2026, the Taliban publicly lashed three men in Ghazni city (Ghazni) for theft.")
    assert acled(first_typed(evs)) == ("Violence against civilians", "Attack")


def test_rain_lashing_a_coast_or_lashing_out_is_no_attack(short):
    for text in (
        "On 10 May 2026, heavy rains lashed the coast of Gwadar (Balochistan).",
        "On 10 May 2026, the minister lashed out at the opposition in Islamabad.",
    ):
        assert not any(e.cameo["code"].startswith("18") for e in events(short, text))


def test_uncounted_dead_take_a_sources_toll_figure(short):
    evs = events(
        short,
        "On 11 May 2026, JNIM militants stormed an army post near Diapaga (Tapoa province, Est region). "
        "Sources said many soldiers were killed; the army put the toll at 14.",
    )
    assert sum(e.fatalities or 0 for e in evs if not e.background) == 14


def test_a_years_toll_figure_in_another_sentence_is_no_attacks(short):
    evs = events(
        short,
        "On 11 May 2026, gunmen attacked a market in Gusau (Zamfara state). Many people were killed. "
        "The governor put the toll of bandit attacks this year at 300.",
    )
    assert sum(e.fatalities or 0 for e in evs if not e.background) == 0


def test_a_name_with_its_province_in_brackets_is_two_places(short):
    evs = events(short, "On 12 May 2026, bandits abducted four farmers near Ghotki (Sindh).")
    main = first_typed(evs)
    assert main.source is not None and main.source.sector == "CRM"


def test_an_acronym_in_brackets_still_names_its_party(short):
    evs = events(short, "On 12 May 2026, members of Tehreek-e-Labbaik Pakistan (TLP) blocked roads in Lahore (Punjab).")
    assert first_typed(evs).source.actor_id == "tlp"


def test_displaced_people_killed_are_dead_not_displaced(short):
    evs = events(
        short,
        "On 13 May 2026, the RSF shelled a camp near Kadugli (South Kordofan). "
        "Medical sources said 11 displaced people were killed.",
    )
    assert sum(e.fatalities or 0 for e in evs if not e.background) == 11


def test_displaced_people_fleeing_are_no_dead(short):
    evs = events(
        short,
        "On 13 May 2026, shelling near Kadugli (South Kordofan) forced 3,000 displaced people to flee again. "
        "25 wounded people were taken to hospital.",
    )
    assert sum(e.fatalities or 0 for e in evs if not e.background) == 0

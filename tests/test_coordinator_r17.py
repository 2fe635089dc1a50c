"""Round-17 wire leads (the coordinator's probes): an act told "a day after" another is dated from it, the
subject the parser hung on "after" is the act's own (not the speaker's), and bombs dropped from aircraft
("glide bombs", "barrel bombs") are air strikes. Every text is composed for these tests.
"""

from __future__ import annotations

from wirecoder.article import Article, Event


def events(short, text: str) -> list[Event]:
    # a Friday: "on Sunday" is 2026-11-15, "on Tuesday" 2026-11-17
    return short(Article(raw=text, source="test", published="2026-11-20")).events


def killing(evs: list[Event], dead: int) -> Event:
    (e,) = [e for e in evs if e.fatalities == dead]
    return e


# --- "a day after": the tied act's date, moved ---


def test_attack_told_a_day_after_the_speaker_said_is_the_day_before_and_not_the_speakers(short):
    evs = events(
        short,
        "Troops killed six insurgents in a raid near Bannu, the army said on Sunday, a day after an ambush on a"
        " convoy killed three soldiers.",
    )
    e = killing(evs, 3)
    assert e.date == "2026-11-14"
    assert e.source is None or (e.source.text == "" and e.source.sector == "UAF")  # the army only told it
    assert killing(evs, 6).date == "2026-11-15"


def test_week_after_clause_moves_by_seven_days(short):
    (e,) = [
        e
        for e in events(short, "The truce collapsed on Friday, a week after rebels captured the town of Goma.")
        if e.trigger.get("text") == "captured"
    ]
    assert e.date == "2026-11-13"


def test_hours_after_keeps_the_day(short):
    e = killing(events(short, "The governor spoke on Tuesday, hours after a car bomb killed seven people in Mosul."), 7)
    assert e.date == "2026-11-17"


def test_days_before_moves_forward(short):
    evs = events(short, "The army shelled rebel positions on Monday, two days before protesters stormed the ministry.")
    (e,) = [e for e in evs if e.trigger.get("text") == "stormed"]
    assert e.date == "2026-11-18"


def test_event_noun_subject_is_dated_by_its_clause(short):
    evs = events(short, "Police detained 40 people on Tuesday, a day after riots left two dead in the port.")
    assert killing(evs, 2).date == "2026-11-16"


def test_own_date_of_the_tied_clause_wins(short):
    evs = events(
        short, "On Saturday, rebels attacked a base, a day after the army shelled their positions on Thursday."
    )
    (e,) = [e for e in evs if e.trigger.get("text") == "shelled"]
    assert e.date == "2026-11-19"


def test_no_move_when_the_governing_act_has_no_date_of_its_own(short):
    # the arrests are dated only by publication: "a day after" them is not moved from a guess
    evs = events(short, "Police detained 40 people, a day after riots left two dead in the port.")
    assert killing(evs, 2).date == "2026-11-20"


def test_a_span_that_is_no_time_does_not_move(short):
    evs = events(short, "The army said on Sunday, after an attack on a checkpoint killed four soldiers.")
    assert killing(evs, 4).date == "2026-11-15"


# --- bombs dropped from aircraft ---


def test_glide_bombs_are_an_air_strike(short):
    (e,) = [
        e
        for e in events(short, "Russian glide bombs struck a suburb of Zaporizhzhia, killing two people.")
        if e.fatalities == 2
    ]
    assert e.acled.get("sub_event_type") == "Air/drone strike"


def test_barrel_bomb_is_an_air_strike(short):
    (e,) = [e for e in events(short, "A barrel bomb hit a bakery in Aleppo province, killing nine.") if e.fatalities]
    assert e.acled.get("sub_event_type") == "Air/drone strike"


def test_plain_bomb_stays_an_explosive(short):
    (e,) = [e for e in events(short, "A bomb hit a bakery in Aleppo province, killing nine.") if e.fatalities]
    assert e.acled.get("sub_event_type") == "Remote explosive/landmine/IED"


# --- fights told as happening, in an incident clause and with their sides ---


def test_clashes_breaking_out_between_two_sides_name_both(short):
    (e,) = events(short, "Fighting broke out between the army and a rebel militia near Bunia on Sunday.")
    assert e.source is not None and "army" in e.source.text
    assert e.target is not None and "militia" in e.target.text


def test_killed_when_clashes_broke_out_is_the_clash_with_its_toll(short):
    (e,) = events(short, "Six people were killed when clashes broke out between rival militias in Sabha.")
    assert e.fatalities == 6
    assert e.acled.get("sub_event_type") == "Armed clash"
    assert e.source is not None and "militias" in e.source.text


def test_killed_as_clashes_erupted_between_police_and_protesters_is_one_event(short):
    evs = events(short, "Nine people were killed as clashes erupted between police and protesters in the capital.")
    (e,) = evs
    assert e.fatalities == 9
    assert e.acled.get("event_type") == "Protests" or e.acled.get("event_type") in {
        "Riots",
        "Violence against civilians",
    }
    assert e.source is not None and e.source.text == "police"


def test_a_fire_breaking_out_is_no_clash(short):
    assert events(short, "Two people died when a fire broke out in a crowded market.") == []


def test_talks_beginning_between_two_sides_are_no_fight(short):
    evs = events(short, "Talks began between the two delegations in Doha on Monday.")
    assert all((e.plover or {}).get("type") != "ASSAULT" for e in evs)


# --- the dateline: a city the actor knowledge base lacks, and the wire in brackets ---


def test_dateline_city_gives_the_story_country(short):
    text = "MANDALAY (Reuters) - The military government has freed more than 2,000 prisoners in an amnesty."
    (e,) = [e for e in events(short, text) if e.target is not None]
    assert e.target.country == "MMR"


def test_the_wire_in_brackets_is_not_the_story_country(short):
    # an unknown dateline town: the agency (a British wire) must not make the story British
    text = "KALEMYO (Reuters) - Myanmar's military government has freed more than 2,000 prisoners in an amnesty."
    (e,) = [e for e in events(short, text) if e.target is not None]
    assert e.target.country == "MMR"


# --- Congo: the name alone is the Democratic Republic, as the actor knowledge base reads it ---


def test_eastern_congo_is_the_democratic_republic(short):
    (e,) = events(short, "M23 rebels fought the army in eastern Congo on Thursday.")
    assert (e.location or {}).get("country") == "COD"


def test_republic_of_congo_stays_brazzaville(short):
    (e,) = [e for e in events(short, "Police arrested 30 protesters in the Republic of Congo on Thursday.")]
    assert (e.location or {}).get("country") == "COG"


# --- an act told "hours / days after" under another act of force is an act of those days ---


def test_air_strike_told_hours_after_is_its_own_event(short):
    evs = events(
        short,
        "Militants fired rockets at Ashkelon on Friday, hours after an Israeli air strike killed two commanders in"
        " Khan Younis, the army said.",
    )
    strike = killing(evs, 2)
    assert strike.acled.get("sub_event_type") == "Air/drone strike"
    assert strike.source is not None and strike.source.country == "ISR"


def test_bombing_told_two_days_after_is_dated_two_days_before(short):
    evs = events(
        short,
        "Gunmen shot dead four labourers in Gwadar on Thursday, police said, two days after a bomb attack on a bus"
        " wounded 11 people.",
    )
    dates = sorted(e.date for e in evs)
    assert dates == ["2026-11-17", "2026-11-19"]


def test_an_act_years_before_stays_background(short):
    evs = events(short, "The army stormed the camp on Friday, years after the rebels killed its commander.")
    assert [e.trigger.get("text") for e in evs] == ["stormed"]


def test_the_day_glued_to_days_after_still_dates_its_act(short):
    evs = events(short, "Israel struck targets in Lebanon on Monday, days after Hezbollah fired rockets at Haifa.")
    (struck,) = [e for e in evs if e.trigger.get("text") == "struck"]
    assert struck.date == "2026-11-16"


# --- names ---


def test_islamic_jihad_alone_is_the_palestinian_group(short):
    (e,) = events(short, "Islamic Jihad fired rockets at Sderot on Friday.")
    assert e.source is not None and e.source.country == "PSE"


def test_islamic_jihad_union_stays_uzbek(short):
    (e,) = events(short, "The Islamic Jihad Union attacked a checkpoint in Tashkent province on Friday.")
    assert e.source is not None and e.source.country == "UZB"


# --- warplanes sent near a place: a show of force ---


def test_bombers_sent_near_a_place_are_a_show_of_force(short):
    (e,) = events(short, "Russia sent two strategic bombers near Alaska on Thursday.")
    assert e.cameo.get("code", "").startswith("15")


def test_ships_sent_around_the_world_with_food_are_no_show_of_force(short):
    evs = events(short, "The charity sent ships around the world with food.")
    assert all(not str(e.cameo.get("code", "")).startswith("15") for e in evs)


# --- the run of acts an incident belongs to ---


def test_the_latest_in_a_series_of_attacks_is_no_event_of_its_own(short):
    evs = events(
        short,
        "A rocket attack hit a military base near Erbil on Monday, an official said, the latest in a series of"
        " attacks by armed groups.",
    )
    assert len([e for e in evs if (e.plover or {}).get("type") == "ASSAULT"]) == 1


def test_a_wave_of_attacks_with_its_toll_stays_the_incident(short):
    (e,) = events(short, "A wave of attacks killed 14 people in Kirkuk on Sunday.")
    assert e.fatalities == 14


# --- force told as the aim of a measure ---


def test_rights_suspended_to_fight_gangs_is_no_clash(short):
    evs = events(short, "El Salvador declared an emergency on Monday and suspended civil liberties to fight gangs.")
    assert all((e.plover or {}).get("type") != "ASSAULT" for e in evs)


def test_curfew_imposed_to_fight_insurgents_is_only_the_curfew(short):
    evs = events(short, "Authorities imposed a curfew in the district to fight the insurgents.")
    assert [str(e.cameo.get("code"))[:2] for e in evs] == ["17"]


def test_fire_opened_to_disperse_a_crowd_stays(short):
    evs = events(short, "Soldiers opened fire to disperse the crowd in the market.")
    assert any((e.plover or {}).get("type") == "ASSAULT" for e in evs)


def test_an_attack_by_named_doers_after_which_people_were_arrested_is_an_event(short):
    evs = events(short, "Police arrested 15 people after villagers attacked a forest office in the district.")
    assert any(
        (e.plover or {}).get("type") in {"ASSAULT", "PROTEST"} and e.trigger.get("text") == "attacked" for e in evs
    )


def test_a_threat_after_which_a_man_was_arrested_is_no_attack(short):
    evs = events(short, "Police arrested a man after he threatened to attack a school.")
    assert all((e.plover or {}).get("type") != "ASSAULT" for e in evs)


# --- the dead of a clause that names its own doer ---


def test_people_died_when_soldiers_opened_fire_keeps_the_soldiers_as_doers(short):
    (e,) = events(short, "Nine people died when soldiers opened fire on mourners in Kananga.")
    assert e.source is not None and e.source.text == "soldiers"
    assert e.fatalities == 9


def test_dies_in_shelling_headline_keeps_its_reading(short):
    (e,) = events(short, "Shepherd dies in Indian shelling")
    assert e.source is not None and e.source.country == "IND"


def test_a_weekday_on_the_victims_participle_dates_the_shooting(short):
    evs = events(
        short, "Soldiers opened fire on villagers queueing for food in Mekelle on Tuesday, killing nine people."
    )
    assert killing(evs, 9).date == "2026-11-17"


def test_an_attack_a_day_before_an_uncoded_act_is_an_event(short):
    evs = events(
        short, "The president declared a national mourning on Tuesday, a day after gunmen stormed a radio station."
    )
    (e,) = [e for e in evs if e.trigger.get("text") == "stormed"]
    assert e.date == "2026-11-16"


def test_clashes_told_as_arrests_were_made_are_an_event(short):
    evs = events(
        short, "Police detained 60 people on Friday as hundreds of protesters clashed with officers in Valparaiso."
    )
    assert any(e.trigger.get("text") == "clashed" for e in evs)


def test_a_states_coast_guard_is_that_states(short):
    evs = events(short, "Vietnam accused China's coast guard on Monday of ramming a Vietnamese fishing boat.")
    (e,) = [e for e in evs if (e.plover or {}).get("type") == "ACCUSE"]  # the ramming told is its own act too
    assert e.target is not None and e.target.country == "CHN"


def test_bombs_slamming_into_a_block_are_no_criticism(short):
    evs = events(short, "Russian glide bombs slammed into a school in Sumy on Thursday, killing two teachers.")
    assert [(e.plover or {}).get("type") for e in evs] == ["ASSAULT"]
    assert evs[0].acled.get("sub_event_type") == "Air/drone strike"


# --- staff let go ---


def test_workers_fired_by_a_company_are_no_event(short):
    assert events(short, "The steelmaker fired 900 workers at its plant in Ohio on Monday.") == []


def test_an_official_sacked_is_still_a_change_of_office(short):
    (e,) = events(short, "The president sacked the interior minister on Monday.")
    assert str(e.cameo.get("code")) == "0831"
